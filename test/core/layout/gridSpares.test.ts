/**
 * SheetGrid.release hands a grid's typed arrays to the next grids (validateWorkbook does it,
 * so that big sheets do not make V8 collect the whole heap every few validations). A grid made
 * from released arrays must read exactly what a fresh one reads: nothing of the old sheet may
 * show through, and no two grids may share an array.
 */
import {
  CELL_BLANK,
  CELL_NUMBER,
  CELL_TEXT,
  FORMULA_PRESENT,
  FORMULA_UNREAD,
  SheetGrid,
  spareGridBytes,
} from "../../../src/core/layout/grid";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { validateWorkbook } from "../../../src/core/validate";
import { WorkbookSnapshot } from "../../../src/core/workbook";
import { generateDrift } from "../../../bench/generate/drift";
import { makeSheet } from "../../support/sheets";

const full = makeSheet(
  "Full",
  Array.from({ length: 40 }, (_, r) => [`Rad ${r}`, r * 10, r * 20, `text ${r}`, r]),
);
const sparse = makeSheet("Sparse", [
  ["", 1, "", ""],
  [null, null, null, null],
  ["Summa", 2, "", "x y z"],
  ["  Enhet ", "", 3, ""],
]);

function fresh(grid: SheetGrid) {
  return {
    num: Array.from(grid.num),
    kind: Array.from(grid.kind),
    firstScans: Array.from(grid.firstScans),
    firstTexts: [...grid.firstTexts],
    marks: Array.from(grid.formulaMarks),
  };
}

describe("spare grid arrays", () => {
  it("a grid made from released arrays reads exactly what a fresh grid reads", () => {
    const expected = fresh(new SheetGrid(sparse));
    const before = spareGridBytes();
    const old = new SheetGrid(full);
    old.formulaMarks.fill(FORMULA_PRESENT);
    old.release();
    expect(spareGridBytes()).toBeGreaterThan(before);
    const reused = new SheetGrid(sparse);
    // It took the old arrays (fewer spare bytes) and nothing of the old sheet shows.
    expect(spareGridBytes()).toBeLessThan(before + 40 * 5 * 10);
    expect(fresh(reused)).toEqual(expected);
    expect(reused.kind[reused.index(1, 0)]).toBe(CELL_BLANK);
    expect(reused.kind[reused.index(0, 1)]).toBe(CELL_NUMBER);
    expect(reused.kind[reused.index(2, 3)]).toBe(CELL_TEXT);
    expect(Number.isNaN(reused.number(1, 1))).toBe(true);
    expect(reused.formulaMarks.every((m) => m === FORMULA_UNREAD)).toBe(true);
    reused.release();
  });

  it("releasing a grid twice hands its arrays over once", () => {
    const grid = new SheetGrid(full);
    grid.formulaMarks;
    const before = spareGridBytes();
    grid.release();
    const after = spareGridBytes();
    grid.release();
    expect(spareGridBytes()).toBe(after);
    expect(after).toBeGreaterThan(before);
    const a = new SheetGrid(full);
    const b = new SheetGrid(full);
    expect(a.num.buffer).not.toBe(b.num.buffer);
    expect(a.kind.buffer).not.toBe(b.kind.buffer);
    a.release();
    b.release();
  });

  it("validation gives the same findings before and after a bigger workbook's validation", () => {
    const small: WorkbookSnapshot = {
      sheets: [generateDrift(300, { seed: 11, faultEvery: 3 }).sheet],
      activeSheet: "Drift",
    };
    const big: WorkbookSnapshot = {
      sheets: [generateDrift(3_000, { seed: 12, faultEvery: 2 }).sheet, full],
      activeSheet: "Drift",
    };
    const first = validateWorkbook(small, DEFAULT_SETTINGS);
    expect(first.sheets[0].findings.length).toBeGreaterThan(3);
    validateWorkbook(big, DEFAULT_SETTINGS);
    expect(spareGridBytes()).toBeGreaterThan(3_000 * 9 * 8);
    expect(validateWorkbook(small, DEFAULT_SETTINGS)).toEqual(first);
    expect(validateWorkbook(big, DEFAULT_SETTINGS)).toEqual(validateWorkbook(big, DEFAULT_SETTINGS));
  });
});
