/**
 * A second reference for B1, beside the bare pass: a checker written for the generated sheet
 * alone. It knows the layout in advance (label in A, the eight value columns, which two are
 * avvikelse and what they subtract), so it recognises nothing and explains nothing. It does
 * only what checking the sheet needs whatever the engine: the cells read into the engine's grid,
 * every label read and cleaned (a Varav or Summa row is known by its label), one row object
 * per row (what the task pane is handed), each Varav group summed against its parent, the Summa
 * row against the parents, each avvikelse against outcome − budget, and the formula text read
 * of every computed cell that agrees (is it typed as a constant?).
 *
 * Like validateWorkbook, it hands its grid's arrays to the next grid when it is done.
 *
 * The engine's cost over this floor is what recognition and diagnostics cost; this floor's cost
 * over the bare pass is what any checker pays for reading a sheet the way the checks need it.
 */
import { CELL_NUMBER, CELL_TEXT_NUMBER, SheetGrid } from "../src/core/layout/grid";
import { MEANINGFUL_PAIRS } from "../src/core/layout/labels";
import { CleanedLabel, cleanLabelInto } from "../src/core/layout/text";
import { SheetSnapshot, isFormula, toA1 } from "../src/core/workbook";
import { DEVIATIONS } from "./generate/drift";

const HAS_NUMBERS = 1;
const VARAV = 2;
const SUMMA = 4;

interface FloorRow {
  row: number;
  role: "blank" | "heading" | "item" | "total";
  label: string;
  parentRow: number | undefined;
  parts: number[] | undefined;
}

/** The faults found, as "kind@A1" (as B1 names planted faults), and every row's object. */
export interface FloorResult {
  faults: string[];
  rows: FloorRow[];
}

/** Within half a unit: the generated figures are whole numbers. */
const differs = (a: number, b: number) => Math.abs(a - b) >= 0.5;

export function floorCheck(sheet: SheetSnapshot): FloorResult {
  const grid = new SheetGrid(sheet);
  const { num, kind, width, height } = grid;
  const values = sheet.values;
  const formulas = sheet.formulas;
  const faults: string[] = [];
  const rows = new Array<FloorRow>(height);
  const flags = new Uint8Array(height);
  const cleaned: CleanedLabel = { text: "", mayHoldPair: false };

  for (let i = 0; i < height; i += 1) {
    const base = i * width;
    for (let c = 1; c < width; c += 1) {
      const k = kind[base + c];
      if (k === CELL_NUMBER || k === CELL_TEXT_NUMBER) {
        flags[i] = HAS_NUMBERS;
        break;
      }
    }
    const value = values[i][0];
    let label = "";
    if (typeof value === "string") {
      cleanLabelInto(value, MEANINGFUL_PAIRS, cleaned);
      label = cleaned.text;
      if (cleaned.mayHoldPair) {
        const lower = label.toLowerCase();
        if (lower.startsWith("varav")) flags[i] |= VARAV;
        else if (lower.startsWith("summa")) flags[i] |= SUMMA;
      }
    }
    rows[i] = {
      row: i,
      role: flags[i] & HAS_NUMBERS ? "item" : label ? "heading" : "blank",
      label,
      parentRow: undefined,
      parts: undefined,
    };
  }

  const sums = new Float64Array(width);
  const parents: number[] = [];
  for (let i = 1; i < height; i += 1) {
    if (!(flags[i] & VARAV) || !(flags[i - 1] & HAS_NUMBERS)) continue;
    const parent = i - 1;
    parents.push(parent);
    const details: number[] = [];
    sums.fill(0);
    let r = i + 1;
    while (
      r < height &&
      flags[r] & HAS_NUMBERS &&
      !(flags[r] & SUMMA) &&
      !(r + 1 < height && flags[r + 1] & VARAV)
    ) {
      details.push(r);
      rows[r].parentRow = parent;
      const base = r * width;
      for (let c = 1; c < width; c += 1) {
        const v = num[base + c];
        if (v === v) sums[c] += v;
      }
      r += 1;
    }
    rows[parent].role = "total";
    rows[parent].parts = details;
    const base = parent * width;
    const formulaRow = formulas[parent];
    for (let c = 1; c < width; c += 1) {
      if (differs(num[base + c], sums[c])) faults.push(`sum@${toA1(parent, c)}`);
      else if (!isFormula(formulaRow?.[c])) faults.push(`formula@${toA1(parent, c)}`);
    }
    i = r - 1;
  }

  for (let i = 0; i < height; i += 1) {
    if (!(flags[i] & SUMMA)) continue;
    rows[i].role = "total";
    rows[i].parts = parents;
    const base = i * width;
    for (let c = 1; c < width; c += 1) {
      let sum = 0;
      for (let k = 0; k < parents.length; k += 1) sum += num[parents[k] * width + c];
      if (differs(sum, num[base + c])) faults.push(`sum@${toA1(i, c)}`);
    }
  }

  for (let i = 0; i < height; i += 1) {
    if (!(flags[i] & HAS_NUMBERS)) continue;
    const base = i * width;
    const formulaRow = formulas[i];
    for (let d = 0; d < DEVIATIONS.length; d += 1) {
      const { col, budget, outcome } = DEVIATIONS[d];
      const actual = num[base + col];
      const expected = num[base + outcome] - num[base + budget];
      if (actual !== actual || expected !== expected) continue;
      if (differs(actual, expected)) faults.push(`deviation@${toA1(i, col)}`);
      else if (kind[base + col] === CELL_NUMBER && !isFormula(formulaRow?.[col]))
        faults.push(`formula@${toA1(i, col)}`);
    }
  }
  // The rows hold no cells: the grid's arrays go to the next grid, as validateWorkbook's do.
  grid.release();
  return { faults, rows };
}
