/**
 * Writing cells: the batch's cell edits merged per cell (the last edit of a property wins),
 * grouped into rectangles, and queued as one formulas array, one numberFormat array and one
 * setCellProperties call per rectangle — null entries leave a cell's property alone.
 */
import { CellEdit, CellState, CellValue } from "../../core/workbook";
import { contentInput } from "./cellContent";
import { FormatWrite, formatInput } from "./cellFormat";
import { groupIntoRects, nullGrid } from "./rects";

export interface CellWrite extends FormatWrite {
  row: number;
  col: number;
  /** Input for range.formulas (a formula, a constant, text behind a quote prefix, "" to clear). */
  content?: CellValue;
  numberFormat?: string;
}

/** The batch's cell edits per sheet, one entry per cell. */
export function mergeCellEdits(
  edits: readonly CellEdit[],
): Map<string, CellWrite[]> {
  const bySheet = new Map<string, Map<string, CellWrite>>();
  for (const edit of edits) {
    let cells = bySheet.get(edit.sheet);
    if (!cells) {
      cells = new Map();
      bySheet.set(edit.sheet, cells);
    }
    const key = `${edit.row},${edit.col}`;
    const write = cells.get(key) ?? { row: edit.row, col: edit.col };
    const content = contentInput(edit);
    if (content !== undefined) write.content = content;
    if (edit.numberFormat !== undefined) write.numberFormat = edit.numberFormat;
    if (edit.fill !== undefined) write.fill = edit.fill;
    if (edit.font) write.font = { ...write.font, ...edit.font };
    if (edit.horizontalAlignment !== undefined)
      write.horizontalAlignment = edit.horizontalAlignment;
    if (edit.wrapText !== undefined) write.wrapText = edit.wrapText;
    cells.set(key, write);
  }
  const result = new Map<string, CellWrite[]>();
  for (const [sheet, cells] of bySheet) result.set(sheet, [...cells.values()]);
  return result;
}

/** The writes that put cells back as an UndoRecord remembers them. */
export function restoreWrites(
  states: readonly CellState[],
): Map<string, CellWrite[]> {
  const bySheet = new Map<string, CellWrite[]>();
  for (const state of states) {
    const list = bySheet.get(state.sheet) ?? [];
    list.push({
      row: state.row,
      col: state.col,
      content: state.formula,
      numberFormat: state.numberFormat,
      fill: state.fill,
      font: state.font,
      horizontalAlignment: state.horizontalAlignment,
      wrapText: state.wrapText,
    });
    bySheet.set(state.sheet, list);
  }
  return bySheet;
}

/** Queues the writes on a worksheet (nothing is sent until the caller syncs). */
export function queueCellWrites(
  worksheet: Excel.Worksheet,
  writes: readonly CellWrite[],
): void {
  for (const rect of groupIntoRects(writes)) {
    const range = worksheet.getRangeByIndexes(
      rect.top,
      rect.left,
      rect.bottom - rect.top + 1,
      rect.right - rect.left + 1,
    );
    const formats = nullGrid<string>(rect);
    const contents = nullGrid<CellValue>(rect);
    const properties: Excel.SettableCellProperties[][] = rect.cells.map((row) =>
      row.map(() => ({})),
    );
    let hasFormat = false;
    let hasContent = false;
    let hasProperties = false;
    rect.cells.forEach((row, r) =>
      row.forEach((write, c) => {
        if (write.numberFormat !== undefined) {
          formats[r][c] = write.numberFormat;
          hasFormat = true;
        }
        if (write.content !== undefined) {
          contents[r][c] = write.content;
          hasContent = true;
        }
        const input = formatInput(write);
        if (input) {
          properties[r][c] = input;
          hasProperties = true;
        }
      }),
    );
    // The format goes first: Excel reads content the way the cell is formatted when it arrives.
    if (hasFormat) range.numberFormat = formats as string[][];
    if (hasContent) range.formulas = contents as CellValue[][];
    if (hasProperties) range.setCellProperties(properties);
  }
  const cleared = writes.filter((write) => write.fill === null);
  for (const rect of groupIntoRects(cleared)) {
    worksheet
      .getRangeByIndexes(
        rect.top,
        rect.left,
        rect.bottom - rect.top + 1,
        rect.right - rect.left + 1,
      )
      .format.fill.clear();
  }
}
