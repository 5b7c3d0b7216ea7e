/**
 * value.format: a value written with a decimal point ("12.3", "index 79.2", "≥ 12.5"), which a
 * Swedish Excel keeps as text and a Swedish reader takes for a typo; and a percentage among
 * the plain numbers of one indicator (its years and breakdowns share one unit, so "84 %"
 * beside 83 and 85 is written in the wrong unit, or the others are). The decimal point is
 * fixed where the reading is sure: "1.234" may be a thousand and is left to the user.
 */
import { Finding, Fix } from "../../findings";
import { CELL_TEXT, CELL_TEXT_NUMBER } from "../../layout/grid";
import { IndicatorFacts, MeasuredCell } from "../../layout/indicators";
import { DECIMAL_POINT } from "../../layout/indicators/values";
import { CellEdit } from "../../workbook";
import { Rule, RuleContext } from "../types";
import {
  INDICATOR_KINDS,
  indicatorFinding,
  indicatorSheet,
  showMeasure,
} from "./shared";

/** "1.234" or "12.500": a point that may group thousands. */
const MAYBE_THOUSANDS = /(?:^|[^\d.,])[1-9]\d{0,2}\.\d{3}(?![\d.,])/;

function numberFormatFor(decimals: number, percent: boolean): string {
  const fraction = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  return percent ? `0${fraction}%` : `#,##0${fraction}`;
}

function decimalPointFix(
  ctx: RuleContext,
  row: number,
  col: number,
  text: string,
): Fix | undefined {
  if (MAYBE_THOUSANDS.test(text)) return undefined;
  const edit: CellEdit = { op: "cell", sheet: ctx.sheet.name, row, col };
  const parsed =
    ctx.grid.kindAt(row, col) === CELL_TEXT_NUMBER
      ? ctx.grid.textNumber(row, col)
      : undefined;
  let shown: string;
  if (parsed) {
    edit.value = parsed.value;
    edit.numberFormat = numberFormatFor(parsed.decimals, parsed.percent);
    shown = text.trim().replace(/(\d)\.(\d)/g, "$1,$2");
  } else {
    shown = text.trim().replace(/(\d)\.(\d)/g, "$1,$2");
    edit.value = shown;
  }
  return {
    label: parsed ? `Skriv talet ${shown}` : `Skriv "${shown}"`,
    labelEn: parsed ? `Write the number ${shown}` : `Write "${shown}"`,
    edits: [edit],
  };
}

/** Every value cell of an indicator: its years, and its breakdowns in columns or rows. */
function valueCells(fact: IndicatorFacts): MeasuredCell[] {
  const cells = new Map<string, MeasuredCell>();
  for (const point of fact.series)
    cells.set(`${point.row},${point.col}`, point);
  for (const breakdown of fact.breakdowns)
    for (const part of Object.values(breakdown.parts))
      if (part) cells.set(`${part.row},${part.col}`, part);
  return [...cells.values()];
}

export const valueFormat: Rule = {
  id: "value.format",
  severity: "warning",
  title: {
    sv: "Värdet är skrivet i fel form",
    en: "Value written in the wrong form",
  },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    const { grid } = ctx;
    const pointFinding = (row: number, col: number) => {
      const kind = grid.kindAt(row, col);
      if (kind !== CELL_TEXT && kind !== CELL_TEXT_NUMBER) return;
      const text = grid.text(row, col);
      if (!DECIMAL_POINT.test(text) || text.includes(",")) return;
      const fix = decimalPointFix(ctx, row, col, text);
      findings.push(
        indicatorFinding(ctx, table, valueFormat, row, col, {
          message: fix
            ? `"${text.trim()}" är skrivet med decimalpunkt; på svenska skrivs decimalkomma, och Excel läser inte punkten som ett decimaltecken.`
            : `"${text.trim()}" är skrivet med punkt: är det ett decimaltal eller tusental? Skriv decimalkomma, eller mellanslag mellan tusental.`,
          messageEn: fix
            ? `"${text.trim()}" is written with a decimal point; Swedish uses a decimal comma, and Excel does not read the point as a decimal separator.`
            : `"${text.trim()}" is written with a point: a decimal or thousands? Write a decimal comma, or a space between thousands.`,
          actual: text.trim(),
          ...(fix ? { fix } : {}),
        }),
      );
    };

    for (const fact of facts) {
      const cells = valueCells(fact);
      for (const cell of cells) pointFinding(cell.row, cell.col);
      for (const target of [fact.etappmal, fact.malvarde])
        if (target) pointFinding(fact.row.row, target.col);

      const percent = cells.filter((c) => c.measure.percent);
      const plain = cells.filter((c) => !c.measure.percent);
      if (
        percent.length === 0 ||
        plain.length < 2 ||
        percent.length >= plain.length
      )
        continue;
      const others = plain
        .slice(0, 3)
        .map((c) => showMeasure(c.measure))
        .join(", ");
      for (const cell of percent) {
        findings.push(
          indicatorFinding(ctx, table, valueFormat, cell.row, cell.col, {
            message: `${showMeasure(cell.measure)} är en procentsats, men indikatorns övriga värden är vanliga tal (${others}). Skriv alla i samma enhet.`,
            messageEn: `${showMeasure(cell.measure)} is a percentage, but the indicator's other values are plain numbers (${others}). Write them all in one unit.`,
            actual: showMeasure(cell.measure),
          }),
        );
      }
    }
    return findings;
  },
};
