/**
 * The choices a template is made from, as plain data: the task pane's Mallar tab and the
 * command line (`rapportkoll template KIND …`) fill in the same object.
 */
import { RiskScale } from "../riskScale";
import { CellEdit, Edit, SheetKind } from "../workbook";

export type TemplateKind = Exclude<SheetKind, "okand">;

/**
 * uppfoljning: Helår Budget/Prognos/Avvikelse + period Budget/Utfall/Avvikelse (delår, tertial).
 * budget: the nämndplan's Budget (B), Prognos (P), next year's budget and Förändring.
 * flerar: Bokslut, Budget and Plan years side by side. plan: investments Budget år … år+3.
 */
export type TemplateLayout = "uppfoljning" | "budget" | "flerar" | "plan";
export type TemplateLevel = "namnd" | "kommun";
export type TemplatePeriod =
  "jan-mar" | "jan-apr" | "jan-jun" | "jan-aug" | "jan-okt" | "helar";
export type TemplateUnit = "tkr" | "mnkr";
/** reinvestering: Reinvestering / Nyinvestering. exploatering: Exploateringsprojekt /
 * Investeringsprojekt, each with Genomförandeprojekt and Planeringsprojekt. */
export type InvestmentSections = "reinvestering" | "exploatering";

export interface TemplateOptions {
  kind: TemplateKind;
  /** The report's year: the budget year, or the year followed up. */
  year: number;
  unit: TemplateUnit;
  /** Default: "uppfoljning" (money tables); ignored by kinds without layouts. */
  layout?: TemplateLayout;
  /** Resultaträkning only. Default "namnd". */
  level?: TemplateLevel;
  /** Uppföljning only. Default "jan-apr". */
  period?: TemplatePeriod;
  /**
   * Driftredovisning: the user's own verksamheter or avdelningar, one per entry. An entry that
   * starts with white space or with the word "varav" is a Varav row of the entry above it.
   * Empty or absent: SCB's verksamhetsindelning.
   */
  verksamheter?: string[];
  /** Driftredovisning from SCB's list: Politisk verksamhet's four parts as Varav rows. */
  withVarav?: boolean;
  /** Investeringar only. Default "reinvestering". */
  sections?: InvestmentSections;
  /** Indikatorer, internkontroll, risk- och känslighetsanalys: the row labels to start with. */
  rows?: string[];
  /** Empty rows per block when no labels are given (projects, indicators, risks, posts). */
  rowCount?: number;
  /** Indikatorer: Kvinnor and Män columns for the latest outcome year. */
  withGender?: boolean;
  /** Indikatorer: how many outcome years (default 3, ending with `year`). */
  outcomeYears?: number;
  /** Indikatorer: the year of the long-term Målvärde (default 2030, or year + 4 after that). */
  targetYear?: number;
  /**
   * Write KOLL.* formulas where built-in Excel has no equivalent (Måluppfyllelse). Readers
   * without Rapportkoll then see #NAME?, so this is off unless the user asks.
   */
  kollFormulas?: boolean;
  /** Internkontroll: the scale written on the sheet. Default 4×4. */
  riskScale?: RiskScale;
  /** The sheet's name; default the kind's name. A clash gets " (2)", " (3)", … */
  sheetName?: string;
}

/** What a cell left for the user holds, so that callers (tests, samples) can fill it sensibly. */
export type InputColumn =
  | "label"
  | "budget"
  | "prognos"
  | "utfall"
  | "periodBudget"
  | "periodUtfall"
  | "previousUtfall"
  | "bokslut"
  | "plan"
  | "outcome"
  | "women"
  | "men"
  | "milestone"
  | "target"
  | "attainment"
  | "source"
  | "likelihood"
  | "consequence"
  | "text"
  | "status"
  | "positiveRisk"
  | "negativeRisk";

export interface TemplateInput {
  /** Zero-based sheet row and column. */
  row: number;
  col: number;
  column: InputColumn;
  /** The sign an amount takes under convention A (income +, costs −). */
  sign?: 1 | -1;
  /** For amounts: whether the row is a Varav detail of a parent above it. */
  varav?: boolean;
}

export interface TemplateResult {
  sheetName: string;
  kind: TemplateKind;
  /** Starts with {op:"addSheet"} and {op:"recordKind"}; apply as one batch. */
  edits: Edit[];
  /** The cells left for the user to fill, top to bottom, left to right. */
  inputs: TemplateInput[];
  /** For the "what will be created" text. */
  summary: TemplateSummary;
}

export interface TemplateSummary {
  title: string;
  /** The columns after the label column; a group's columns as one entry ("Helår 2024: Budget, Prognos, Avvikelse"). */
  columns: string[];
  /** Table rows (items, headings, totals), excluding title, headers and notes. */
  rows: number;
  /** Rows that are totals written as formulas. */
  totals: number;
  /** Cells holding formulas. */
  formulas: number;
}

/** Cell content and style as the builders produce them, before they become Edits. */
export type CellWrite = Omit<CellEdit, "op" | "sheet">;
