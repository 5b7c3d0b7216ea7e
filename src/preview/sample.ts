/**
 * The workbook the preview opens with: the real tables of a published verksamhetsplan, built
 * the way an ekonom builds them, with a handful of planted mistakes for "Validera" to find
 * (see financeSheets.ts and followUpSheets.ts).
 */
import { Edit } from "../core/workbook";
import {
  driftbudget,
  driftredovisningT1,
  investeringar,
  itInvesteringar,
  resultatrakning,
} from "./sample/financeSheets";
import { indikatorer, internkontroll } from "./sample/followUpSheets";
import { PreviewWorkbook } from "./model/previewWorkbook";

export const SAMPLE_NAME = "Mål och budget 2020 – exempel.xlsx";

export function sampleEdits(): Edit[] {
  return [
    resultatrakning(),
    driftbudget(),
    driftredovisningT1(),
    investeringar(),
    itInvesteringar(),
    indikatorer(),
    internkontroll(),
  ].flatMap((sheet) => sheet.edits);
}

export function createSampleWorkbook(): PreviewWorkbook {
  const book = PreviewWorkbook.load(sampleEdits(), "Exempel");
  book.activeSheet = book.sheetNames()[0];
  book.selection = {
    sheet: book.activeSheet,
    row: 0,
    col: 0,
    top: 0,
    left: 0,
    bottom: 0,
    right: 0,
  };
  return book;
}
