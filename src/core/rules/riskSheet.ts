/**
 * What the risk rules share: the sheet's risk table and scale, and how a message names an
 * assessment ("sannolikheten före åtgärd") and a row ("R3 på rad 7").
 */
import { riskTableOf } from "../layout/internkontroll";
import { SheetLevelTable, scaleForSheet } from "../layout/riskLevelTable";
import { RiskAssessmentColumns, RiskTable } from "../layout/riskTable";
import { CELL_NUMBER, CELL_TEXT_NUMBER } from "../layout/grid";
import { formatNumber } from "../numbers";
import { RiskScale } from "../riskScale";
import { activeRiskScale } from "../settings";
import { SheetKind } from "../workbook";
import { RuleContext } from "./types";

export const RISK_KINDS: readonly SheetKind[] = ["internkontroll"];

export interface RiskSheet {
  table: RiskTable;
  scale: RiskScale;
  /** The level table on the sheet the scale was read from, or null for the settings' scale. */
  ownTable: SheetLevelTable | null;
}

/** The risk table and the scale it is judged on, or null when the sheet has no risk table. */
export function riskSheet(ctx: RuleContext): RiskSheet | null {
  const table = riskTableOf(ctx.layout, ctx.grid);
  if (!table) return null;
  const riskColumns = table.columns
    .filter((c) => c.meaning !== null)
    .map((c) => c.col);
  return {
    table,
    ...scaleForSheet(ctx.grid, riskColumns, activeRiskScale(ctx.settings)),
  };
}

export interface StageWords {
  sv: string;
  en: string;
}

/** " före åtgärd" / " before action" for brutto, nothing for a sheet with one assessment. */
export function stageWords(assessment: RiskAssessmentColumns): StageWords {
  if (assessment.stage === "brutto")
    return { sv: " före åtgärd", en: " before action" };
  if (assessment.stage === "netto")
    return { sv: " efter åtgärd", en: " after action" };
  return { sv: "", en: "" };
}

/** "1–4": the steps of a scale. */
export function scaleRange(scale: RiskScale): string {
  return `1–${scale.size}`;
}

/** A step or riskvärde in a message the Swedish way: 3, 2,5, −1. */
export function stepText(value: number): string {
  for (let decimals = 0; decimals < 4; decimals += 1) {
    if (Math.abs(Number(value.toFixed(decimals)) - value) < 1e-9)
      return formatNumber(value, { decimals });
  }
  return formatNumber(value, { decimals: 4 });
}

/** The text a cell shows, trimmed ("" for blanks and numbers). */
export function cellWords(ctx: RuleContext, row: number, col: number): string {
  return ctx.grid.text(row, col).replace(/\s+/g, " ").trim();
}

/** How messages name the scale: "skalan 4×4", "den egna skalan (3×3)", "bladets nivåtabell (5×5)". */
export function scaleName(sheet: RiskSheet): StageWords {
  const n = `${sheet.scale.size}×${sheet.scale.size}`;
  if (sheet.ownTable)
    return {
      sv: `bladets nivåtabell (${n})`,
      en: `the sheet's level table (${n})`,
    };
  if (sheet.scale.id === "custom")
    return { sv: `den egna skalan (${n})`, en: `your own scale (${n})` };
  return { sv: `skalan ${n}`, en: `the ${n} scale` };
}

/** The number in a step or riskvärde cell (a number, or Swedish number text); null otherwise. */
export function numberAt(
  ctx: RuleContext,
  row: number,
  col: number,
): number | null {
  const kind = ctx.grid.kindAt(row, col);
  return kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER
    ? ctx.number(row, col)
    : null;
}
