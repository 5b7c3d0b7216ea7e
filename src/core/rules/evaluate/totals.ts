/**
 * Every total cell compared with the sum of its parts, once per sheet; sum.mismatch,
 * sum.rounding, value.missing and formula.hardcoded all read from it.
 */
import { abs, isNaNValue } from "../../layout/fast";
import { noise } from "../../calc/sum";
import {
  CELL_BLANK,
  CELL_NUMBER,
  NO_MARKS,
  holdsFormula,
} from "../../layout/grid";
import { totalTolerance } from "../../layout/tolerance";
import { RowInfo, isAmountColumn } from "../../layout/types";
import { ROW_TOTAL } from "../types";
import type { RuleContext } from "../types";

export type TotalStatus = "ok" | "rounding" | "mismatch" | "blank";

export interface TotalCheck {
  row: number;
  col: number;
  info: RowInfo;
  /** The total's figure; null when the cell is blank. */
  actual: number | null;
  expected: number;
  /** actual − expected (0 for a blank total). */
  diff: number;
  tolerance: number;
  /** Rows added and subtracted. */
  plus: number[];
  minus: number[];
  /** Nettorisk: one figure over several columns. */
  across: boolean;
  status: TotalStatus;
}

/** The rows a total without subtracted rows subtracts: one array for all (nothing writes to it). */
const NO_ROWS: number[] = [];

/**
 * The total cells a rule can report: those that differ from their parts, blank ones, and
 * (when the sheet computes with formulas) those typed as constants. A total that matches its
 * parts exactly costs no object: on a big sheet that is nearly all of them.
 */
export function evaluateTotals(ctx: RuleContext): TotalCheck[] {
  const { layout, grid, settings } = ctx;
  const { num, kind, width, top, left } = grid;
  const keepExact = grid.hasFormulas;
  const marks = keepExact ? grid.formulaMarks : NO_MARKS;
  const formulas = grid.sheet.formulas;
  const checks: TotalCheck[] = [];
  const amountCols = layout.columns.filter(isAmountColumn).map((c) => c.col);
  const columnCount = amountCols.length;
  // Offsets of the amount columns in a row of the grid, computed once.
  const offsets = new Int32Array(columnCount);
  for (let j = 0; j < columnCount; j += 1) offsets[j] = amountCols[j] - left;
  // Each column's decimals, looked up before the loop: the call to ctx.column inside it, though
  // made only for the few totals that do not add up, made V8 allocate on every cell it passed
  // (measured at 100 000 rows: 4 MB per check, gone with this).
  const decimals = amountCols.map((c) => ctx.column(c)?.decimals);
  const infos = layout.rows;
  const firstRow = infos.length > 0 ? infos[0].row : 0;
  const { rows, roles, length } = ctx.index;
  for (let i = 0; i < length; i += 1) {
    if (roles[i] !== ROW_TOTAL) continue;
    const info = infos[rows[i] - firstRow];
    if (!info?.parts) continue;
    const plus = info.parts;
    const minus = info.minus ?? NO_ROWS;
    const n = plus.length + minus.length;
    if (info.acrossColumns) {
      const valueCol = info.acrossColumns.find(
        (c) => !isNaNValue(grid.number(info.row, c)),
      );
      if (valueCol === undefined) continue;
      const subtract = new Set(info.acrossMinusColumns ?? []);
      let expected = 0;
      for (const p of plus) {
        for (const c of info.acrossColumns) {
          const v = grid.number(p, c);
          if (!isNaNValue(v)) expected += subtract.has(c) ? -v : v;
        }
      }
      const actual = grid.number(info.row, valueCol);
      const tolerance = totalTolerance(
        grid,
        info.row,
        valueCol,
        n * info.acrossColumns.length,
        ctx.column(valueCol)?.decimals,
        settings.tolerance,
      );
      checks.push(
        check(info, valueCol, actual, expected, tolerance, plus, minus, true),
      );
      continue;
    }
    const row = rows[i];
    const totalBase = (row - top) * width;
    for (let j = 0; j < columnCount; j += 1) {
      const c = amountCols[j];
      const offset = offsets[j];
      // A register per column: a total's parts are a few rows, in cache after the first column.
      let expected = 0;
      let any = false;
      for (let k = 0; k < plus.length; k += 1) {
        const v = num[(plus[k] - top) * width + offset];
        if (v === v) {
          expected += v;
          any = true;
        }
      }
      for (let k = 0; k < minus.length; k += 1) {
        const v = num[(minus[k] - top) * width + offset];
        if (v === v) {
          expected -= v;
          any = true;
        }
      }
      const at = totalBase + offset;
      const actual = num[at];
      if (actual !== actual) {
        if (any && expected !== 0 && kind[at] === CELL_BLANK) {
          checks.push({
            row,
            col: c,
            info,
            actual: null,
            expected,
            diff: 0,
            tolerance: 0,
            plus,
            minus,
            across: false,
            status: "blank",
          });
        }
        continue;
      }
      if (!any && actual === 0) continue;
      const exact =
        abs(actual - expected) <= noise(abs(actual) + abs(expected));
      // An exact total is kept only when typed as a constant (formula.hardcoded's case): a
      // computed total has a number as its value too, and on a big sheet those are nearly all.
      if (
        exact &&
        !(
          keepExact &&
          kind[at] === CELL_NUMBER &&
          // Recognition has read the formulas of most totals already (formulaTotal's marks).
          !holdsFormula(marks, formulas, row - top, offset, at)
        )
      )
        continue;
      const tolerance = totalTolerance(
        grid,
        row,
        c,
        n,
        decimals[j],
        settings.tolerance,
      );
      checks.push(
        check(info, c, actual, expected, tolerance, plus, minus, false),
      );
    }
  }
  return checks;
}

function check(
  info: RowInfo,
  col: number,
  actual: number,
  expected: number,
  tolerance: number,
  plus: number[],
  minus: number[],
  across: boolean,
): TotalCheck {
  const diff = actual - expected;
  const size = abs(diff);
  const status: TotalStatus =
    size <= noise(abs(actual) + abs(expected))
      ? "ok"
      : size <= tolerance
        ? "rounding"
        : "mismatch";
  return {
    row: info.row,
    col,
    info,
    actual,
    expected,
    diff,
    tolerance,
    plus,
    minus,
    across,
    status,
  };
}
