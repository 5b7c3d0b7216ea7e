/**
 * Formulas computed the way Excel would, for tests only: the workbook is handed to HyperFormula
 * (GPL licence key, tests only) and every formula cell gets its value back.
 */
import { HyperFormula } from "hyperformula";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { CellValue, isFormula } from "../../../src/core/workbook";

type RawCell = string | number | boolean | null;

export function computeFormulas(book: MemoryWorkbook): void {
  const data: Record<string, RawCell[][]> = {};
  for (const sheet of book.sheets) {
    const rows: RawCell[][] = [];
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      while (rows.length <= row) rows.push([]);
      while (rows[row].length <= col) rows[row].push(null);
      rows[row][col] = cell.content === "" ? null : cell.content;
    }
    data[sheet.name] = rows;
  }
  const hf = HyperFormula.buildFromSheets(data, { licenseKey: "gpl-v3" });
  try {
    for (const sheet of book.sheets) {
      const sheetId = hf.getSheetId(sheet.name) as number;
      for (const [key, cell] of sheet.cells) {
        if (!isFormula(cell.content)) continue;
        const [row, col] = key.split(",").map(Number);
        const value = hf.getCellValue({ sheet: sheetId, row, col });
        const shown: CellValue =
          value === null
            ? ""
            : typeof value === "object"
              ? String(value.value)
              : value;
        book.setComputedValue(sheet.name, row, col, shown);
      }
    }
  } finally {
    hf.destroy();
  }
}
