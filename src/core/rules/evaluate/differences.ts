/**
 * Columns printed as the difference of two others in the same row: avvikelse (outcome −
 * budget, with a sign convention) and förändring (new − old or old − new). Their checks read the
 * same three figures per row and allow the same rounding, so they share the per-column plan
 * made here once instead of once per cell.
 */
import { differenceAgrees, roundingSlack } from "../../layout/compare";
import { ColumnInfo } from "../../layout/types";
import type { RuleContext } from "../types";

/** The columns of `role` with the two columns they compare, where that reading holds. */
export function differenceColumns(
  ctx: RuleContext,
  role: "avvikelse" | "forandring",
): ColumnInfo[] {
  return ctx.layout.columns.filter(
    (c) =>
      c.role === role &&
      c.from !== undefined &&
      c.to !== undefined &&
      ctx.confirmed(c),
  );
}

/**
 * What checking a difference column needs, read once per column: the offsets of its three
 * columns in a row of the grid and each one's printed precision.
 */
export interface DifferencePlan {
  column: ColumnInfo;
  /** Offsets of the difference, `from` and `to` columns in a row of the grid. */
  at: number;
  fromAt: number;
  toAt: number;
  decimals: number;
  fromDecimals: number;
  toDecimals: number;
}

export function differencePlan(
  ctx: RuleContext,
  column: ColumnInfo,
): DifferencePlan {
  const left = ctx.grid.left;
  const from = column.from as number;
  const to = column.to as number;
  return {
    column,
    at: column.col - left,
    fromAt: from - left,
    toAt: to - left,
    decimals: column.decimals ?? 0,
    fromDecimals: ctx.column(from)?.decimals ?? 0,
    toDecimals: ctx.column(to)?.decimals ?? 0,
  };
}

/**
 * True when a printed difference agrees with the expected one, given the rounding of all
 * three figures (the row's `from` and `to` figures already read).
 */
export function planAgrees(
  plan: DifferencePlan,
  actual: number,
  expected: number,
  from: number,
  to: number,
): boolean {
  if (actual === expected) return true;
  const slack =
    roundingSlack(actual, plan.decimals) +
    roundingSlack(from, plan.fromDecimals) +
    roundingSlack(to, plan.toDecimals);
  return differenceAgrees(actual, expected, slack);
}
