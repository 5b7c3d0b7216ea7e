/**
 * Building SheetSnapshots in tests from plain rows, the way Office.js would return them.
 */
import { CellValue, SheetSnapshot, WorkbookSnapshot, isFormula } from "../../src/core/workbook";
import { SeedTable, seedTableCells } from "../../src/samples/huddinge2020";

export interface SheetOptions {
  /** Formula text per cell where a cell has one (same shape as rows, "" or undefined = none). */
  formulas?: (string | undefined | null)[][];
  /** One format for every numeric cell, or a grid. */
  numberFormat?: string | string[][];
  top?: number;
  left?: number;
  recordedKind?: SheetSnapshot["recordedKind"];
  protected?: boolean;
}

/** A sheet from rows of values; null and undefined become blank (""). Ragged rows are padded. */
export function makeSheet(
  name: string,
  rows: (CellValue | null | undefined)[][],
  options: SheetOptions = {}
): SheetSnapshot {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values: CellValue[][] = rows.map((row) =>
    Array.from({ length: width }, (_, c) => row[c] ?? "")
  );
  const formulas: CellValue[][] = values.map((row, r) =>
    row.map((value, c) => {
      const formula = options.formulas?.[r]?.[c];
      return formula && isFormula(formula) ? formula : value;
    })
  );
  const numberFormat: string[][] = values.map((row, r) =>
    row.map((value, c) => {
      if (Array.isArray(options.numberFormat)) return options.numberFormat[r]?.[c] ?? "General";
      return typeof value === "number" && options.numberFormat ? options.numberFormat : "General";
    })
  );
  return {
    name,
    top: options.top ?? 0,
    left: options.left ?? 0,
    values,
    formulas,
    numberFormat,
    ...(options.recordedKind ? { recordedKind: options.recordedKind } : {}),
    ...(options.protected ? { protected: true } : {}),
  };
}

/** A sheet holding a seed table as printed (mnkr, one decimal). */
export function seedSheet(name: string, table: SeedTable): SheetSnapshot {
  return makeSheet(name, seedTableCells(table), { numberFormat: "#,##0.0" });
}

export function makeWorkbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets, activeSheet: sheets[0]?.name };
}
