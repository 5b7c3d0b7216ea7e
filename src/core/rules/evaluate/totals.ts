/**
 * Every total cell compared with the sum of its parts, once per sheet; sum.mismatch,
 * sum.rounding, value.missing and formula.hardcoded all read from it.
 */
import { noise } from "../../calc/sum";
import { CELL_BLANK } from "../../layout/grid";
import { totalTolerance } from "../../layout/tolerance";
import { RowInfo, isAmountColumn } from "../../layout/types";
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
  /** The parts' figures in this column (blank as 0), in the order of `plus`. */
  partValues: number[];
  /** Nettorisk: one figure over several columns. */
  across: boolean;
  status: TotalStatus;
}

export function evaluateTotals(ctx: RuleContext): TotalCheck[] {
  const { layout, grid, settings } = ctx;
  const checks: TotalCheck[] = [];
  const amountCols = layout.columns.filter(isAmountColumn);
  for (const info of ctx.valueRows) {
    if (info.role !== "total" || !info.parts) continue;
    const plus = info.parts;
    const minus = info.minus ?? [];
    const n = plus.length + minus.length;
    if (info.acrossColumns) {
      const valueCol = info.acrossColumns.find((c) => !Number.isNaN(grid.number(info.row, c)));
      if (valueCol === undefined) continue;
      const subtract = new Set(info.acrossMinusColumns ?? []);
      let expected = 0;
      for (const p of plus) {
        for (const c of info.acrossColumns) {
          const v = grid.number(p, c);
          if (!Number.isNaN(v)) expected += subtract.has(c) ? -v : v;
        }
      }
      const actual = grid.number(info.row, valueCol);
      const tolerance = totalTolerance(
        grid,
        info.row,
        valueCol,
        n * info.acrossColumns.length,
        ctx.column(valueCol)?.decimals,
        settings.tolerance
      );
      checks.push(check(info, valueCol, actual, expected, tolerance, plus, minus, [], true));
      continue;
    }
    for (const column of amountCols) {
      const c = column.col;
      let expected = 0;
      let any = false;
      const partValues: number[] = [];
      for (const p of plus) {
        const v = grid.number(p, c);
        if (Number.isNaN(v)) partValues.push(0);
        else {
          partValues.push(v);
          expected += v;
          any = true;
        }
      }
      for (const p of minus) {
        const v = grid.number(p, c);
        if (!Number.isNaN(v)) {
          expected -= v;
          any = true;
        }
      }
      const actual = grid.number(info.row, c);
      if (Number.isNaN(actual)) {
        if (any && expected !== 0 && grid.kindAt(info.row, c) === CELL_BLANK) {
          checks.push({
            row: info.row,
            col: c,
            info,
            actual: null,
            expected,
            diff: 0,
            tolerance: 0,
            plus,
            minus,
            partValues,
            across: false,
            status: "blank",
          });
        }
        continue;
      }
      if (!any && actual === 0) continue;
      const tolerance = totalTolerance(grid, info.row, c, n, column.decimals, settings.tolerance);
      checks.push(check(info, c, actual, expected, tolerance, plus, minus, partValues, false));
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
  partValues: number[],
  across: boolean
): TotalCheck {
  const diff = actual - expected;
  const size = Math.abs(diff);
  const status: TotalStatus =
    size <= noise(Math.abs(actual) + Math.abs(expected)) * Math.max(1, plus.length)
      ? "ok"
      : size <= tolerance
        ? "rounding"
        : "mismatch";
  return { row: info.row, col, info, actual, expected, diff, tolerance, plus, minus, partValues, across, status };
}
