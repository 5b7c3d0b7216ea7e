/**
 * Every avvikelse cell compared with outcome − budget, once per sheet: deviation.mismatch
 * reports the cells that differ, formula.hardcoded the ones that agree but are typed as
 * constants. Both read the same three figures per row, so one pass serves both.
 */
import { differenceAgrees, roundingSlack } from "../../layout/compare";
import { deviationStyle } from "../../layout/convention";
import { CELL_NUMBER } from "../../layout/grid";
import { ColumnInfo } from "../../layout/types";
import { FLOW_INCOME, ROW_PERCENT } from "../types";
import type { RuleContext } from "../types";

/** The deviation columns with the budget and outcome they compare, where that reading holds. */
export function deviationColumns(ctx: RuleContext): ColumnInfo[] {
  return ctx.layout.columns.filter(
    (c) =>
      c.role === "avvikelse" &&
      c.from !== undefined &&
      c.to !== undefined &&
      ctx.confirmed(c),
  );
}

/**
 * What checking a deviation column needs, read once per column instead of once per cell: the
 * offsets of its three columns in a grid row, which way it is computed, each one's precision.
 */
export interface DeviationPlan {
  column: ColumnInfo;
  col: number;
  from: number;
  to: number;
  /** Offsets of the avvikelse, budget and outcome columns in a row of the grid. */
  at: number;
  fromAt: number;
  toAt: number;
  /** Computed the A way: outcome − budget on every row, whatever the row's flow. */
  styleA: boolean;
  decimals: number;
  fromDecimals: number;
  toDecimals: number;
}

export function deviationPlans(ctx: RuleContext): DeviationPlan[] {
  const left = ctx.grid.left;
  const convention = ctx.layout.signConvention;
  return deviationColumns(ctx).map((column) => {
    const from = column.from as number;
    const to = column.to as number;
    return {
      column,
      col: column.col,
      from,
      to,
      at: column.col - left,
      fromAt: from - left,
      toAt: to - left,
      styleA: deviationStyle(column, convention) === "A",
      decimals: column.decimals ?? 0,
      fromDecimals: ctx.column(from)?.decimals ?? 0,
      toDecimals: ctx.column(to)?.decimals ?? 0,
    };
  });
}

/** deviationSign for a row given by its flow code (FLOW_INCOME, FLOW_COST or 0). */
export function planSign(
  plan: DeviationPlan,
  flow: number,
  budget: number,
): 1 | -1 {
  return plan.styleA || (flow === FLOW_INCOME && budget > 0) ? 1 : -1;
}

/** deviationAgrees with the row's budget and outcome already read. */
export function planAgrees(
  plan: DeviationPlan,
  actual: number,
  expected: number,
  budget: number,
  outcome: number,
): boolean {
  if (actual === expected) return true;
  const slack =
    roundingSlack(actual, plan.decimals) +
    roundingSlack(budget, plan.fromDecimals) +
    roundingSlack(outcome, plan.toDecimals);
  return differenceAgrees(actual, expected, slack);
}

/** An avvikelse cell a rule reports, with what the row's figures say it should be. */
export interface DeviationCell {
  row: number;
  plan: DeviationPlan;
  actual: number;
  /** sign × (outcome − budget). */
  value: number;
  sign: 1 | -1;
}

export interface DeviationEvaluation {
  plans: DeviationPlan[];
  /** Cells that differ from the expected avvikelse, row by row (columns left to right). */
  mismatches: DeviationCell[];
  /**
   * Per plan, cells that agree but hold a typed number (no formula), row by row; listed only
   * when the sheet has formulas at all, since only then is a constant worth a word.
   */
  constants: DeviationCell[][];
}

export function evaluateDeviations(ctx: RuleContext): DeviationEvaluation {
  const plans = deviationPlans(ctx);
  const mismatches: DeviationCell[] = [];
  const constants: DeviationCell[][] = plans.map(() => []);
  if (plans.length === 0) return { plans, mismatches, constants };
  const { num, kind, width, top } = ctx.grid;
  const keepConstants = ctx.grid.hasFormulas;
  const { rows, roles, flows, length } = ctx.index;
  for (let i = 0; i < length; i += 1) {
    if (roles[i] === ROW_PERCENT) continue;
    const row = rows[i];
    const base = (row - top) * width;
    for (let p = 0; p < plans.length; p += 1) {
      const plan = plans[p];
      const actual = num[base + plan.at];
      const budget = num[base + plan.fromAt];
      const outcome = num[base + plan.toAt];
      if (actual !== actual || budget !== budget || outcome !== outcome)
        continue;
      const sign = planSign(plan, flows[i], budget);
      const value = sign * (outcome - budget);
      if (!planAgrees(plan, actual, value, budget, outcome)) {
        mismatches.push({ row, plan, actual, value, sign });
        continue;
      }
      // Reading a formula touches a string per cell: only for the cells that pass the rest.
      if (!keepConstants || kind[base + plan.at] !== CELL_NUMBER) continue;
      if (ctx.grid.holdsFormula(row - top, plan.at)) continue;
      constants[p].push({ row, plan, actual, value, sign });
    }
  }
  return { plans, mismatches, constants };
}
