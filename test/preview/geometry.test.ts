import {
  Geometry,
  HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  columnPixels,
} from "../../src/preview/ui/geometry";

describe("grid geometry", () => {
  // 1 000 000 rows, 30 columns of 64 px, 3 frozen rows and 1 frozen column.
  const g = new Geometry(Array(30).fill(64), 1000000, 3, 1);

  it("converts Excel's column widths to pixels", () => {
    expect(columnPixels(8.43)).toBe(64);
    expect(columnPixels(0)).toBe(0);
  });

  it("lists only the visible rows and columns, frozen ones first", () => {
    const rows = g.visibleRows(500000 * ROW_HEIGHT, 600);
    expect(rows.slice(0, 4)).toEqual([0, 1, 2, 500003]);
    expect(rows.length).toBeLessThan(40);
    const cols = g.visibleCols(640, 400);
    expect(cols[0]).toBe(0);
    expect(cols[1]).toBe(11);
    expect(cols.length).toBeLessThan(10);
  });

  it("finds the cell under a point, frozen or scrolled", () => {
    expect(
      g.cellAt(ROW_HEADER_WIDTH + 5, HEADER_HEIGHT + 5, 640, 2000),
    ).toEqual({ row: 0, col: 0 });
    expect(
      g.cellAt(
        ROW_HEADER_WIDTH + 64 + 5,
        HEADER_HEIGHT + 3 * ROW_HEIGHT + 5,
        640,
        2000,
      ),
    ).toEqual({
      row: 103,
      col: 11,
    });
    expect(g.cellAt(10, 10, 0, 0)).toBeNull();
  });

  it("scrolls as little as needed to show a cell, and back to the start for a frozen one", () => {
    const view = { width: 800, height: 600 };
    const far = g.reveal(5000, 20, { left: 0, top: 0 }, view);
    expect(far.top).toBeGreaterThan(0);
    const y = g.y(5000, far.top);
    expect(y).toBeGreaterThanOrEqual(HEADER_HEIGHT + 3 * ROW_HEIGHT);
    expect(y + ROW_HEIGHT).toBeLessThanOrEqual(view.height);
    expect(g.reveal(0, 0, far, view)).toEqual({ left: 0, top: 0 });
  });
});
