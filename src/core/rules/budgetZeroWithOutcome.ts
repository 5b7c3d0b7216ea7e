/**
 * budget.zero-with-outcome: a budget of 0 beside a prognos or utfall that is not 0; often a
 * budget typed on the wrong row, or a new activity nobody budgeted for.
 */
import { Finding } from "../findings";
import { abs } from "../layout/fast";
import { ColumnInfo, isOutcomeRole } from "../layout/types";
import { FINANCIAL_KINDS, ROW_PERCENT, Rule, RuleContext } from "./types";

function printsAsZero(value: number, decimals: number | undefined): boolean {
  return abs(value) < 0.5 * 10 ** -(decimals ?? 0) - 1e-12;
}

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
    if (
      (c.role === "avvikelse" || c.role === "avvikelseProcent") &&
      c.from !== undefined &&
      c.to !== undefined
    )
      add(ctx.column(c.from), ctx.column(c.to));
  }
  for (const b of columns) {
    if (
      b.role !== "budget" ||
      b.percent ||
      result.some(([x]) => x.col === b.col)
    )
      continue;
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
    const { num, width, top, left } = ctx.grid;
    const { rows, roles, length } = ctx.index;
    for (const [budget, outcome] of pairs(ctx)) {
      const budgetAt = budget.col - left;
      const outcomeAt = outcome.col - left;
      for (let i = 0; i < length; i += 1) {
        const base = (rows[i] - top) * width;
        const b = num[base + budgetAt];
        if (b !== 0 && abs(b) >= 0.5) continue;
        const o = num[base + outcomeAt];
        if (b !== b || o !== o || roles[i] === ROW_PERCENT) continue;
        const row = rows[i];
        // "0" as printed: what rounds to zero at the column's precision.
        if (
          !printsAsZero(b, budget.decimals) ||
          printsAsZero(o, outcome.decimals)
        )
          continue;
        const name = ctx.columnHeader(outcome.col) || "utfallet";
        const shown = ctx.fmt(o, outcome.col);
        findings.push(
          ctx.finding(budgetZeroWithOutcome, row, budget.col, {
            message: `Budgeten är 0 men ${name} är ${shown}. Saknas en budget, eller hör beloppet till en annan rad?`,
            messageEn: `The budget is 0 but ${name} is ${shown}. Is a budget missing, or does the amount belong to another row?`,
            expected: null,
            actual: b,
            related: [ctx.a1(row, outcome.col)],
          }),
        );
      }
    }
    return findings;
  },
};
