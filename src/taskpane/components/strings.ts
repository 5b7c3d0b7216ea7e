/** Words shared by every tab: undo, errors, the overwrite question, progress. */
import { formatNumber } from "../../core/numbers";
import { defineStrings } from "../i18n";

const n = (value: number) => formatNumber(value);

export const commonStrings = defineStrings(
  {
    undo: "Ångra",
    undoLabel: (label: string) => `Ångra: ${label}`,
    undoSteps: (count: number) =>
      count === 1 ? "1 ändring kan ångras" : `${n(count)} ändringar kan ångras`,
    undoing: "Ångrar …",
    errorTitle: "Det gick inte",
    unexpectedError: (detail: string) => `Något oväntat hände: ${detail}`,
    dismiss: "Stäng",
    overwriteTitle: "Skriva över celler?",
    overwriteIntro: (count: number) =>
      count === 1
        ? "En cell som redan har innehåll skulle skrivas över:"
        : `${n(count)} celler som redan har innehåll skulle skrivas över:`,
    overwriteMore: (count: number) => `… och ${n(count)} till.`,
    overwriteCell: (sheet: string, cell: string) => `${sheet}!${cell}`,
    overwriteNow: "nu",
    overwriteNext: "blir",
    overwriteUndo: "Du kan ångra ändringen efteråt.",
    overwriteConfirm: "Skriv över",
    cancel: "Avbryt",
    readingCells: (done: number, total: number) =>
      `Läser celler: ${n(done)} av ${n(total)}`,
    reading: "Läser arbetsboken …",
    checking: "Kontrollerar …",
  },
  {
    undo: "Undo",
    undoLabel: (label: string) => `Undo: ${label}`,
    undoSteps: (count: number) =>
      count === 1
        ? "1 change can be undone"
        : `${n(count)} changes can be undone`,
    undoing: "Undoing …",
    errorTitle: "That did not work",
    unexpectedError: (detail: string) =>
      `Something unexpected happened: ${detail}`,
    dismiss: "Close",
    overwriteTitle: "Overwrite cells?",
    overwriteIntro: (count: number) =>
      count === 1
        ? "A cell that already has content would be overwritten:"
        : `${n(count)} cells that already have content would be overwritten:`,
    overwriteMore: (count: number) => `… and ${n(count)} more.`,
    overwriteCell: (sheet: string, cell: string) => `${sheet}!${cell}`,
    overwriteNow: "now",
    overwriteNext: "becomes",
    overwriteUndo: "You can undo the change afterwards.",
    overwriteConfirm: "Overwrite",
    cancel: "Cancel",
    readingCells: (done: number, total: number) =>
      `Reading cells: ${n(done)} of ${n(total)}`,
    reading: "Reading the workbook …",
    checking: "Checking …",
  },
);
