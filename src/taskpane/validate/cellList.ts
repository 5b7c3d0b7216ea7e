/**
 * A list of cells as a reader takes it in: runs down a column or along a row joined into
 * ranges ("D4:D11, F4"), in the order given.
 */
import { parseA1, rangeToA1 } from "../../core/workbook";

export function compactCells(cells: readonly string[]): string {
  const parsed = cells
    .filter((cell) => /^\$?[A-Za-z]{1,3}\$?\d+$/.test(cell))
    .map((cell) => parseA1(cell));
  if (parsed.length !== cells.length) return cells.join(", ");
  const parts: string[] = [];
  let start = 0;
  while (start < parsed.length) {
    let end = start;
    const first = parsed[start];
    const next = parsed[start + 1];
    const down = next && next.col === first.col && next.row === first.row + 1;
    const along = next && next.row === first.row && next.col === first.col + 1;
    while (
      end + 1 < parsed.length &&
      ((down &&
        parsed[end + 1].col === first.col &&
        parsed[end + 1].row === parsed[end].row + 1) ||
        (along &&
          parsed[end + 1].row === first.row &&
          parsed[end + 1].col === parsed[end].col + 1))
    )
      end += 1;
    const last = parsed[end];
    parts.push(rangeToA1(first.row, first.col, last.row, last.col));
    start = end + 1;
  }
  return parts.join(", ");
}
