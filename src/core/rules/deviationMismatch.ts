/**
 * deviation.mismatch: an Avvikelse is not Prognos/Utfall − Budget under the sheet's
 * convention, on any row, totals included. Under convention B (costs positive) a cost row's
 * favourable avvikelse is Budget − Utfall.
 */
import { abs } from "../layout/fast";
import { Finding } from "../findings";
import { differenceAgrees, roundingSlack } from "../layout/compare";
import { deviationSign, deviationStyle } from "../layout/convention";
import { differenceFormula, formulaEdit } from "./fixes";
import {
  FINANCIAL_KINDS,
  FLOW_INCOME,
  ROW_PERCENT,
  Rule,
  RuleContext,
} from "./types";
import { ColumnInfo } from "../layout/types";

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

export interface ExpectedDeviation {
  value: number;
  sign: 1 | -1;
  budget: number;
  outcome: number;
}

/** What a row's avvikelse should be; null when budget or outcome is missing. */
export function expectedDeviation(
  ctx: RuleContext,
  row: number,
  column: ColumnInfo,
): ExpectedDeviation | null {
  const budget = ctx.number(row, column.from as number);
  const outcome = ctx.number(row, column.to as number);
  if (budget === null || outcome === null) return null;
  const sign = deviationSign(
    deviationStyle(column, ctx.layout.signConvention),
    ctx.row(row)?.flow,
    budget,
  );
  return { value: sign * (outcome - budget), sign, budget, outcome };
}

/** The avvikelse formula of a row: =C5-B5, or =B5-C5 for a cost row under convention B. */
export function deviationFormula(
  row: number,
  column: ColumnInfo,
  sign: 1 | -1,
): string {
  const budgetCol = column.from as number;
  const outcomeCol = column.to as number;
  return sign === 1
    ? differenceFormula(row, outcomeCol, budgetCol)
    : differenceFormula(row, budgetCol, outcomeCol);
}

/** True when a printed avvikelse agrees with the expected one, given the rounding of all three figures. */
export function deviationAgrees(
  ctx: RuleContext,
  row: number,
  column: ColumnInfo,
  actual: number,
  expected: number,
): boolean {
  if (actual === expected) return true;
  const slack =
    roundingSlack(actual, column.decimals ?? 0) +
    roundingSlack(
      ctx.number(row, column.from as number) ?? 0,
      ctx.column(column.from as number)?.decimals ?? 0,
    ) +
    roundingSlack(
      ctx.number(row, column.to as number) ?? 0,
      ctx.column(column.to as number)?.decimals ?? 0,
    );
  return differenceAgrees(actual, expected, slack);
}

export const deviationMismatch: Rule = {
  id: "deviation.mismatch",
  severity: "error",
  title: { sv: "Avvikelsen stämmer inte", en: "Deviation is wrong" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    const plans = deviationPlans(ctx);
    if (plans.length === 0) return findings;
    const { num, width, top } = ctx.grid;
    const { rows, roles, flows, length } = ctx.index;
    for (let i = 0; i < length; i += 1) {
      if (roles[i] === ROW_PERCENT) continue;
      const row = rows[i];
      const base = (row - top) * width;
      for (const plan of plans) {
        const actual = num[base + plan.at];
        const budget = num[base + plan.fromAt];
        const outcome = num[base + plan.toAt];
        if (actual !== actual || budget !== budget || outcome !== outcome)
          continue;
        // Most rows are right to the last digit: only a difference costs the full comparison.
        const value = planSign(plan, flows[i], budget) * (outcome - budget);
        if (planAgrees(plan, actual, value, budget, outcome)) continue;
        const column = plan.column;
        const expected = expectedDeviation(ctx, row, column);
        if (!expected) continue;
        const b = column.from as number;
        const o = column.to as number;
        const budgetName = ctx.columnHeader(b) || "budget";
        const outcomeName = ctx.columnHeader(o) || "utfall";
        const how =
          expected.sign === 1
            ? {
                sv: `${outcomeName} − ${budgetName}`,
                en: `${outcomeName} − ${budgetName}`,
              }
            : {
                sv: `${budgetName} − ${outcomeName}, eftersom kostnader har positivt tecken`,
                en: `${budgetName} − ${outcomeName}, since costs are positive`,
              };
        const reversed =
          differenceAgrees(
            actual,
            -expected.value,
            abs(expected.value) * 1e-9 + 1e-9,
          ) && actual !== 0;
        const formula = deviationFormula(row, column, expected.sign);
        findings.push(
          ctx.finding(deviationMismatch, row, column.col, {
            message:
              `Avvikelsen ska vara ${ctx.fmt(expected.value, column.col, true)} (${how.sv}: ` +
              `${ctx.fmt(expected.outcome, o)} och ${ctx.fmt(expected.budget, b)}) men cellen visar ` +
              `${ctx.fmt(actual, column.col, true)}.${reversed ? " Tecknet är omvänt." : ""}`,
            messageEn:
              `The deviation should be ${ctx.fmt(expected.value, column.col, true)} (${how.en}: ` +
              `${ctx.fmt(expected.outcome, o)} and ${ctx.fmt(expected.budget, b)}) but the cell shows ` +
              `${ctx.fmt(actual, column.col, true)}.${reversed ? " The sign is reversed." : ""}`,
            expected: expected.value,
            actual,
            related: [ctx.a1(row, b), ctx.a1(row, o)],
            fix: {
              label: `Skriv ${formula}`,
              labelEn: `Write ${formula}`,
              edits: [formulaEdit(ctx, row, column.col, formula)],
            },
          }),
        );
      }
    }
    return findings;
  },
};
