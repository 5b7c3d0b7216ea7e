/** The Fyll i tab's words. */
import { formatNumber } from "../../core/numbers";
import { defineStrings } from "../i18n";

const n = (value: number) => formatNumber(value);
const cells = (count: number) =>
  count === 1 ? "1 cell" : `${n(count)} celler`;
const cellsEn = (count: number) =>
  count === 1 ? "1 cell" : `${n(count)} cells`;

export const fillStrings = defineStrings(
  {
    intro:
      "Fyller i det som saknas på bladet du står på: avvikelse, förändring och procent på varje rad, summaraderna, och gör om tal lagrade som text till tal.",
    modeTitle: "Skriv som",
    modeFormulas: "Formler (rekommenderas)",
    modeFormulasHint:
      "Excels egna funktioner, så att bladet räknar även hos den som inte har Rapportkoll.",
    modeValues: "Värden",
    modeValuesHint: "Talen räknas ut nu och skrivs in som de är.",
    analyse: "Läs av bladet",
    analyseAgain: "Läs av igen",
    sheetHeading: (sheet: string, kind: string) => `Bladet ${sheet} · ${kind}`,
    columnCells: (header: string, count: number) =>
      `${header}: ${cells(count)}`,
    totalCells: (label: string, count: number) => `${label}: ${cells(count)}`,
    textCells: (count: number) =>
      count === 1
        ? "1 tal lagrat som text görs om till tal"
        : `${n(count)} tal lagrade som text görs om till tal`,
    nothing: "Inget saknas på bladet.",
    unsupportedKind:
      "Bladet känns inte igen som en resultaträkning, driftredovisning, investeringstabell eller riskanalys. Välj ett sådant blad och läs av igen.",
    unsupportedEmpty: "Bladet har ingen tabell med tal att fylla i.",
    protectedSheet:
      "Bladet är skyddat, så Rapportkoll fyller inte i något här. Ta bort skyddet i Excel (Granska › Ta bort skydd för blad) och läs av igen.",
    includeOverwrites: (count: number) =>
      `Ersätt även ${cells(count)} med inskrivna värden`,
    includeOverwritesHint:
      "Celler där det står ett inskrivet tal men där en formel hör hemma. Du får se dem innan något skrivs.",
    fill: (count: number) => `Fyll i (${cells(count)})`,
    fillLabel: (sheet: string, count: number) =>
      `Fyll i ${sheet} (${cells(count)})`,
    done: (count: number) =>
      `Klart: ${cells(count)} ifyllda. Du kan ångra överst i fönstret.`,
    plannedList: "Det här fylls i",
  },
  {
    intro:
      "Fills in what is missing on the sheet you are on: deviation, change and percentage on every row, the total rows, and turns numbers stored as text into numbers.",
    modeTitle: "Write as",
    modeFormulas: "Formulas (recommended)",
    modeFormulasHint:
      "Excel's own functions, so the sheet computes for people without Rapportkoll too.",
    modeValues: "Values",
    modeValuesHint: "The figures are computed now and written as they are.",
    analyse: "Read the sheet",
    analyseAgain: "Read again",
    sheetHeading: (sheet: string, kind: string) => `Sheet ${sheet} · ${kind}`,
    columnCells: (header: string, count: number) =>
      `${header}: ${cellsEn(count)}`,
    totalCells: (label: string, count: number) => `${label}: ${cellsEn(count)}`,
    textCells: (count: number) =>
      count === 1
        ? "1 number stored as text becomes a number"
        : `${n(count)} numbers stored as text become numbers`,
    nothing: "Nothing is missing on the sheet.",
    unsupportedKind:
      "The sheet is not recognised as an income statement, operating accounts, investments or risk analysis. Choose such a sheet and read again.",
    unsupportedEmpty: "The sheet has no table of figures to fill in.",
    protectedSheet:
      "The sheet is protected, so Rapportkoll fills in nothing here. Unprotect it in Excel (Review › Unprotect Sheet) and read it again.",
    includeOverwrites: (count: number) =>
      `Also replace ${cellsEn(count)} with typed values`,
    includeOverwritesHint:
      "Cells with a typed number where a formula belongs. You will see them before anything is written.",
    fill: (count: number) => `Fill in (${cellsEn(count)})`,
    fillLabel: (sheet: string, count: number) =>
      `Fill in ${sheet} (${cellsEn(count)})`,
    done: (count: number) =>
      `Done: ${cellsEn(count)} filled in. You can undo at the top of the pane.`,
    plannedList: "What will be filled in",
  },
);
