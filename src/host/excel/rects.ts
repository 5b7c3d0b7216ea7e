/**
 * Groups scattered cells into few rectangles, so that a batch touching a thousand cells of one
 * column is one range in Excel, not a thousand. Every rectangle holds only the given cells (no
 * holes), so a property can be set on the whole rectangle without touching a cell by mistake.
 */

export interface Cell {
  row: number;
  col: number;
}

export interface Rect<T extends Cell> {
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** The cells inside, by position: cells[row - top][col - left]. */
  cells: T[][];
}

/**
 * Rectangles covering exactly the given cells: runs of adjacent cells in a row, stacked when
 * consecutive rows have runs over the same columns. A cell given twice keeps its last entry.
 */
export function groupIntoRects<T extends Cell>(cells: readonly T[]): Rect<T>[] {
  const unique = new Map<string, T>();
  for (const cell of cells) unique.set(`${cell.row},${cell.col}`, cell);
  const sorted = [...unique.values()].sort(
    (a, b) => a.row - b.row || a.col - b.col,
  );

  const done: Rect<T>[] = [];
  /** Rectangles that may still grow downwards, by their column span. */
  let open = new Map<string, Rect<T>>();
  let index = 0;
  while (index < sorted.length) {
    const row = sorted[index].row;
    const next = new Map<string, Rect<T>>();
    while (index < sorted.length && sorted[index].row === row) {
      const run: T[] = [sorted[index]];
      index += 1;
      while (
        index < sorted.length &&
        sorted[index].row === row &&
        sorted[index].col === run[run.length - 1].col + 1
      ) {
        run.push(sorted[index]);
        index += 1;
      }
      const span = `${run[0].col},${run[run.length - 1].col}`;
      const above = open.get(span);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        above.cells.push(run);
        open.delete(span);
        next.set(span, above);
      } else {
        const rect: Rect<T> = {
          top: row,
          left: run[0].col,
          bottom: row,
          right: run[run.length - 1].col,
          cells: [run],
        };
        next.set(span, rect);
      }
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** A rows × columns array with every entry null: Office.js leaves a cell given null unchanged. */
export function nullGrid<V>(rect: Rect<Cell>): (V | null)[][] {
  return Array.from({ length: rect.bottom - rect.top + 1 }, () =>
    Array<V | null>(rect.right - rect.left + 1).fill(null),
  );
}
