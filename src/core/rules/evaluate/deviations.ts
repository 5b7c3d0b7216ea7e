/**
 * Every avvikelse cell compared with outcome − budget, once per sheet: deviation.mismatch
 * reports the cells that differ, formula.hardcoded the ones that agree but are typed as
 * constants. Both read the same three figures per row, so one pass serves both.
 */
import { deviationStyle } from "../../layout/convention";
import { CELL_NUMBER, NO_MARKS, holdsFormula } from "../../layout/grid";
import { FLOW_INCOME, ROW_PERCENT } from "../types";
import type { RuleContext } from "../types";
import {
  DifferencePlan,
  differenceColumns,
  differencePlan,
  planAgrees,
} from "./differences";

/** A deviation column's plan: the shared one and whether it is computed the A way. */
export interface DeviationPlan extends DifferencePlan {
  /** Computed the A way: outcome − budget on every row, whatever the row's flow. */
  styleA: boolean;
}

export function deviationPlans(ctx: RuleContext): DeviationPlan[] {
  const convention = ctx.layout.signConvention;
  return differenceColumns(ctx, "avvikelse").map((column) => ({
    ...differencePlan(ctx, column),
    styleA: deviationStyle(column, convention) === "A",
  }));
}

/** deviationSign for a row given by its flow code (FLOW_INCOME, FLOW_COST or 0). */
export function planSign(
  plan: DeviationPlan,
  flow: number,
  budget: number,
): 1 | -1 {
  return plan.styleA || (flow === FLOW_INCOME && budget > 0) ? 1 : -1;
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
  // The plans' offsets in typed arrays, and holdsFormula given the marks and formulas, not
  // asked of the grid: with a plan object and a method call per cell, this loop took two to
  // four times as long (10 000 rows, 20 000 cells).
  const count = plans.length;
  const at = new Int32Array(count);
  const fromAt = new Int32Array(count);
  const toAt = new Int32Array(count);
  for (let p = 0; p < count; p += 1) {
    at[p] = plans[p].at;
    fromAt[p] = plans[p].fromAt;
    toAt[p] = plans[p].toAt;
  }
  const formulas = ctx.grid.sheet.formulas;
  const marks = keepConstants ? ctx.grid.formulaMarks : NO_MARKS;
  for (let i = 0; i < length; i += 1) {
    if (roles[i] === ROW_PERCENT) continue;
    const row = rows[i];
    const base = (row - top) * width;
    const flow = flows[i];
    for (let p = 0; p < count; p += 1) {
      const offset = at[p];
      const actual = num[base + offset];
      const budget = num[base + fromAt[p]];
      const outcome = num[base + toAt[p]];
      if (actual !== actual || budget !== budget || outcome !== outcome)
        continue;
      const plan = plans[p];
      const sign = planSign(plan, flow, budget);
      const value = sign * (outcome - budget);
      if (!planAgrees(plan, actual, value, budget, outcome)) {
        mismatches.push({ row, plan, actual, value, sign });
        continue;
      }
      // Reading a formula touches a string per cell: only for the cells that pass the rest.
      if (!keepConstants || kind[base + offset] !== CELL_NUMBER) continue;
      if (holdsFormula(marks, formulas, row - top, offset, base + offset))
        continue;
      constants[p].push({ row, plan, actual, value, sign });
    }
  }
  return { plans, mismatches, constants };
}
