/**
 * What the indicator rules share: the indicator reading of the sheet being checked, findings
 * named with the header of the section the cell is in (a måttabell repeats its header with
 * other years), and numbers shown as the table shows them ("84 %", "index 66", "46 063").
 */
import { Direction } from "../../calc/targets";
import { Finding } from "../../findings";
import {
  IndicatorFacts,
  IndicatorTable,
  indicatorFacts,
  indicatorTableOf,
} from "../../layout/indicators";
import { formatNumber } from "../../numbers";
import { SheetKind } from "../../workbook";
import { FindingDetails, Rule, RuleContext } from "../types";

export { showMeasure } from "../../layout/indicators/values";

export const INDICATOR_KINDS: readonly SheetKind[] = ["indikatorer"];

export interface IndicatorSheet {
  table: IndicatorTable;
  facts: IndicatorFacts[];
}

export function indicatorSheet(ctx: RuleContext): IndicatorSheet {
  const table = indicatorTableOf(ctx.layout, ctx.grid);
  return { table, facts: indicatorFacts(ctx.grid, table, ctx.settings) };
}

/** The header of a cell's column in the section of its row. */
export function headerAt(
  table: IndicatorTable,
  row: number,
  col: number,
): string {
  const info = table.byRow.get(row);
  const section = info
    ? table.sections[info.section]
    : table.sections.find((s) => s.headerRow === row);
  return section?.columns.find((c) => c.col === col)?.header ?? "";
}

export function indicatorFinding(
  ctx: RuleContext,
  table: IndicatorTable,
  rule: Rule,
  row: number,
  col: number,
  details: FindingDetails,
): Finding {
  const finding = ctx.finding(rule, row, col, details);
  const header = headerAt(table, row, col);
  return header ? { ...finding, columnHeader: header } : finding;
}

/** "Andel vuxna som trivs" (rad 7): how messages name an indicator row. */
export function rowSv(label: string, row: number): string {
  return label ? `"${label}" (rad ${row + 1})` : `rad ${row + 1}`;
}

export function rowEn(label: string, row: number): string {
  return label ? `"${label}" (row ${row + 1})` : `row ${row + 1}`;
}

/** A value in percentage points: 0.07 → "7 procentenheter". */
export function pointsSv(ratio: number): string {
  return `${formatNumber(Math.abs(ratio) * 100, { decimals: Math.abs(ratio * 100) < 10 ? 1 : 0 })} procentenheter`;
}

export function pointsEn(ratio: number): string {
  return `${(Math.abs(ratio) * 100).toFixed(Math.abs(ratio * 100) < 10 ? 1 : 0)} percentage points`;
}

/** "högre värden är bättre" */
export function directionSv(direction: Direction): string {
  return direction === "higher"
    ? "högre värden är bättre"
    : "lägre värden är bättre";
}

export function directionEn(direction: Direction): string {
  return direction === "higher"
    ? "higher values are better"
    : "lower values are better";
}

/** Where the direction comes from: " (enligt kolumnen Riktning)". */
export function directionSourceSv(fact: IndicatorFacts): string {
  const { direction } = fact;
  if (direction.declaredBy === "column") return " (enligt kolumnen Riktning)";
  if (direction.declaredBy === "settings")
    return " (enligt ditt val i Rapportkoll)";
  const target = [fact.etappmal, fact.malvarde].find(
    (t) => t && t.parse.kind !== "error" && t.parse.kind !== "none",
  );
  return target ? ` (enligt målet "${target.parse.text}")` : "";
}

export function directionSourceEn(fact: IndicatorFacts): string {
  const { direction } = fact;
  if (direction.declaredBy === "column")
    return " (according to the Riktning column)";
  if (direction.declaredBy === "settings") return " (as chosen in Rapportkoll)";
  const target = [fact.etappmal, fact.malvarde].find(
    (t) => t && t.parse.kind !== "error" && t.parse.kind !== "none",
  );
  return target ? ` (according to the target "${target.parse.text}")` : "";
}
