/**
 * deviation.mismatch: an Avvikelse is not Prognos/Utfall − Budget under the sheet's
 * convention, on any row, totals included. Under convention B (costs positive) a cost row's
 * favourable avvikelse is Budget − Utfall.
 */
import { abs } from "../layout/fast";
import { Finding } from "../findings";
import { differenceAgrees } from "../layout/compare";
import { deviationSign, deviationStyle } from "../layout/convention";
import { differenceFormula, formulaFix } from "./fixes";
import { FINANCIAL_KINDS, Rule, RuleContext } from "./types";
import { ColumnInfo } from "../layout/types";

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

export const deviationMismatch: Rule = {
  id: "deviation.mismatch",
  severity: "error",
  title: { sv: "Avvikelsen stämmer inte", en: "Deviation is wrong" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    for (const cell of ctx.deviations().mismatches) {
      const { row, actual } = cell;
      const column = cell.plan.column;
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
      // Each figure formatted once, for both languages.
      const shouldBe = ctx.fmt(expected.value, column.col, true);
      const outcomeText = ctx.fmt(expected.outcome, o);
      const budgetText = ctx.fmt(expected.budget, b);
      const shows = ctx.fmt(actual, column.col, true);
      findings.push(
        ctx.finding(deviationMismatch, row, column.col, {
          message:
            `Avvikelsen ska vara ${shouldBe} (${how.sv}: ` +
            `${outcomeText} och ${budgetText}) men cellen visar ` +
            `${shows}.${reversed ? " Tecknet är omvänt." : ""}`,
          messageEn:
            `The deviation should be ${shouldBe} (${how.en}: ` +
            `${outcomeText} and ${budgetText}) but the cell shows ` +
            `${shows}.${reversed ? " The sign is reversed." : ""}`,
          expected: expected.value,
          actual,
          related: [ctx.a1(row, b), ctx.a1(row, o)],
          fix: formulaFix(ctx, row, column.col, formula),
        }),
      );
    }
    return findings;
  },
};
