/**
 * budget.zero-with-outcome: a budget of 0 beside a prognos or utfall that is not 0; often a
 * budget typed on the wrong row, or a new activity nobody budgeted for.
 */
import { Finding } from "../findings";
import { roundHalfAway } from "../numbers";
import { ColumnInfo, isOutcomeRole } from "../layout/types";
import { FINANCIAL_KINDS, Rule, RuleContext } from "./types";

/** Budget and outcome columns that are compared: those of each Avvikelse, else same group and year. */
function pairs(ctx: RuleContext): [ColumnInfo, ColumnInfo][] {
  const columns = ctx.layout.columns;
  const result: [ColumnInfo, ColumnInfo][] = [];
  const seen = new Set<string>();
  const add = (b: ColumnInfo | undefined, o: ColumnInfo | undefined) => {
    if (!b || !o) return;
    const key = `${b.col}:${o.col}`;
    if (seen.has(key)) return;
    seen.add(key);
    result.push([b, o]);
  };
  for (const c of columns) {
    if ((c.role === "avvikelse" || c.role === "avvikelseProcent") && c.from !== undefined && c.to !== undefined)
      add(ctx.column(c.from), ctx.column(c.to));
  }
  for (const b of columns) {
    if (b.role !== "budget" || b.percent || result.some(([x]) => x.col === b.col)) continue;
    for (const o of columns) {
      if (!isOutcomeRole(o.role) || o.percent || o.role === "bokslut") continue;
      if ((b.group ?? "") === (o.group ?? "") && b.year === o.year) add(b, o);
    }
  }
  return result;
}

export const budgetZeroWithOutcome: Rule = {
  id: "budget.zero-with-outcome",
  severity: "warning",
  title: { sv: "Budget 0 men utfall", en: "Zero budget with an outcome" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    for (const [budget, outcome] of pairs(ctx)) {
      for (const info of ctx.valueRows) {
        if (info.role === "percent") continue;
        const b = ctx.number(info.row, budget.col);
        const o = ctx.number(info.row, outcome.col);
        if (b === null || o === null) continue;
        if (roundHalfAway(b, budget.decimals ?? 0) !== 0 || roundHalfAway(o, outcome.decimals ?? 0) === 0) continue;
        const name = ctx.columnHeader(outcome.col) || "utfallet";
        findings.push(
          ctx.finding(budgetZeroWithOutcome, info.row, budget.col, {
            message: `Budgeten är 0 men ${name} är ${ctx.fmt(o, outcome.col)}. Saknas en budget, eller hör beloppet till en annan rad?`,
            messageEn: `The budget is 0 but ${name} is ${ctx.fmt(o, outcome.col)}. Is a budget missing, or does the amount belong to another row?`,
            expected: null,
            actual: b,
            related: [ctx.a1(info.row, outcome.col)],
          })
        );
      }
    }
    return findings;
  },
};
