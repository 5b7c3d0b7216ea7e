/**
 * What the Risk tab shows, computed from a workbook snapshot: the internal-control sheets with
 * their risks and scale, each assessment's heat map (risks per cell, highest sannolikhet on
 * top), the risks that cannot be placed, and how risks move from brutto to netto.
 */
import { riskStepProblem } from "../../core/calc/risk";
import { analyzeSheet } from "../../core/layout";
import { riskTableOf } from "../../core/layout/internkontroll";
import {
  SheetLevelTable,
  scaleForSheet,
} from "../../core/layout/riskLevelTable";
import { RiskEntry, RiskTable, riskEntries } from "../../core/layout/riskTable";
import { RiskLevel, RiskScale } from "../../core/riskScale";
import { Settings, activeRiskScale } from "../../core/settings";
import { SheetSnapshot, WorkbookSnapshot } from "../../core/workbook";

export interface RiskSheetModel {
  name: string;
  sheet: SheetSnapshot;
  table: RiskTable;
  entries: RiskEntry[];
  scale: RiskScale;
  /** The sheet's own level table, when the scale is read from it. */
  ownTable: SheetLevelTable | null;
  /** Leftmost and rightmost columns of the risk table. */
  firstCol: number;
  lastCol: number;
}

/** The internkontroll sheets of a workbook that hold a risk table, in tab order. */
export function riskSheetsOf(
  snapshot: WorkbookSnapshot,
  settings: Settings,
): RiskSheetModel[] {
  const models: RiskSheetModel[] = [];
  const settingsScale = activeRiskScale(settings);
  for (const sheet of snapshot.sheets) {
    const analysed = analyzeSheet(sheet, settings);
    if (analysed.layout.kind !== "internkontroll") continue;
    const table = riskTableOf(analysed.layout, analysed.grid);
    if (!table) continue;
    const named = table.columns
      .filter((c) => c.meaning !== null)
      .map((c) => c.col);
    const { scale, ownTable } = scaleForSheet(
      analysed.grid,
      named,
      settingsScale,
    );
    models.push({
      name: sheet.name,
      sheet,
      table,
      entries: riskEntries(analysed.grid, table),
      scale,
      ownTable,
      firstCol: Math.min(table.riskCol, ...named),
      lastCol: Math.max(table.riskCol, ...named),
    });
  }
  return models;
}

export interface MatrixCell {
  likelihood: number;
  consequence: number;
  level: RiskLevel;
  entries: RiskEntry[];
}

function onScale(value: number, size: number): boolean {
  return !Number.isNaN(value) && riskStepProblem(value, size) === null;
}

/** The heat map of one assessment: rows from the highest sannolikhet down, konsekvens 1…n. */
export function heatMap(
  model: RiskSheetModel,
  assessment: number,
): MatrixCell[][] {
  const { scale } = model;
  const n = scale.size;
  const rows: MatrixCell[][] = [];
  for (let s = n; s >= 1; s -= 1) {
    const row: MatrixCell[] = [];
    for (let k = 1; k <= n; k += 1)
      row.push({
        likelihood: s,
        consequence: k,
        level: scale.levels[scale.cellLevels[s - 1][k - 1]],
        entries: [],
      });
    rows.push(row);
  }
  for (const entry of model.entries) {
    const step = entry.steps[assessment];
    if (!step || !onScale(step.likelihood, n) || !onScale(step.consequence, n))
      continue;
    rows[n - step.likelihood][step.consequence - 1].entries.push(entry);
  }
  return rows;
}

/** Risks of an assessment that have no place in the matrix: a step missing or off the scale. */
export function unplaced(
  model: RiskSheetModel,
  assessment: number,
): RiskEntry[] {
  const n = model.scale.size;
  return model.entries.filter((entry) => {
    const step = entry.steps[assessment];
    return (
      !step || !onScale(step.likelihood, n) || !onScale(step.consequence, n)
    );
  });
}

export interface Placed {
  likelihood: number;
  consequence: number;
  /** Index into the scale's levels (low to high). */
  level: number;
}

export interface Movement {
  entry: RiskEntry;
  from: Placed | null;
  to: Placed | null;
  /** Lower: a lower level (or the same level with a lower riskvärde) after åtgärd. */
  direction: "lower" | "same" | "higher" | "unknown";
}

function placed(
  scale: RiskScale,
  step: { likelihood: number; consequence: number } | undefined,
): Placed | null {
  if (
    !step ||
    !onScale(step.likelihood, scale.size) ||
    !onScale(step.consequence, scale.size)
  )
    return null;
  return {
    likelihood: step.likelihood,
    consequence: step.consequence,
    level: scale.cellLevels[step.likelihood - 1][step.consequence - 1],
  };
}

/** Each risk from brutto (assessment 0) to netto (assessment 1). */
export function movements(model: RiskSheetModel): Movement[] {
  return model.entries.map((entry) => {
    const from = placed(model.scale, entry.steps[0]);
    const to = placed(model.scale, entry.steps[1]);
    let direction: Movement["direction"] = "unknown";
    if (from && to) {
      const byLevel = Math.sign(to.level - from.level);
      const byValue = Math.sign(
        to.likelihood * to.consequence - from.likelihood * from.consequence,
      );
      const sign = byLevel !== 0 ? byLevel : byValue;
      direction = sign < 0 ? "lower" : sign > 0 ? "higher" : "same";
    }
    return { entry, from, to, direction };
  });
}
