/**
 * deviation.mismatch: an Avvikelse is not Prognos/Utfall − Budget under the sheet's
 * convention, on any row, totals included. Under convention B (costs positive) a cost row's
 * favourable avvikelse is Budget − Utfall.
 */
import { Finding } from "../findings";
import { differenceAgrees, roundingSlack } from "../layout/compare";
import { deviationSign } from "../layout/convention";
import { differenceFormula, formulaEdit } from "./fixes";
import { FINANCIAL_KINDS, Rule, RuleContext } from "./types";
import { ColumnInfo } from "../layout/types";

/** The deviation columns with the budget and outcome they compare. */
export function deviationColumns(ctx: RuleContext): ColumnInfo[] {
  return ctx.layout.columns.filter((c) => c.role === "avvikelse" && c.from !== undefined && c.to !== undefined);
}

/** What a row's avvikelse should be, and its formula; null when budget or outcome is missing. */
export function expectedDeviation(
  ctx: RuleContext,
  row: number,
  column: ColumnInfo
): { value: number; formula: string; sign: 1 | -1; budget: number; outcome: number } | null {
  const budgetCol = column.from as number;
  const outcomeCol = column.to as number;
  const budget = ctx.number(row, budgetCol);
  const outcome = ctx.number(row, outcomeCol);
  if (budget === null || outcome === null) return null;
  const sign = deviationSign(ctx.layout.signConvention, ctx.row(row)?.flow, budget);
  return {
    value: sign * (outcome - budget),
    formula: sign === 1 ? differenceFormula(row, outcomeCol, budgetCol) : differenceFormula(row, budgetCol, outcomeCol),
    sign,
    budget,
    outcome,
  };
}

/** True when a printed avvikelse agrees with the expected one, given the rounding of all three figures. */
export function deviationAgrees(ctx: RuleContext, row: number, column: ColumnInfo, actual: number, expected: number): boolean {
  const slack =
    roundingSlack(actual, column.decimals ?? 0) +
    roundingSlack(ctx.number(row, column.from as number) ?? 0, ctx.column(column.from as number)?.decimals ?? 0) +
    roundingSlack(ctx.number(row, column.to as number) ?? 0, ctx.column(column.to as number)?.decimals ?? 0);
  return differenceAgrees(actual, expected, slack);
}

export const deviationMismatch: Rule = {
  id: "deviation.mismatch",
  severity: "error",
  title: { sv: "Avvikelsen stämmer inte", en: "Deviation is wrong" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    const columns = deviationColumns(ctx);
    if (columns.length === 0) return findings;
    for (const info of ctx.valueRows) {
      if (info.role === "percent") continue;
      for (const column of columns) {
        const actual = ctx.number(info.row, column.col);
        if (actual === null) continue;
        const expected = expectedDeviation(ctx, info.row, column);
        if (!expected || deviationAgrees(ctx, info.row, column, actual, expected.value)) continue;
        const b = column.from as number;
        const o = column.to as number;
        const budgetName = ctx.columnHeader(b) || "budget";
        const outcomeName = ctx.columnHeader(o) || "utfall";
        const how =
          expected.sign === 1
            ? { sv: `${outcomeName} − ${budgetName}`, en: `${outcomeName} − ${budgetName}` }
            : {
                sv: `${budgetName} − ${outcomeName}, eftersom kostnader har positivt tecken`,
                en: `${budgetName} − ${outcomeName}, since costs are positive`,
              };
        const reversed = differenceAgrees(actual, -expected.value, Math.abs(expected.value) * 1e-9 + 1e-9) && actual !== 0;
        const formula = expected.formula;
        findings.push(
          ctx.finding(deviationMismatch, info.row, column.col, {
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
            related: [ctx.a1(info.row, b), ctx.a1(info.row, o)],
            fix: {
              label: `Skriv ${formula}`,
              labelEn: `Write ${formula}`,
              edits: [formulaEdit(ctx, info.row, column.col, formula)],
            },
          })
        );
      }
    }
    return findings;
  },
};
