/**
 * An indicator table as recognised: one or more sections (a måttabell pasted from a
 * verksamhetsplan repeats its header before every group of indicators, often with other years),
 * each with its columns and rows. A row is an indicator, a "varav" row under one (nested by
 * dashes: "- varav", "-- varav (%)"), a breakdown row (Kvinnor, Män, Lägsta, Högsta) or a
 * heading. The rules and the Måluppfyllelse view read indicator sheets through this.
 */
import { IndicatorColumnRole } from "./headers";

export interface IndicatorColumn {
  /** Sheet column, 0-based. */
  col: number;
  role: IndicatorColumnRole | null;
  /** The header as printed (with its group header, if any): "Kvinnor 2017". */
  header: string;
  year?: number;
}

export type IndicatorRowKind = "indicator" | "varav" | "breakdown" | "heading";

/** What a breakdown row or column holds. */
export type BreakdownPart = "women" | "men" | "lowest" | "highest";

/** How a breakdown relates to the total: counts add up, shares and indices lie between. */
export type MeasureKind = "count" | "share" | "other";

export interface IndicatorRow {
  /** Sheet row, 0-based. */
  row: number;
  kind: IndicatorRowKind;
  /** The label as printed (cleaned). */
  label: string;
  /** Index of the section the row is in. */
  section: number;
  /** 0 for indicators, the number of dashes for varav rows, parent's + 1 for breakdowns. */
  level: number;
  /** For varav and breakdown rows: the row they belong to. */
  parentRow?: number;
  /** For varav rows: a share of the parent ("- varav (%) Småhus"). */
  share?: boolean;
  /** For breakdown rows: what they hold. */
  part?: BreakdownPart;
  measure: MeasureKind;
}

export interface IndicatorSection {
  /** The header row (the lower one, when the header is split over two rows). */
  headerRow: number;
  /** Header rows of the section, top to bottom. */
  headerRows: number[];
  labelCol: number;
  /** The section's columns with a role, left to right. */
  columns: IndicatorColumn[];
  /** Outcome columns sorted by year, oldest first. */
  outcomes: IndicatorColumn[];
  /** First and last sheet rows of the section's body. */
  firstRow: number;
  lastRow: number;
}

export interface IndicatorTable {
  sections: IndicatorSection[];
  /** Indicator, varav, breakdown and heading rows in sheet order. */
  rows: IndicatorRow[];
  /** Title text above the first header, "" when there is none. */
  title: string;
  titleRows: number[];
  /** The rows above by sheet row. */
  byRow: ReadonlyMap<number, IndicatorRow>;
}

/** The first column of a section with the role, or undefined. */
export function columnOf(
  section: IndicatorSection,
  role: IndicatorColumnRole,
): IndicatorColumn | undefined {
  return section.columns.find((c) => c.role === role);
}

export function columnsOf(
  section: IndicatorSection,
  role: IndicatorColumnRole,
): IndicatorColumn[] {
  return section.columns.filter((c) => c.role === role);
}

/** The row entry of a sheet row, or undefined. */
export function indicatorRowAt(
  table: IndicatorTable,
  row: number,
): IndicatorRow | undefined {
  return table.byRow.get(row);
}
