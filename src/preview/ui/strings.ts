/** The preview page's own words (the task pane keeps its own), Swedish first. */
import { defineStrings } from "../../taskpane/i18n";

export const previewStrings = defineStrings(
  {
    product: "Rapportkoll",
    preview: "Förhandsvisning",
    previewHint: "Arbetsboken räknas i webbläsaren; inget lämnar datorn.",
    open: "Öppna .xlsx",
    save: "Spara .xlsx",
    commands: "Arkiv",
    nameBox: "Namnruta",
    formulaBar: "Formelfält",
    formulaHint:
      "Formler skrivs med engelska namn och kommatecken, t.ex. =SUM(B3:B9)",
    grid: (sheet: string) => `Bladet ${sheet}`,
    sheets: "Blad",
    taskPane: "Rapportkoll, aktivitetsfönster",
    opening: (name: string) => `Öppnar ${name} …`,
    openFailed: (name: string, reason: string) =>
      `${name} kunde inte öppnas: ${reason}`,
    saveFailed: (reason: string) => `Arbetsboken kunde inte sparas: ${reason}`,
    saved: (name: string) => `Sparad som ${name}.`,
    editFailed: (reason: string) => `Cellen ändrades inte: ${reason}`,
    invalidValue: "Värdet passar inte reglerna för cellen.",
    dismiss: "Stäng",
    emptySheet: "Bladet är tomt.",
  },
  {
    product: "Rapportkoll",
    preview: "Preview",
    previewHint:
      "The workbook is computed in the browser; nothing leaves the computer.",
    open: "Open .xlsx",
    save: "Save .xlsx",
    commands: "File",
    nameBox: "Name box",
    formulaBar: "Formula bar",
    formulaHint:
      "Write formulas with English names and commas, e.g. =SUM(B3:B9)",
    grid: (sheet: string) => `Sheet ${sheet}`,
    sheets: "Sheets",
    taskPane: "Rapportkoll task pane",
    opening: (name: string) => `Opening ${name} …`,
    openFailed: (name: string, reason: string) =>
      `${name} could not be opened: ${reason}`,
    saveFailed: (reason: string) =>
      `The workbook could not be saved: ${reason}`,
    saved: (name: string) => `Saved as ${name}.`,
    editFailed: (reason: string) => `The cell was not changed: ${reason}`,
    invalidValue: "The value does not fit the cell's rules.",
    dismiss: "Close",
    emptySheet: "The sheet is empty.",
  },
);

export type PreviewStrings = (typeof previewStrings)["sv"];
