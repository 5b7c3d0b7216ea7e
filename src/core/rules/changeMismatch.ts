/**
 * change.mismatch: a Förändring (tkr) is not the difference it names. The direction is the
 * one the column prints (nämndplaner print old − new), read from the data or the header.
 */
import { Finding } from "../findings";
import { differenceAgrees, roundingSlack } from "../layout/compare";
import { ColumnInfo } from "../layout/types";
import { differenceFormula, formulaEdit } from "./fixes";
import { FINANCIAL_KINDS, Rule, RuleContext } from "./types";

export function changeColumns(ctx: RuleContext): ColumnInfo[] {
  return ctx.layout.columns.filter(
    (c) =>
      c.role === "forandring" &&
      c.from !== undefined &&
      c.to !== undefined &&
      ctx.confirmed(c),
  );
}

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
    const columns = changeColumns(ctx);
    for (const info of ctx.valueRows) {
      if (info.role === "percent") continue;
      for (const column of columns) {
        const actual = ctx.number(info.row, column.col);
        if (actual === null) continue;
        const expected = expectedChange(ctx, info.row, column);
        if (!expected) continue;
        if (actual === expected.value) continue;
        const fromCol = column.from as number;
        const toCol = column.to as number;
        const slack =
          roundingSlack(actual, column.decimals ?? 0) +
          roundingSlack(expected.from, ctx.column(fromCol)?.decimals ?? 0) +
          roundingSlack(expected.to, ctx.column(toCol)?.decimals ?? 0);
        if (differenceAgrees(actual, expected.value, slack)) continue;
        const first = column.direction === "fromMinusTo" ? fromCol : toCol;
        const second = column.direction === "fromMinusTo" ? toCol : fromCol;
        const how = `${ctx.columnHeader(first)} − ${ctx.columnHeader(second)}`;
        findings.push(
          ctx.finding(changeMismatch, info.row, column.col, {
            message:
              `Förändringen ska vara ${ctx.fmt(expected.value, column.col, true)} (${how}: ` +
              `${ctx.fmt(ctx.number(info.row, first) ?? 0, first)} − ${ctx.fmt(ctx.number(info.row, second) ?? 0, second)}) ` +
              `men cellen visar ${ctx.fmt(actual, column.col, true)}.`,
            messageEn:
              `The change should be ${ctx.fmt(expected.value, column.col, true)} (${how}: ` +
              `${ctx.fmt(ctx.number(info.row, first) ?? 0, first)} − ${ctx.fmt(ctx.number(info.row, second) ?? 0, second)}) ` +
              `but the cell shows ${ctx.fmt(actual, column.col, true)}.`,
            expected: expected.value,
            actual,
            related: [ctx.a1(info.row, fromCol), ctx.a1(info.row, toCol)],
            fix: (() => {
              const formula = changeFormula(info.row, column);
              return {
                label: `Skriv ${formula}`,
                labelEn: `Write ${formula}`,
                edits: [formulaEdit(ctx, info.row, column.col, formula)],
              };
            })(),
          }),
        );
      }
    }
    return findings;
  },
};
