/**
 * A MemoryPort whose formulas compute, as Excel's would: after every write and undo the
 * workbook is handed to HyperFormula and each formula cell gets its value back. Lets the
 * pane's tests validate again with the real engine after a fix.
 */
import { HyperFormula } from "hyperformula";
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import {
  CellValue,
  Edit,
  UndoRecord,
  WorkbookSnapshot,
  isFormula,
} from "../../src/core/workbook";
import { MemoryPort } from "../support/memoryPort";

type RawCell = string | number | boolean | null;

export class ComputingPort extends MemoryPort {
  constructor(book: MemoryWorkbook | WorkbookSnapshot) {
    super(book);
    this.recompute();
  }

  override async apply(edits: Edit[], label: string): Promise<UndoRecord> {
    const record = await super.apply(edits, label);
    this.recompute();
    return record;
  }

  override async undo(record: UndoRecord): Promise<void> {
    await super.undo(record);
    this.recompute();
  }

  private recompute(): void {
    computeFormulas(this.book);
  }
}

/** Gives every formula cell of the workbook the value HyperFormula computes for it. */
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
      const sheetId = hf.getSheetId(sheet.name)!;
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
