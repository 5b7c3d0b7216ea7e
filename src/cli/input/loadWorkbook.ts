/**
 * One .xlsx file from disk to a WorkbookSnapshot: read it whole, inspect it, let exceljs parse
 * it, convert. Every way this can fail ends in an InputError with a Swedish reason.
 */
import type * as ExcelJS from "exceljs";
import { WorkbookSnapshot } from "../../core/workbook";
import { InputError, oneLine } from "../errors";
import { excelJs } from "../exceljs";
import { inspectXlsx } from "./inspect";
import { readWholeFile } from "./readFile";
import { toSnapshot } from "./snapshot";

/**
 * Worksheet parts exceljs need not parse to give values, formulas and formats. Besides saving
 * time, this takes away its two ways to be made to loop over a whole sheet from a few bytes:
 * it expands every merged range and every data-validation range cell by cell
 * (`<mergeCell ref="A1:XFD1048576"/>`). Merged cells still read as Office.js gives them: the
 * value in the first cell, the others blank.
 */
const IGNORED_WORKSHEET_NODES = [
  "mergeCells",
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "hyperlinks",
];

export interface LoadedWorkbook {
  snapshot: WorkbookSnapshot;
  /** Sheet name → formula cells without a cached result (A1). */
  uncached: Map<string, Set<string>>;
  /** Settings the task pane stored in the workbook (JSON text), if any. */
  storedSettings?: string;
}

function hasContent(snapshot: WorkbookSnapshot): boolean {
  return snapshot.sheets.some((sheet) =>
    sheet.formulas.some((row) => row.some((cell) => cell !== "")),
  );
}

export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  const buffer = readWholeFile(path);
  const facts = await inspectXlsx(buffer);

  const workbook = new (excelJs().Workbook)();
  try {
    // exceljs takes a Buffer at runtime; its types ask for the older ArrayBuffer-only Buffer.
    // exceljs reads a Node Buffer; its types declare an ArrayBuffer-shaped Buffer of their own.
    const data = buffer as unknown as Parameters<ExcelJS.Xlsx["load"]>[0];
    await workbook.xlsx.load(data, { ignoreNodes: IGNORED_WORKSHEET_NODES });
  } catch (error) {
    const detail = oneLine(
      error instanceof Error ? error.message : String(error),
    );
    throw new InputError(
      "damaged",
      `filen är skadad: arbetsboken går inte att tolka (${detail})`,
      `the file is damaged: the workbook cannot be parsed (${detail})`,
    );
  }

  const { snapshot, uncached } = toSnapshot(workbook, facts);
  if (snapshot.sheets.length === 0 || !hasContent(snapshot)) {
    throw new InputError(
      "emptyWorkbook",
      snapshot.sheets.length === 0
        ? "arbetsboken är tom (inga kalkylblad)"
        : "arbetsboken är tom (inga ifyllda celler)",
      snapshot.sheets.length === 0
        ? "the workbook is empty (no worksheets)"
        : "the workbook is empty (no filled cells)",
    );
  }
  return { snapshot, uncached, storedSettings: facts.storedSettings };
}
