/**
 * Goal attainment per indicator sheet, for the task pane's Måluppfyllelse view: every
 * indicator with a target is Uppfyllt, Delvis uppfyllt, Ej uppfyllt or Ej bedömd — as its
 * Måluppfyllelse column says, or else as its latest outcome against its Etappmål (else its
 * Målvärde) says, by calc/targets.ts's assessTarget (KOLL.MÅLUPPFYLLELSE's logic). Indicators
 * whose assessment needs a direction nobody gave are marked, so the pane can ask for it.
 */
import {
  Measured,
  Target,
  TargetStatus,
  assessTarget,
} from "../../calc/targets";
import { Settings } from "../../settings";
import { SheetSnapshot, WorkbookSnapshot, toA1 } from "../../workbook";
import { SheetGrid } from "../grid";
import { analyzeSheet } from "../registry";
import { normalizeLabel } from "../text";
import { DirectionReading } from "./direction";
import { IndicatorFacts, SeriesPoint, indicatorFacts } from "./facts";
import { IndicatorTable } from "./table";
import { indicatorTableOf } from "./tableOf";
import { readableTarget } from "./targetCell";
import { ATTAINMENT_WORDS, attainmentWord, trendWord } from "./vocabulary";
import { onScaleOf } from "./values";

export interface IndicatorAttainment {
  row: number;
  label: string;
  /** A1 address of the indicator's label cell. */
  cell: string;
  /** The target assessed (the Etappmål, else the Målvärde), as written. */
  targetText?: string;
  /** The latest outcome, as a value and its year. */
  outcome?: SeriesPoint;
  /** From the Måluppfyllelse column, when it holds one of the four words. */
  stated: TargetStatus | null;
  /** From the target and the outcomes; null when there is no target to assess. */
  computed: TargetStatus | null;
  /** What is counted: the stated status, else the computed one. */
  status: TargetStatus | null;
  direction: DirectionReading;
  /** No direction is known, and the assessment or the trend check needs one. */
  needsDirection: boolean;
}

/** The body of a section's Måluppfyllelse column (sheet rows, inclusive). */
export interface StatusColumn {
  col: number;
  top: number;
  bottom: number;
}

export interface SheetAttainment {
  sheet: string;
  /** Indicators with a status, a question about their direction, or a direction the user chose. */
  indicators: IndicatorAttainment[];
  counts: Record<TargetStatus, number>;
  /** Indicators followed without a target ("Indikator", blank). */
  monitored: number;
  statusColumns: StatusColumn[];
  /** Sections without a Måluppfyllelse column: where one would go (header row, body rows). */
  missingStatusColumns: {
    headerRow: number;
    rows: { row: number; status: TargetStatus | null }[];
  }[];
  /** The first column right of everything on the sheet (for a new Måluppfyllelse column). */
  freeCol: number;
}

function measured(point: SeriesPoint | undefined): Measured | null {
  return point
    ? { value: point.measure.value, percent: point.measure.percent }
    : null;
}

/**
 * The value of a reference ("> Länssnitt") in the same year: a row of the sheet named after the
 * indicator and the reference ("Kommunal skattesats - Länssnitt").
 */
function comparisonFor(
  facts: readonly IndicatorFacts[],
  fact: IndicatorFacts,
  reference: string,
  latest: SeriesPoint,
): Measured | null {
  const word = normalizeLabel(reference);
  const stem = normalizeLabel(fact.row.label).split(" - ")[0];
  const other = facts.find((f) => {
    const label = normalizeLabel(f.row.label);
    return f !== fact && label.includes(word) && label.startsWith(stem);
  });
  const point = other?.series.find((p) => p.col === latest.col);
  return point
    ? {
        value: onScaleOf(latest.measure, point.measure),
        percent: latest.measure.percent,
      }
    : null;
}

function assess(
  facts: readonly IndicatorFacts[],
  fact: IndicatorFacts,
): IndicatorAttainment {
  const etapp = readableTarget(fact.etappmal?.parse ?? null);
  const mal = readableTarget(fact.malvarde?.parse ?? null);
  const target: Target | null =
    etapp && etapp.kind !== "none"
      ? etapp
      : mal && mal.kind !== "none"
        ? mal
        : null;
  const latest = fact.series[fact.series.length - 1];
  const previous = fact.series[fact.series.length - 2];
  const stated = fact.status ? attainmentWord(fact.status.text) : null;
  let computed: TargetStatus | null = null;
  if (target) {
    const comparison =
      target.kind === "reference" && latest
        ? comparisonFor(facts, fact, target.reference, latest)
        : null;
    computed = assessTarget(target, measured(latest), {
      previous: measured(previous),
      direction: fact.direction.effective,
      comparison,
    });
  }
  const trend = fact.trend ? trendWord(fact.trend.text)?.word : undefined;
  const changed =
    latest !== undefined &&
    previous !== undefined &&
    latest.measure.value !== onScaleOf(latest.measure, previous.measure);
  const needsDirection =
    fact.direction.effective === null &&
    ((target?.kind === "level" && latest !== undefined) ||
      (target?.kind === "change" && target.change === "keep" && changed) ||
      ((trend === "Positiv" || trend === "Negativ") &&
        fact.series.length >= 2));
  return {
    row: fact.row.row,
    label: fact.row.label,
    cell: toA1(fact.row.row, fact.section.labelCol),
    ...(target ? { targetText: target.text } : {}),
    ...(latest ? { outcome: latest } : {}),
    stated,
    computed,
    status: stated ?? computed,
    direction: fact.direction,
    needsDirection,
  };
}

function statusColumns(table: IndicatorTable): StatusColumn[] {
  const columns: StatusColumn[] = [];
  table.sections.forEach((section, index) => {
    const column = section.columns.find((c) => c.role === "status");
    const rows = table.rows.filter((r) => r.section === index);
    if (!column || rows.length === 0) return;
    columns.push({
      col: column.col,
      top: section.firstRow,
      bottom: rows[rows.length - 1].row,
    });
  });
  return columns;
}

/** The goal attainment of one analysed indicator sheet. */
export function sheetAttainment(
  sheet: SheetSnapshot,
  grid: SheetGrid,
  table: IndicatorTable,
  settings: Settings,
): SheetAttainment {
  const facts = indicatorFacts(grid, table, settings);
  const counts = Object.fromEntries(
    ATTAINMENT_WORDS.map((w) => [w, 0]),
  ) as Record<TargetStatus, number>;
  const indicators: IndicatorAttainment[] = [];
  const byRow = new Map<number, IndicatorAttainment>();
  let monitored = 0;
  for (const fact of facts) {
    if (fact.row.kind !== "indicator") continue;
    const attainment = assess(facts, fact);
    byRow.set(fact.row.row, attainment);
    if (attainment.status) counts[attainment.status] += 1;
    else monitored += 1;
    if (
      attainment.status ||
      attainment.needsDirection ||
      attainment.direction.declaredBy === "settings"
    )
      indicators.push(attainment);
  }
  const missingStatusColumns = table.sections
    .map((section, index) => ({ section, index }))
    .filter(({ section }) => !section.columns.some((c) => c.role === "status"))
    .map(({ section, index }) => ({
      headerRow: section.headerRow,
      rows: table.rows
        .filter((r) => r.section === index && r.kind === "indicator")
        .map((r) => ({
          row: r.row,
          status: byRow.get(r.row)?.computed ?? null,
        })),
    }));
  return {
    sheet: sheet.name,
    indicators,
    counts,
    monitored,
    statusColumns: statusColumns(table),
    missingStatusColumns,
    freeCol: grid.left + grid.width,
  };
}

/** Goal attainment of every indicator sheet of a workbook, in tab order. */
export function workbookAttainment(
  snapshot: WorkbookSnapshot,
  settings: Settings,
): SheetAttainment[] {
  const result: SheetAttainment[] = [];
  for (const sheet of snapshot.sheets) {
    const analysed = analyzeSheet(sheet, settings);
    if (analysed.layout.kind !== "indikatorer") continue;
    const table = indicatorTableOf(analysed.layout, analysed.grid);
    if (table.sections.length === 0) continue;
    result.push(sheetAttainment(sheet, analysed.grid, table, settings));
  }
  return result;
}
