/**
 * What one indicator row says, read once for every rule and for the Måluppfyllelse view: its
 * outcomes by year, its targets, which way is better, its breakdowns by year (from breakdown
 * columns or from Kvinnor / Män rows under it), its trend word, status, source and whether it
 * reports unexplained differences.
 */
import { TargetParse } from "../../calc/targets";
import { Settings } from "../../settings";
import { CELL_BLANK, CELL_ERROR, CELL_MISSING, SheetGrid } from "../grid";
import { cleanText } from "../text";
import { DirectionReading, readDirection } from "./direction";
import { BREAKDOWN_ROLES } from "./headers";
import {
  BreakdownPart,
  IndicatorRow,
  IndicatorSection,
  IndicatorTable,
  columnOf,
} from "./table";
import { readableTarget, targetAt } from "./targetCell";
import { Measure, valueAt } from "./values";

export interface MeasuredCell {
  row: number;
  col: number;
  measure: Measure;
}

export interface SeriesPoint extends MeasuredCell {
  year: number;
}

/** The breakdown of the value in one outcome column. */
export interface Breakdown {
  total: SeriesPoint;
  parts: Partial<Record<BreakdownPart, MeasuredCell>>;
}

export interface TextCell {
  col: number;
  text: string;
}

export interface TargetCell {
  col: number;
  parse: TargetParse;
}

export interface IndicatorFacts {
  row: IndicatorRow;
  section: IndicatorSection;
  /** Outcomes with a value, oldest first. */
  series: SeriesPoint[];
  etappmal?: TargetCell;
  malvarde?: TargetCell;
  direction: DirectionReading;
  breakdowns: Breakdown[];
  trend?: TextCell;
  status?: TextCell;
  /** The "Omotiverade skillnader?" cell; text "" when blank but the column exists. */
  unexplained?: TextCell;
  /** The Källa cell; text "" when blank but the column exists. */
  source?: TextCell;
  kolada?: TextCell;
}

function textCell(
  grid: SheetGrid,
  row: number,
  col: number | undefined,
): TextCell | undefined {
  if (col === undefined) return undefined;
  const kind = grid.kindAt(row, col);
  // An error value (#NAMN? where KOLL.MÅLUPPFYLLELSE is not installed) says nothing either.
  if (kind === CELL_BLANK || kind === CELL_MISSING || kind === CELL_ERROR)
    return { col, text: "" };
  const value = grid.value(row, col);
  return {
    col,
    text: cleanText(typeof value === "string" ? value : String(value)),
  };
}

function targetCell(
  grid: SheetGrid,
  row: number,
  col: number | undefined,
): TargetCell | undefined {
  if (col === undefined) return undefined;
  const parse = targetAt(grid, row, col);
  return parse ? { col, parse } : undefined;
}

function seriesOf(
  grid: SheetGrid,
  section: IndicatorSection,
  row: number,
): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (const column of section.outcomes) {
    const measure = valueAt(grid, row, column.col);
    if (measure)
      points.push({ row, col: column.col, year: column.year ?? 0, measure });
  }
  return points;
}

/**
 * The outcome column a breakdown column belongs to: the one of the same year, or without a
 * year ("Kvinnor") the row's latest outcome ("Kvinnor och Män avser det senaste utfallet").
 */
function outcomeColumnFor(
  section: IndicatorSection,
  year: number | undefined,
  series: readonly SeriesPoint[],
): number | undefined {
  if (year === undefined)
    return series.length > 0 ? series[series.length - 1].col : undefined;
  return section.outcomes.find((c) => c.year === year)?.col;
}

function breakdownsOf(
  grid: SheetGrid,
  section: IndicatorSection,
  row: IndicatorRow,
  series: readonly SeriesPoint[],
  children: readonly IndicatorRow[],
): Breakdown[] {
  const byCol = new Map<number, Breakdown>();
  const at = (col: number): Breakdown | undefined => {
    const total = series.find((p) => p.col === col);
    if (!total) return undefined;
    let entry = byCol.get(col);
    if (!entry) {
      entry = { total, parts: {} };
      byCol.set(col, entry);
    }
    return entry;
  };
  for (const child of children) {
    if (child.kind !== "breakdown" || !child.part) continue;
    for (const column of section.outcomes) {
      const measure = valueAt(grid, child.row, column.col);
      const entry = measure ? at(column.col) : undefined;
      if (entry && measure)
        entry.parts[child.part] = { row: child.row, col: column.col, measure };
    }
  }
  for (const column of section.columns) {
    const role = column.role;
    if (role === null || !(BREAKDOWN_ROLES as readonly string[]).includes(role))
      continue;
    const outcomeCol = outcomeColumnFor(section, column.year, series);
    if (outcomeCol === undefined) continue;
    const measure = valueAt(grid, row.row, column.col);
    const entry = measure ? at(outcomeCol) : undefined;
    if (entry && measure)
      entry.parts[role as BreakdownPart] = {
        row: row.row,
        col: column.col,
        measure,
      };
  }
  return [...byCol.values()].sort((a, b) => a.total.year - b.total.year);
}

function factsOf(
  grid: SheetGrid,
  table: IndicatorTable,
  row: IndicatorRow,
  children: readonly IndicatorRow[],
  settings: Settings,
): IndicatorFacts {
  const section = table.sections[row.section];
  const col = (role: Parameters<typeof columnOf>[1]) =>
    columnOf(section, role)?.col;
  const series = seriesOf(grid, section, row.row);
  const etappmal = targetCell(grid, row.row, col("etappmal"));
  const malvarde = targetCell(grid, row.row, col("malvarde"));
  const direction = readDirection(
    grid,
    row.row,
    row.label,
    row.kind === "indicator" ? col("direction") : undefined,
    row.kind === "indicator"
      ? [
          readableTarget(etappmal?.parse ?? null),
          readableTarget(malvarde?.parse ?? null),
        ]
      : [],
    row.kind === "indicator"
      ? settings
      : { ...settings, indicatorDirections: {} },
  );
  const facts: IndicatorFacts = {
    row,
    section,
    series,
    direction,
    breakdowns: breakdownsOf(grid, section, row, series, children),
  };
  if (etappmal) facts.etappmal = etappmal;
  if (malvarde) facts.malvarde = malvarde;
  const trend = textCell(grid, row.row, col("trend"));
  if (trend) facts.trend = trend;
  const status = textCell(grid, row.row, col("status"));
  if (status) facts.status = status;
  const unexplained = textCell(grid, row.row, col("unexplained"));
  if (unexplained) facts.unexplained = unexplained;
  const source = textCell(grid, row.row, col("source"));
  if (source) facts.source = source;
  const kolada = textCell(grid, row.row, col("kolada"));
  if (kolada) facts.kolada = kolada;
  return facts;
}

const cache = new WeakMap<
  IndicatorTable,
  WeakMap<Settings, IndicatorFacts[]>
>();

/** The facts of every indicator and varav row of a table (computed once per table and settings). */
export function indicatorFacts(
  grid: SheetGrid,
  table: IndicatorTable,
  settings: Settings,
): IndicatorFacts[] {
  let bySettings = cache.get(table);
  if (!bySettings) {
    bySettings = new WeakMap();
    cache.set(table, bySettings);
  }
  const cached = bySettings.get(settings);
  if (cached) return cached;
  const children = new Map<number, IndicatorRow[]>();
  for (const row of table.rows) {
    if (row.parentRow === undefined) continue;
    const list = children.get(row.parentRow) ?? [];
    list.push(row);
    children.set(row.parentRow, list);
  }
  const facts = table.rows
    .filter((row) => row.kind === "indicator" || row.kind === "varav")
    .map((row) =>
      factsOf(grid, table, row, children.get(row.row) ?? [], settings),
    );
  bySettings.set(settings, facts);
  return facts;
}
