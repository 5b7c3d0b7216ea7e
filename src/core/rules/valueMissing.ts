/**
 * value.missing: a blank where a value belongs. An item row left blank in a column that has
 * values on most rows; an Avvikelse or Förändring left blank although both figures it is
 * computed from are there; a total left blank although its parts hold figures. The computed
 * ones come with the formula that fills them.
 */
import { Finding } from "../findings";
import { CELL_BLANK, CELL_NUMBER, CELL_TEXT_NUMBER } from "../layout/grid";
import { isBaseAmountColumn } from "../layout/types";
import { expectedChange } from "./changeMismatch";
import { expectedDeviation } from "./deviationMismatch";
import { formulaEdit, totalFix } from "./fixes";
import { rowsEn, rowsSv } from "./text";
import { FINANCIAL_KINDS, Rule, RuleContext } from "./types";

function isNumeric(ctx: RuleContext, row: number, col: number): boolean {
  const kind = ctx.grid.kindAt(row, col);
  return kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER;
}

export const valueMissing: Rule = {
  id: "value.missing",
  severity: "warning",
  title: { sv: "Värde saknas", en: "Value missing" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    const items = ctx.valueRows.filter((r) => r.role === "item");
    const bases = ctx.layout.columns.filter(
      (c) => isBaseAmountColumn(c) && c.role !== "positivRisk" && c.role !== "negativRisk"
    );
    for (const column of bases) {
      let filled = 0;
      for (const info of items) if (isNumeric(ctx, info.row, column.col)) filled += 1;
      if (filled < 2 || filled * 2 < items.length) continue;
      const header = ctx.columnHeader(column.col);
      for (const info of items) {
        if (ctx.grid.kindAt(info.row, column.col) !== CELL_BLANK) continue;
        findings.push(
          ctx.finding(valueMissing, info.row, column.col, {
            message: `Cellen är tom, men ${header ? `kolumnen ${header}` : "kolumnen"} har värden på de flesta andra rader.`,
            messageEn: `The cell is blank, but ${header ? `the column ${header}` : "the column"} has values on most other rows.`,
            expected: null,
            actual: null,
          })
        );
      }
    }
    for (const column of ctx.layout.columns) {
      if ((column.role !== "avvikelse" && column.role !== "forandring") || column.from === undefined) continue;
      for (const info of ctx.valueRows) {
        if (info.role === "percent" || ctx.grid.kindAt(info.row, column.col) !== CELL_BLANK) continue;
        const expected =
          column.role === "avvikelse" ? expectedDeviation(ctx, info.row, column) : expectedChange(ctx, info.row, column);
        if (!expected) continue;
        const what = column.role === "avvikelse" ? { sv: "Avvikelsen", en: "The deviation" } : { sv: "Förändringen", en: "The change" };
        findings.push(
          ctx.finding(valueMissing, info.row, column.col, {
            message: `${what.sv} saknas; den är ${ctx.fmt(expected.value, column.col, true)}.`,
            messageEn: `${what.en} is missing; it is ${ctx.fmt(expected.value, column.col, true)}.`,
            expected: expected.value,
            actual: null,
            related: [ctx.a1(info.row, column.from), ctx.a1(info.row, column.to as number)],
            fix: {
              label: `Skriv ${expected.formula}`,
              labelEn: `Write ${expected.formula}`,
              edits: [formulaEdit(ctx, info.row, column.col, expected.formula)],
            },
          })
        );
      }
    }
    for (const check of ctx.totals()) {
      if (check.status !== "blank") continue;
      const parts = [...check.plus, ...check.minus];
      findings.push(
        ctx.finding(valueMissing, check.row, check.col, {
          message: `Summan saknas; delarna (${rowsSv(parts)}) ger ${ctx.fmt(check.expected, check.col)}.`,
          messageEn: `The total is missing; the parts (${rowsEn(parts)}) add up to ${ctx.fmt(check.expected, check.col)}.`,
          expected: check.expected,
          actual: null,
          related: parts.map((r) => ctx.a1(r, check.col)),
          fix: totalFix(ctx, check),
        })
      );
    }
    return findings;
  },
};
