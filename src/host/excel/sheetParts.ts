/** Parts of a worksheet that batches and their undo both address. */
import { RangeRef } from "../../core/workbook";

export function rangeOf(
  worksheet: Excel.Worksheet,
  range: RangeRef,
): Excel.Range {
  return worksheet.getRangeByIndexes(
    range.top,
    range.left,
    range.bottom - range.top + 1,
    range.right - range.left + 1,
  );
}

export function rangeKey(range: RangeRef): string {
  return `${range.sheet}!${range.top},${range.left},${range.bottom},${range.right}`;
}

/** Freezes the top rows and left columns (0 and 0: no frozen panes). */
export function queueFreeze(
  worksheet: Excel.Worksheet,
  rows: number,
  cols: number,
): void {
  const panes = worksheet.freezePanes;
  panes.unfreeze();
  if (rows > 0 && cols > 0)
    panes.freezeAt(worksheet.getRangeByIndexes(0, 0, rows, cols));
  else if (rows > 0) panes.freezeRows(rows);
  else if (cols > 0) panes.freezeColumns(cols);
}
