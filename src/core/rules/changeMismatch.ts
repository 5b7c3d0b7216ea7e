/**
 * change.mismatch: a Förändring (tkr) is not the difference it names. The direction is the
 * one the column prints (nämndplaner print old − new), read from the data or the header.
 */
import { Finding } from "../findings";
import { ColumnInfo } from "../layout/types";
import {
  differenceColumns,
  differencePlan,
  planAgrees,
} from "./evaluate/differences";
import { differenceFormula, formulaFix } from "./fixes";
import { FINANCIAL_KINDS, ROW_PERCENT, Rule, RuleContext } from "./types";

/** The change a row should show in a Förändring column; null when a figure is missing. */
export function expectedChange(
  ctx: RuleContext,
  row: number,
  column: ColumnInfo,
): { value: number; from: number; to: number } | null {
  const from = ctx.number(row, column.from as number);
  const to = ctx.number(row, column.to as number);
  if (from === null || to === null) return null;
  return {
    value: column.direction === "fromMinusTo" ? from - to : to - from,
    from,
    to,
  };
}

/** The Förändring formula of a row, in the column's printed direction. */
export function changeFormula(row: number, column: ColumnInfo): string {
  const fromCol = column.from as number;
  const toCol = column.to as number;
  return column.direction === "fromMinusTo"
    ? differenceFormula(row, fromCol, toCol)
    : differenceFormula(row, toCol, fromCol);
}

export const changeMismatch: Rule = {
  id: "change.mismatch",
  severity: "error",
  title: { sv: "Förändringen stämmer inte", en: "Change is wrong" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    const columns = differenceColumns(ctx, "forandring");
    if (columns.length === 0) return findings;
    // Per column once: grid offsets and the precision of the three figures.
    const { num, width, top } = ctx.grid;
    const plans = columns.map((column) => ({
      ...differencePlan(ctx, column),
      fromMinusTo: column.direction === "fromMinusTo",
    }));
    const { rows, roles, length } = ctx.index;
    for (let i = 0; i < length; i += 1) {
      if (roles[i] === ROW_PERCENT) continue;
      const row = rows[i];
      const base = (row - top) * width;
      for (const plan of plans) {
        const actual = num[base + plan.at];
        const from = num[base + plan.fromAt];
        const to = num[base + plan.toAt];
        if (actual !== actual || from !== from || to !== to) continue;
        const value = plan.fromMinusTo ? from - to : to - from;
        if (planAgrees(plan, actual, value, from, to)) continue;
        const column = plan.column;
        const fromCol = column.from as number;
        const toCol = column.to as number;
        const first = column.direction === "fromMinusTo" ? fromCol : toCol;
        const second = column.direction === "fromMinusTo" ? toCol : fromCol;
        const how = `${ctx.columnHeader(first)} − ${ctx.columnHeader(second)}`;
        const formula = changeFormula(row, column);
        findings.push(
          ctx.finding(changeMismatch, row, column.col, {
            message:
              `Förändringen ska vara ${ctx.fmt(value, column.col, true)} (${how}: ` +
              `${ctx.fmt(ctx.number(row, first) ?? 0, first)} − ${ctx.fmt(ctx.number(row, second) ?? 0, second)}) ` +
              `men cellen visar ${ctx.fmt(actual, column.col, true)}.`,
            messageEn:
              `The change should be ${ctx.fmt(value, column.col, true)} (${how}: ` +
              `${ctx.fmt(ctx.number(row, first) ?? 0, first)} − ${ctx.fmt(ctx.number(row, second) ?? 0, second)}) ` +
              `but the cell shows ${ctx.fmt(actual, column.col, true)}.`,
            expected: value,
            actual,
            related: [ctx.a1(row, fromCol), ctx.a1(row, toCol)],
            fix: formulaFix(ctx, row, column.col, formula),
          }),
        );
      }
    }
    return findings;
  },
};
