/**
 * Where rows and columns sit on screen, so the grid draws only what is visible (a sheet may have
 * a million rows). Rows have one height; columns take Excel's widths (characters → pixels);
 * frozen rows and columns stay put while the rest scrolls under them.
 */
export const ROW_HEIGHT = 20;
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 48;

/** Excel's column width in characters of the default font, in screen pixels (8,43 → 64). */
export function columnPixels(characters: number): number {
  return characters <= 0 ? 0 : Math.round(characters * 7 + 5);
}

export class Geometry {
  /** Left edge of each column within the sheet, and the total width at the end. */
  readonly colStart: number[];
  readonly totalWidth: number;
  readonly totalHeight: number;
  readonly frozenWidth: number;
  readonly frozenHeight: number;

  constructor(
    readonly widths: number[],
    readonly rowCount: number,
    readonly frozenRows: number,
    readonly frozenCols: number,
  ) {
    this.colStart = [0];
    for (const w of widths)
      this.colStart.push(this.colStart[this.colStart.length - 1] + w);
    this.totalWidth = this.colStart[widths.length];
    this.totalHeight = rowCount * ROW_HEIGHT;
    this.frozenWidth = this.colStart[Math.min(frozenCols, widths.length)];
    this.frozenHeight = Math.min(frozenRows, rowCount) * ROW_HEIGHT;
  }

  get colCount(): number {
    return this.widths.length;
  }

  /** The column's left edge in the viewport. */
  x(col: number, scrollLeft: number): number {
    return (
      ROW_HEADER_WIDTH +
      this.colStart[col] -
      (col < this.frozenCols ? 0 : scrollLeft)
    );
  }

  /** The row's top edge in the viewport. */
  y(row: number, scrollTop: number): number {
    return (
      HEADER_HEIGHT + row * ROW_HEIGHT - (row < this.frozenRows ? 0 : scrollTop)
    );
  }

  visibleRows(scrollTop: number, height: number): number[] {
    const rows: number[] = [];
    for (let r = 0; r < Math.min(this.frozenRows, this.rowCount); r++)
      rows.push(r);
    const first = Math.max(
      this.frozenRows,
      Math.floor(scrollTop / ROW_HEIGHT) + this.frozenRows,
    );
    const count = Math.ceil(height / ROW_HEIGHT) + 1;
    for (let r = first; r < Math.min(this.rowCount, first + count); r++)
      rows.push(r);
    return rows;
  }

  visibleCols(scrollLeft: number, width: number): number[] {
    const cols: number[] = [];
    for (let c = 0; c < Math.min(this.frozenCols, this.colCount); c++)
      cols.push(c);
    const left = scrollLeft + this.frozenWidth;
    let c = Math.max(this.frozenCols, this.colAtOffset(left));
    const right = scrollLeft + width;
    for (; c < this.colCount && this.colStart[c] < right; c++) cols.push(c);
    return cols;
  }

  /** The column whose span holds a sheet offset. */
  private colAtOffset(offset: number): number {
    let lo = 0;
    let hi = this.colCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.colStart[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The cell under a viewport point, or null over the headers. */
  cellAt(
    px: number,
    py: number,
    scrollLeft: number,
    scrollTop: number,
  ): { row: number; col: number } | null {
    if (px < ROW_HEADER_WIDTH || py < HEADER_HEIGHT) return null;
    const sx = px - ROW_HEADER_WIDTH;
    const sy = py - HEADER_HEIGHT;
    const col = this.colAtOffset(sx < this.frozenWidth ? sx : sx + scrollLeft);
    const row =
      sy < this.frozenHeight
        ? Math.floor(sy / ROW_HEIGHT)
        : Math.floor((sy + scrollTop) / ROW_HEIGHT);
    if (row >= this.rowCount) return null;
    return { row, col };
  }

  /** The scroll position that brings a cell into view, moving as little as possible. */
  reveal(
    row: number,
    col: number,
    scroll: { left: number; top: number },
    view: { width: number; height: number },
  ): { left: number; top: number } {
    let { left, top } = scroll;
    // A cell in the frozen panes brings the rest back to its start, as Ctrl+Home does.
    if (row < this.frozenRows) top = 0;
    if (col < this.frozenCols) left = 0;
    if (row >= this.frozenRows) {
      const cellTop = row * ROW_HEIGHT - this.frozenHeight;
      const room = view.height - HEADER_HEIGHT - this.frozenHeight;
      if (cellTop < top) top = cellTop;
      else if (cellTop + ROW_HEIGHT > top + room)
        top = cellTop + ROW_HEIGHT - room;
    }
    if (col >= this.frozenCols) {
      const cellLeft = this.colStart[col] - this.frozenWidth;
      const room = view.width - ROW_HEADER_WIDTH - this.frozenWidth;
      const w = this.widths[col];
      if (cellLeft < left) left = cellLeft;
      else if (cellLeft + w > left + room)
        left = Math.min(cellLeft, cellLeft + w - room);
    }
    return { left: Math.max(0, left), top: Math.max(0, top) };
  }
}
