/**
 * An internal-control plan read as a risk table: where its header is, which column holds each
 * field (risk, sannolikhet, konsekvens, riskvärde, risknivå, åtgärd, ägare, tidplan, status),
 * one or two assessments (brutto before åtgärd, netto after), and which rows are risks. Both
 * the recogniser and the Risk tab read sheets through it.
 */
import {
  CELL_BLANK,
  CELL_BOOLEAN,
  CELL_NUMBER,
  CELL_TEXT_NUMBER,
  SheetGrid,
} from "./grid";
import {
  RiskField,
  RiskHeaderMeaning,
  RiskStage,
  isRiskHeader,
  riskHeaderMeaning,
  stageIn,
} from "./riskColumns";
import { cleanText } from "./text";

/** Tables start near the top; a header further down is not looked for. */
const HEADER_SCAN_ROWS = 40;
/** A row holding only a short text in the risk column is a heading ("Informationssäkerhet"). */
const HEADING_MAX_LENGTH = 80;

export type RiskTextField =
  | "id"
  | "risk"
  | "background"
  | "action"
  | "owner"
  | "deadline"
  | "status"
  | "comment";

export interface RiskAssessmentColumns {
  stage: RiskStage;
  likelihood: number;
  consequence: number;
  value?: number;
  level?: number;
}

export interface RiskColumn {
  col: number;
  header: string;
  group?: string;
  meaning: RiskHeaderMeaning | null;
}

export type RiskRowRole =
  "title" | "header" | "heading" | "item" | "blank" | "note";

export interface RiskTable {
  /** The header rows, the main one last (a group row "Bruttorisk | Nettorisk" above it). */
  headerRows: number[];
  columns: RiskColumn[];
  fields: Partial<Record<RiskTextField, number>>;
  /** The brutto assessment first when the sheet has both. */
  assessments: RiskAssessmentColumns[];
  /** The column naming each risk (the label column of the layout). */
  riskCol: number;
  /** Role of every row of the used range, rowRoles[i] for sheet row grid.top + i. */
  rowRoles: RiskRowRole[];
  /** Sheet rows holding a risk, in order. */
  riskRows: number[];
  /** First and last rows of the body, -1 when the table has none. */
  dataStart: number;
  dataEnd: number;
}

function cellText(grid: SheetGrid, row: number, col: number): string {
  const value = grid.value(row, col);
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") return String(value);
  return "";
}

function rowFields(grid: SheetGrid, row: number): Set<RiskField> {
  const fields = new Set<RiskField>();
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const meaning = riskHeaderMeaning(grid.text(row, c));
    if (meaning) fields.add(meaning.field);
  }
  return fields;
}

/**
 * Cells of a row that may hold text (everything but blanks, numbers and booleans): at least as
 * many as the risk fields the row can name.
 */
function textCellsIn(grid: SheetGrid, row: number): number {
  const base = (row - grid.top) * grid.width;
  let count = 0;
  for (let i = base; i < base + grid.width; i += 1) {
    const kind = grid.kind[i];
    if (kind !== CELL_BLANK && kind !== CELL_NUMBER && kind !== CELL_BOOLEAN)
      count += 1;
  }
  return count;
}

/** The row naming the most risk fields among the first rows, or -1 when none is a risk header. */
export function findRiskHeaderRow(grid: SheetGrid): number {
  let best = -1;
  let bestCount = 0;
  const end = Math.min(grid.top + grid.height, grid.top + HEADER_SCAN_ROWS);
  for (let r = grid.top; r < end; r += 1) {
    // A risk header names at least two fields, each in a text cell: rows of figures with one
    // label are passed over without reading their words.
    if (textCellsIn(grid, r) < 2) continue;
    const fields = rowFields(grid, r);
    if (!isRiskHeader(fields)) continue;
    if (fields.size > bestCount) {
      best = r;
      bestCount = fields.size;
    }
  }
  return best;
}

/** Group texts spread rightwards over the columns they stand above (merged cells keep theirs in the first). */
function spread(grid: SheetGrid, row: number): string[] {
  const texts = new Array<string>(grid.width).fill("");
  let current = "";
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const text = cellText(grid, row, c);
    if (text !== "") current = text;
    texts[c - grid.left] = current;
  }
  return texts;
}

/** A row above the header that groups its columns: stage words, or several group texts. */
function isGroupRow(grid: SheetGrid, row: number): boolean {
  if (row < grid.top) return false;
  let texts = 0;
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const text = cellText(grid, row, c);
    if (text === "") continue;
    if (stageIn(text)) return true;
    texts += 1;
  }
  return texts >= 2 && !isRiskHeader(rowFields(grid, row));
}

function readColumns(
  grid: SheetGrid,
  headerRow: number,
  groupRow: number | null,
): RiskColumn[] {
  const groups = groupRow === null ? null : spread(grid, groupRow);
  const columns: RiskColumn[] = [];
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    let header = cellText(grid, headerRow, c);
    let group = groups ? groups[c - grid.left] : "";
    // A header merged over both rows keeps its text in the upper cell.
    if (header === "" && groupRow !== null) {
      const own = cellText(grid, groupRow, c);
      if (own !== "" && riskHeaderMeaning(own)) {
        header = own;
        group = "";
      }
    }
    let meaning = riskHeaderMeaning(header);
    if (meaning && !meaning.stage && group !== "") {
      const stage = stageIn(group);
      if (stage) meaning = { ...meaning, stage };
    }
    columns.push({
      col: c,
      header,
      ...(group !== "" ? { group } : {}),
      meaning,
    });
  }
  return columns;
}

interface StagedColumn {
  col: number;
  stage?: "brutto" | "netto";
}

/**
 * Pairs the sannolikhet, konsekvens, riskvärde and risknivå columns into assessments. Headers
 * and group headers name the stage; unnamed columns take the stage the named ones leave over,
 * or, with no names at all, the first set is brutto and the second netto.
 */
function assessmentsOf(
  columns: readonly RiskColumn[],
): RiskAssessmentColumns[] {
  const byField = (field: RiskField): StagedColumn[] =>
    columns
      .filter((c) => c.meaning?.field === field)
      .map((c) =>
        c.meaning?.stage
          ? { col: c.col, stage: c.meaning.stage }
          : { col: c.col },
      );
  const likelihood = byField("likelihood");
  const consequence = byField("consequence");
  const value = byField("value");
  const level = byField("level");
  const named = [...likelihood, ...consequence].some((c) => c.stage);

  const pick = (
    list: StagedColumn[],
    stage: "brutto" | "netto",
    index: number,
  ): number | undefined => {
    if (named) {
      const own = list.find((c) => c.stage === stage);
      if (own) return own.col;
      const namedStages = new Set(
        list.filter((c) => c.stage).map((c) => c.stage),
      );
      if (namedStages.has(stage)) return undefined;
      return list.find((c) => !c.stage)?.col;
    }
    return list[index]?.col;
  };

  const sets = Math.max(likelihood.length, consequence.length);
  if (sets === 0) return [];
  const stages: ("brutto" | "netto")[] = [];
  if (named) {
    for (const stage of ["brutto", "netto"] as const) {
      const s = pick(likelihood, stage, 0);
      const k = pick(consequence, stage, 0);
      if (s !== undefined && k !== undefined && !stages.includes(stage))
        stages.push(stage);
    }
  } else {
    stages.push("brutto");
    if (sets >= 2) stages.push("netto");
  }
  const result: RiskAssessmentColumns[] = [];
  stages.forEach((stage, index) => {
    const s = pick(likelihood, stage, index);
    const k = pick(consequence, stage, index);
    if (s === undefined || k === undefined || s === k) return;
    const v = pick(value, stage, index);
    const l = pick(level, stage, index);
    result.push({
      stage,
      likelihood: s,
      consequence: k,
      ...(v !== undefined ? { value: v } : {}),
      ...(l !== undefined ? { level: l } : {}),
    });
  });
  if (result.length === 1 && !named) result[0].stage = "single";
  return result;
}

function fieldsOf(
  columns: readonly RiskColumn[],
): Partial<Record<RiskTextField, number>> {
  const fields: Partial<Record<RiskTextField, number>> = {};
  const textFields: RiskTextField[] = [
    "id",
    "risk",
    "background",
    "action",
    "owner",
    "deadline",
    "status",
    "comment",
  ];
  for (const column of columns) {
    const field = column.meaning?.field as RiskTextField | undefined;
    if (field && textFields.includes(field) && fields[field] === undefined)
      fields[field] = column.col;
  }
  return fields;
}

function hasContent(
  grid: SheetGrid,
  row: number,
  col: number | undefined,
): boolean {
  if (col === undefined) return false;
  const kind = grid.kindAt(row, col);
  return kind !== CELL_BLANK;
}

/**
 * Reads the risk table of a sheet; null when the sheet has no header naming risk fields
 * (Risk with Åtgärd, Tidplan …, or Sannolikhet with Konsekvens).
 */
export function readRiskTable(grid: SheetGrid): RiskTable | null {
  const headerRow = findRiskHeaderRow(grid);
  if (headerRow < 0) return null;
  const groupRow = isGroupRow(grid, headerRow - 1) ? headerRow - 1 : null;
  const columns = readColumns(grid, headerRow, groupRow);
  const fields = fieldsOf(columns);
  const assessments = assessmentsOf(columns);
  const riskCol =
    fields.risk ??
    fields.background ??
    fields.action ??
    columns.find((c) => c.meaning === null)?.col ??
    grid.left;
  const headerRows = groupRow === null ? [headerRow] : [groupRow, headerRow];

  const assessmentCols = new Set<number>();
  for (const a of assessments)
    for (const col of [a.likelihood, a.consequence, a.value, a.level])
      if (col !== undefined) assessmentCols.add(col);
  const otherFieldCols = columns
    .filter(
      (c) => c.meaning !== null && c.col !== riskCol && c.col !== fields.id,
    )
    .map((c) => c.col);

  const rowRoles = new Array<RiskRowRole>(grid.height).fill("blank");
  const riskRows: number[] = [];
  const headings: number[] = [];
  for (let r = grid.top; r < grid.top + grid.height; r += 1) {
    const i = r - grid.top;
    let content = false;
    for (let c = grid.left; c < grid.left + grid.width && !content; c += 1)
      content = grid.kindAt(r, c) !== CELL_BLANK;
    if (!content) continue;
    if (r < headerRows[0]) {
      rowRoles[i] = "title";
      continue;
    }
    if (r <= headerRow) {
      rowRoles[i] = "header";
      continue;
    }
    if (isRiskHeader(rowFields(grid, r))) {
      rowRoles[i] = "header";
      continue;
    }
    const assessed = [...assessmentCols].some((c) => {
      const kind = grid.kindAt(r, c);
      return kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER;
    });
    const other = otherFieldCols.some((c) => hasContent(grid, r, c));
    const riskText = cellText(grid, r, riskCol);
    if (!assessed && !other) {
      const short =
        riskText.length <= HEADING_MAX_LENGTH && !/^risk/i.test(riskText);
      if (riskText === "" || short) {
        rowRoles[i] = "heading";
        headings.push(r);
        continue;
      }
    }
    rowRoles[i] = "item";
    riskRows.push(r);
  }
  // Headings after the last risk are notes under the table ("* Skala 1–4").
  const last = riskRows.length > 0 ? riskRows[riskRows.length - 1] : headerRow;
  for (const r of headings) if (r > last) rowRoles[r - grid.top] = "note";

  return {
    headerRows,
    columns,
    fields,
    assessments,
    riskCol,
    rowRoles,
    riskRows,
    dataStart: riskRows.length > 0 ? headerRow + 1 : -1,
    dataEnd: riskRows.length > 0 ? last : -1,
  };
}

/** One risk as the Risk tab and the matrix show it. */
export interface RiskEntry {
  row: number;
  /** The id as printed ("R3"), or "" when the sheet has none. */
  id: string;
  /** The risk as written, its spaces and line breaks collapsed. */
  text: string;
  /** Sannolikhet and konsekvens per assessment (same order as table.assessments); NaN when missing. */
  steps: { likelihood: number; consequence: number }[];
}

/** The risks of a table with their steps, read from the grid. */
export function riskEntries(grid: SheetGrid, table: RiskTable): RiskEntry[] {
  return table.riskRows.map((row) => ({
    row,
    id:
      table.fields.id !== undefined ? cellText(grid, row, table.fields.id) : "",
    text: cellText(grid, row, table.riskCol),
    steps: table.assessments.map((a) => ({
      likelihood: grid.number(row, a.likelihood),
      consequence: grid.number(row, a.consequence),
    })),
  }));
}
