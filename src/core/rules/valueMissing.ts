/**
 * value.missing: a blank where a value belongs. An item row left blank in a column that has
 * values on most rows; an Avvikelse or Förändring left blank although both figures it is
 * computed from are there; a total left blank although its parts hold figures. The computed
 * ones come with the formula that fills them.
 */
import { Finding } from "../findings";
import { CELL_BLANK, CELL_NUMBER, CELL_TEXT_NUMBER } from "../layout/grid";
import { isBaseAmountColumn } from "../layout/types";
import { changeFormula, expectedChange } from "./changeMismatch";
import { deviationFormula, expectedDeviation } from "./deviationMismatch";
import { formulaFix, totalFix } from "./fixes";
import { rowsEn, rowsSv } from "./text";
import { FINANCIAL_KINDS, ROW_ITEM, ROW_PERCENT, Rule } from "./types";

export const valueMissing: Rule = {
  id: "value.missing",
  severity: "warning",
  title: { sv: "Värde saknas", en: "Value missing" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    const { kind, width, top, left } = ctx.grid;
    const { rows, roles, length } = ctx.index;
    const bases = ctx.layout.columns.filter(
      (c) =>
        isBaseAmountColumn(c) &&
        c.role !== "positivRisk" &&
        c.role !== "negativRisk",
    );
    // One pass over the item rows counts filled and blank cells of every base column at once.
    const baseCount = bases.length;
    const offsets = new Int32Array(baseCount);
    for (let j = 0; j < baseCount; j += 1) offsets[j] = bases[j].col - left;
    const filled = new Int32Array(baseCount);
    const blanks = new Int32Array(baseCount);
    let items = 0;
    if (baseCount > 0) {
      for (let i = 0; i < length; i += 1) {
        if (roles[i] !== ROW_ITEM) continue;
        items += 1;
        const base = (rows[i] - top) * width;
        for (let j = 0; j < baseCount; j += 1) {
          const k = kind[base + offsets[j]];
          if (k === CELL_NUMBER || k === CELL_TEXT_NUMBER) filled[j] += 1;
          else if (k === CELL_BLANK) blanks[j] += 1;
        }
      }
    }
    for (let j = 0; j < baseCount; j += 1) {
      if (blanks[j] === 0 || filled[j] < 2 || filled[j] * 2 < items) continue;
      const column = bases[j];
      const offset = offsets[j];
      const header = ctx.columnHeader(column.col);
      for (let i = 0; i < length; i += 1) {
        if (roles[i] !== ROW_ITEM) continue;
        const row = rows[i];
        if (kind[(row - top) * width + offset] !== CELL_BLANK) continue;
        findings.push(
          ctx.finding(valueMissing, row, column.col, {
            message: `Cellen är tom, men ${header ? `kolumnen ${header}` : "kolumnen"} har värden på de flesta andra rader.`,
            messageEn: `The cell is blank, but ${header ? `the column ${header}` : "the column"} has values on most other rows.`,
            expected: null,
            actual: null,
          }),
        );
      }
    }
    for (const column of ctx.layout.columns) {
      if (
        (column.role !== "avvikelse" && column.role !== "forandring") ||
        column.from === undefined ||
        !ctx.confirmed(column)
      )
        continue;
      const offset = column.col - left;
      for (let i = 0; i < length; i += 1) {
        if (
          kind[(rows[i] - top) * width + offset] !== CELL_BLANK ||
          roles[i] === ROW_PERCENT
        )
          continue;
        const row = rows[i];
        const deviation =
          column.role === "avvikelse"
            ? expectedDeviation(ctx, row, column)
            : null;
        const change =
          column.role === "forandring"
            ? expectedChange(ctx, row, column)
            : null;
        const expected = deviation ?? change;
        if (!expected) continue;
        const formula = deviation
          ? deviationFormula(row, column, deviation.sign)
          : changeFormula(row, column);
        const what =
          column.role === "avvikelse"
            ? { sv: "Avvikelsen", en: "The deviation" }
            : { sv: "Förändringen", en: "The change" };
        findings.push(
          ctx.finding(valueMissing, row, column.col, {
            message: `${what.sv} saknas; den är ${ctx.fmt(expected.value, column.col, true)}.`,
            messageEn: `${what.en} is missing; it is ${ctx.fmt(expected.value, column.col, true)}.`,
            expected: expected.value,
            actual: null,
            related: [
              ctx.a1(row, column.from),
              ctx.a1(row, column.to as number),
            ],
            fix: formulaFix(ctx, row, column.col, formula),
          }),
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
        }),
      );
    }
    return findings;
  },
};
