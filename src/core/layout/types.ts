/**
 * What recognition learns about a sheet: its kind, title and unit, what each column holds and
 * what each row is (item, heading, total of which rows). Rules, the task pane's fills and the
 * command line all read a sheet through this layout, so its shape is a contract.
 */
import { Unit } from "../numbers";
import { SheetKind } from "../workbook";

export type ColumnRole =
  | "label"
  | "budget"
  | "prognos"
  | "utfall"
  | "avvikelse"
  | "forandring"
  | "forandringProcent"
  | "avvikelseProcent"
  | "bokslut"
  | "plan"
  | "year"
  | "positivRisk"
  | "negativRisk"
  | "text"
  | "unknown";

export interface ColumnInfo {
  /** Sheet column, 0-based. */
  col: number;
  role: ColumnRole;
  /** The header as printed, normalised ("Budget 2020", broken words joined). */
  header: string;
  /** The group header above it ("Helår", "Jan-apr"). */
  group?: string;
  year?: number;
  /** For avvikelse, förändring and percentages: the columns it is computed from. */
  from?: number;
  to?: number;
  /** Printed precision: digits after the decimal comma (of the percentage for % columns). */
  decimals?: number;
  /** The column holds percentages. */
  percent?: boolean;
  /**
   * Förändring: which way the printed difference runs. Nämndplaner print old − new
   * ("Förändring B 2023-B 2024" = B2023 − B2024), others new − old; the data decides.
   * Avvikelse (and Avvikelse %): "toMinusFrom" is outcome − budget on every row (convention A),
   * "fromMinusTo" is favourable-positive with costs positive (convention B).
   */
  direction?: "toMinusFrom" | "fromMinusTo";
  /** Förändring %: the base of the change (the old value or the new one). */
  base?: "from" | "to";
  /** Percentages stored as percentage points (35) rather than ratios (0.35). */
  percentPoints?: boolean;
  /**
   * How `from`/`to` were found: from the header or the column's group ("header"), or only by
   * position (the nearest columns before it). A pairing by position is checked only where the
   * figures confirm it, so a misread pairing never turns into errors.
   */
  pairedBy?: "header" | "position";
}

export type RowRole =
  | "title"
  | "header"
  | "item"
  | "heading"
  | "blank"
  | "total"
  | "note"
  /** A row of percentages, each the change between its neighbouring columns in the row above. */
  | "percent";

/** How a total was found: its label, the structure (a subtotal above its parts), a Varav block, its formulas. */
export type TotalSource = "label" | "above" | "varav" | "formula";

export interface RowInfo {
  /** Sheet row, 0-based. */
  row: number;
  role: RowRole;
  /** The label as printed (trimmed), "" when the row has none. */
  label: string;
  /** For totals: the sheet rows summed. */
  parts?: number[];
  /** For totals: rows subtracted (a net result printed as income − costs). */
  minus?: number[];
  /** Depth in the hierarchy: 0 for top-level rows, 1 for their parts, … */
  level?: number;
  /** The total (or Varav parent) this row belongs to. */
  parentRow?: number;
  totalSource?: TotalSource;
  /**
   * A total printed as one figure over several columns (Nettorisk = Σ positiv + Σ negativ):
   * the columns its parts are summed over.
   */
  acrossColumns?: number[];
  /** Of `acrossColumns`, those subtracted (negative risks printed as positive amounts). */
  acrossMinusColumns?: number[];
  /** A detail row under a Varav parent. */
  varav?: boolean;
  /** For percent rows: the row whose change from column to column they show. */
  percentOf?: number;
  /** Income or cost, as far as the label tells (for signs and the direction of avvikelse). */
  flow?: "income" | "cost";
}

export interface SheetLayout {
  sheet: string;
  kind: SheetKind;
  title: string;
  unit?: Unit;
  headerRows: number[];
  labelCol: number;
  columns: ColumnInfo[];
  /** One entry per row of the used range, in order: rows[i].row === firstRow + i. */
  rows: RowInfo[];
  signConvention: "A" | "B";
  percentBase: "from" | "to";
  recognisedBy: "record" | "content" | "override";
  /** First and last sheet rows of the table body (-1 when the sheet has none). */
  dataStart: number;
  dataEnd: number;
}

/** The RowInfo of a sheet row, or undefined outside the used range. */
export function rowInfoAt(
  layout: SheetLayout,
  row: number,
): RowInfo | undefined {
  const first = layout.rows.length > 0 ? layout.rows[0].row : 0;
  return layout.rows[row - first];
}

/** The ColumnInfo of a sheet column, or undefined outside the used range. */
export function columnInfoAt(
  layout: SheetLayout,
  col: number,
): ColumnInfo | undefined {
  const first = layout.columns.length > 0 ? layout.columns[0].col : 0;
  return layout.columns[col - first];
}

/** Amount columns: summed in totals (percentages and text are not). */
const AMOUNT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "budget",
  "prognos",
  "utfall",
  "avvikelse",
  "forandring",
  "bokslut",
  "plan",
  "year",
  "positivRisk",
  "negativRisk",
  "unknown",
]);

export function isAmountColumn(column: ColumnInfo): boolean {
  return AMOUNT_ROLES.has(column.role) && !column.percent;
}

/** Columns that hold figures of their own (not computed from other columns). */
const BASE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "budget",
  "prognos",
  "utfall",
  "bokslut",
  "plan",
  "year",
  "positivRisk",
  "negativRisk",
  "unknown",
]);

export function isBaseAmountColumn(column: ColumnInfo): boolean {
  return BASE_ROLES.has(column.role) && !column.percent;
}

/** Outcome columns: what a budget is compared with. */
export function isOutcomeRole(role: ColumnRole): boolean {
  return role === "prognos" || role === "utfall" || role === "bokslut";
}

/** The header as shown to the user: "Avvikelse (Helår)". */
export function displayHeader(column: ColumnInfo | undefined): string {
  if (!column) return "";
  if (column.group && column.header)
    return `${column.header} (${column.group})`;
  return column.header || column.group || "";
}
