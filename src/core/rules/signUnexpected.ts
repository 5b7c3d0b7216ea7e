/**
 * sign.unexpected: a value's sign contradicts the sheet's convention. Under A (income
 * positive, costs negative) a cost row with a positive amount or an income row with a negative
 * one; under B a cost row with a negative amount (and income against the sheet's own income
 * sign). In a risk analysis, a positive risk below 0 or a negative risk above 0.
 */
import { sign } from "../layout/fast";
import { Finding } from "../findings";
import { ColumnInfo, isBaseAmountColumn } from "../layout/types";
import {
  FINANCIAL_KINDS,
  FLOW_INCOME,
  ROW_ITEM,
  ROW_PERCENT,
  Rule,
  RuleContext,
} from "./types";

type Expected = 1 | -1;

/** The sign most non-zero cells of some rows and columns have, when clearly most (2/3). */
function majoritySign(
  ctx: RuleContext,
  rows: readonly number[],
  cols: readonly ColumnInfo[],
): Expected | null {
  let positive = 0;
  let negative = 0;
  for (const r of rows) {
    for (const c of cols) {
      const v = ctx.number(r, c.col);
      if (v === null || v === 0) continue;
      if (v > 0) positive += 1;
      else negative += 1;
    }
  }
  if (positive + negative < 2) return null;
  if (positive >= 2 * negative) return 1;
  if (negative >= 2 * positive) return -1;
  return null;
}

export const signUnexpected: Rule = {
  id: "sign.unexpected",
  severity: "warning",
  title: { sv: "Oväntat tecken", en: "Unexpected sign" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    const convention = ctx.layout.signConvention;
    const amounts = ctx.layout.columns.filter(
      (c) =>
        isBaseAmountColumn(c) &&
        c.role !== "positivRisk" &&
        c.role !== "negativRisk",
    );
    // Rows with an income or cost label, found through the typed index; most rows have neither.
    const { rows: indexRows, roles, flows, length } = ctx.index;
    const flowRows: number[] = [];
    const incomeRows: number[] = [];
    for (let i = 0; i < length; i += 1) {
      if (flows[i] === 0 || roles[i] === ROW_PERCENT) continue;
      flowRows.push(indexRows[i]);
      if (flows[i] === FLOW_INCOME) incomeRows.push(indexRows[i]);
    }
    const incomeSign: Expected | null =
      convention === "A" ? 1 : majoritySign(ctx, incomeRows, amounts);
    const costSign: Expected = convention === "A" ? -1 : 1;
    const conventionSv =
      convention === "A"
        ? "intäkter som positiva och kostnader som negativa tal (konvention A)"
        : "kostnader som positiva tal (konvention B)";
    const conventionEn =
      convention === "A"
        ? "income as positive and costs as negative amounts (convention A)"
        : "costs as positive amounts (convention B)";
    for (const row of flowRows) {
      const info = ctx.row(row);
      if (!info?.flow) continue;
      const expected = info.flow === "income" ? incomeSign : costSign;
      if (expected === null) continue;
      for (const column of amounts) {
        const v = ctx.number(info.row, column.col);
        if (v === null || v === 0 || sign(v) === expected) continue;
        const kindSv =
          info.flow === "income" ? "Intäktsraden" : "Kostnadsraden";
        const kindEn =
          info.flow === "income" ? "The income row" : "The cost row";
        const signSv = v > 0 ? "ett positivt" : "ett negativt";
        const signEn = v > 0 ? "a positive" : "a negative";
        findings.push(
          ctx.finding(signUnexpected, info.row, column.col, {
            message: `${kindSv} har ${signSv} belopp (${ctx.fmt(v, column.col)}), men bladet redovisar ${conventionSv}.`,
            messageEn: `${kindEn} has ${signEn} amount (${ctx.fmt(v, column.col)}), but the sheet shows ${conventionEn}.`,
            expected: null,
            actual: v,
          }),
        );
      }
    }
    // The item rows are listed only for a sheet with risk columns; other sheets never read them.
    let itemRows: number[] | null = null;
    for (const column of ctx.layout.columns) {
      if (column.role !== "positivRisk" && column.role !== "negativRisk")
        continue;
      const expected: Expected = column.role === "positivRisk" ? 1 : -1;
      if (!itemRows) {
        itemRows = [];
        for (let i = 0; i < length; i += 1)
          if (roles[i] === ROW_ITEM) itemRows.push(indexRows[i]);
      }
      const items = itemRows;
      if (majoritySign(ctx, items, [column]) !== expected) continue;
      for (const r of items) {
        const v = ctx.number(r, column.col);
        if (v === null || v === 0 || sign(v) === expected) continue;
        findings.push(
          ctx.finding(signUnexpected, r, column.col, {
            message:
              column.role === "positivRisk"
                ? `En positiv risk med negativt belopp (${ctx.fmt(v, column.col)}); hör den till kolumnen för negativ risk?`
                : `En negativ risk med positivt belopp (${ctx.fmt(v, column.col)}); hör den till kolumnen för positiv risk?`,
            messageEn:
              column.role === "positivRisk"
                ? `A positive risk with a negative amount (${ctx.fmt(v, column.col)}); does it belong to the negative risks?`
                : `A negative risk with a positive amount (${ctx.fmt(v, column.col)}); does it belong to the positive risks?`,
            expected: null,
            actual: v,
          }),
        );
      }
    }
    return findings;
  },
};
