/**
 * A rule is one check, in one file, in the shape of an ESLint rule: an id, a severity, a title
 * in both languages, the kinds of sheet it applies to, and a check that returns findings
 * (each carrying its own fix). New checks are new files listed in index.ts.
 */
import { Finding, Fix, Severity } from "../findings";
import { AnalysedSheet } from "../layout/registry";
import { ColumnInfo, RowInfo, SheetLayout } from "../layout/types";
import { SheetGrid } from "../layout/grid";
import { Settings } from "../settings";
import { SheetKind, SheetSnapshot } from "../workbook";
import { DeviationEvaluation } from "./evaluate/deviations";
import { PercentCheck } from "./evaluate/percentages";
import { TotalCheck } from "./evaluate/totals";

export interface Rule {
  id: string;
  severity: Severity;
  title: { sv: string; en: string };
  appliesTo: readonly SheetKind[];
  check(ctx: RuleContext): Finding[];
}

/** What a finding says beyond where it is. */
export interface FindingDetails {
  message: string;
  messageEn: string;
  expected?: number | string | null;
  actual?: number | string | null;
  related?: string[];
  fix?: Fix;
}

/** Row roles and flows in ValueRowIndex. */
export const ROW_ITEM = 1;
export const ROW_TOTAL = 2;
export const ROW_PERCENT = 3;
export const FLOW_INCOME = 1;
export const FLOW_COST = 2;

/**
 * The value rows as parallel typed arrays: loops over every row read these instead of the
 * RowInfo objects, which on a big sheet are scattered through memory.
 */
export interface ValueRowIndex {
  length: number;
  /** Sheet rows, in order. */
  rows: Int32Array;
  /** ROW_ITEM, ROW_TOTAL or ROW_PERCENT. */
  roles: Uint8Array;
  /** 0, FLOW_INCOME or FLOW_COST. */
  flows: Uint8Array;
}

export interface RuleContext {
  readonly sheet: SheetSnapshot;
  readonly layout: SheetLayout;
  readonly grid: SheetGrid;
  readonly settings: Settings;
  /** Every sheet of the workbook in tab order, for checks across sheets. */
  readonly workbook: readonly AnalysedSheet[];
  /** Rows of the table body with figures (items, totals, rows of percentages), in order. */
  readonly valueRows: readonly RowInfo[];
  /** The same rows as typed arrays, for loops over every row. */
  readonly index: ValueRowIndex;
  /** The number at a cell: a number, or text read the Swedish way; null otherwise. */
  number(row: number, col: number): number | null;
  /** True when the cell holds a number stored as text. */
  isTextNumber(row: number, col: number): boolean;
  /** True when the cell is empty. */
  isBlank(row: number, col: number): boolean;
  formula(row: number, col: number): string | null;
  a1(row: number, col: number): string;
  rowLabel(row: number): string;
  columnHeader(col: number): string;
  row(row: number): RowInfo | undefined;
  column(col: number): ColumnInfo | undefined;
  /** "Bostäder" (rad 7): how messages name a row. */
  rowRef(row: number): string;
  /** The same in English: "Bostäder" (row 7). */
  rowRefEn(row: number): string;
  /** A number the Swedish way at the column's printed precision (−1 741, 45,4). */
  fmt(value: number, col: number, signed?: boolean): string;
  /** The number format to give a cell that receives a number in this column, if it needs one. */
  formatForNumber(
    row: number,
    col: number,
    percent?: boolean,
  ): string | undefined;
  /** A finding on a cell with sheet, address, row label and column header filled in. */
  finding(
    rule: Rule,
    row: number,
    col: number,
    details: FindingDetails,
  ): Finding;
  /** Every total cell compared with its parts (computed once per sheet). */
  totals(): readonly TotalCheck[];
  /** Every avvikelse cell compared with outcome − budget (computed once per sheet). */
  deviations(): DeviationEvaluation;
  /** Every percentage cell compared with the change it describes (computed once per sheet). */
  percentages(): readonly PercentCheck[];
  /**
   * Whether a computed column's pairing holds: always for pairings named by the header, and
   * for pairings by position only when the figures confirm them (computed once per column).
   */
  confirmed(column: ColumnInfo): boolean;
}

/** The kinds of money tables the financial rules apply to. */
export const FINANCIAL_KINDS: readonly SheetKind[] = [
  "resultatrakning",
  "driftredovisning",
  "investeringar",
  "riskanalys",
];
