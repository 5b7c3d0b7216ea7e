/**
 * Turns a workbook read by exceljs into the WorkbookSnapshot that Office.js would have given
 * the task pane: per sheet the used range's values (numbers, text, booleans, "" for blank,
 * dates as serial numbers, error values as "#DIV/0!"), formulas ("=SUM(B3:B9)" where a cell
 * has one, else its constant) and number formats, plus the recorded kind, protection and
 * hidden rows and columns. A formula cell without a cached result is left blank and listed,
 * so that nobody guesses its value.
 */
import type * as ExcelJS from "exceljs";
import { excelJs } from "../exceljs";
import {
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
  toA1,
} from "../../core/workbook";
import { InputError } from "../errors";
import { XlsxFacts } from "./inspect";

/** A used range larger than this is refused: Excel itself could not hand it to an add-in. */
export const MAX_SHEET_CELLS = 5_000_000;

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel's day 0) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and the 1904 date systems. */
const DATE1904_OFFSET = 1462;

export interface ConvertedWorkbook {
  snapshot: WorkbookSnapshot;
  /** Sheet name → A1 addresses of formula cells that have no cached result. */
  uncached: Map<string, Set<string>>;
}

interface ConvertedCell {
  value: CellValue;
  formula: CellValue;
  uncached: boolean;
}

function dateToSerial(date: Date, date1904: boolean): number {
  return (
    date.getTime() / MS_PER_DAY +
    UNIX_EPOCH_SERIAL -
    (date1904 ? DATE1904_OFFSET : 0)
  );
}

function richTextOf(value: unknown): string | null {
  if (value && typeof value === "object" && "richText" in value) {
    const runs = (value as ExcelJS.CellRichTextValue).richText;
    return Array.isArray(runs)
      ? runs.map((run) => run.text ?? "").join("")
      : "";
  }
  return null;
}

/** A plain value (a constant or a formula's cached result) as Office.js reports it. */
function plainValue(value: unknown, date1904: boolean): CellValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number")
    return Number.isFinite(value) ? value : "#NUM!";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if (typeof value === "object") {
    const rich = richTextOf(value);
    if (rich !== null) return rich;
    if ("error" in value)
      return String((value as ExcelJS.CellErrorValue).error);
    if ("text" in value) {
      const text = (value as { text: unknown }).text;
      return typeof text === "string" ? text : (richTextOf(text) ?? "");
    }
  }
  return undefined;
}

/** Formulas as Office.js shows them: without the file format's prefixes for newer functions. */
function displayFormula(formula: string): string {
  return `=${formula.replace(/_xlfn\.|_xlws\./g, "")}`;
}

/**
 * Converts one cell into `out` (reused for every cell: a sheet has tens of thousands). The A1
 * address is only built for the rare formula cell without a result.
 */
function convertCell(
  cell: ExcelJS.Cell,
  row: number,
  col: number,
  emptyResults: Set<string> | undefined,
  date1904: boolean,
  types: typeof ExcelJS.ValueType,
  out: ConvertedCell,
): void {
  out.uncached = false;
  switch (cell.type) {
    case types.Null:
    case types.Merge:
      out.value = "";
      out.formula = "";
      return;
    case types.Formula: {
      const formula = cell.formula ? displayFormula(cell.formula) : "";
      const result = plainValue(cell.result, date1904);
      if (result !== undefined) {
        out.value = result;
        out.formula = formula || result;
        return;
      }
      out.value = "";
      out.formula = formula;
      out.uncached = Boolean(formula) && !emptyResults?.has(toA1(row, col));
      return;
    }
    default: {
      const value = plainValue(cell.value, date1904) ?? "";
      out.value = value;
      out.formula = value;
    }
  }
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1-based bounds of the cells that hold something, or null for an empty sheet. */
function contentBounds(worksheet: ExcelJS.Worksheet): Bounds | null {
  let bounds: Bounds | null = null;
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((_cell, colNumber) => {
      if (!bounds) {
        bounds = {
          top: rowNumber,
          left: colNumber,
          bottom: rowNumber,
          right: colNumber,
        };
        return;
      }
      if (rowNumber < bounds.top) bounds.top = rowNumber;
      if (rowNumber > bounds.bottom) bounds.bottom = rowNumber;
      if (colNumber < bounds.left) bounds.left = colNumber;
      if (colNumber > bounds.right) bounds.right = colNumber;
    });
  });
  return bounds;
}

/** exceljs keeps sheet protection on the worksheet but leaves it out of its types. */
function isProtected(worksheet: ExcelJS.Worksheet): boolean {
  const protection = (
    worksheet as unknown as { sheetProtection?: { sheet?: boolean } | null }
  ).sheetProtection;
  return Boolean(protection?.sheet);
}

function convertSheet(
  worksheet: ExcelJS.Worksheet,
  name: string,
  facts: XlsxFacts,
): { sheet: SheetSnapshot; uncached: Set<string> } {
  const uncached = new Set<string>();
  const recordedKind = facts.recordedKinds.get(name);
  const base: SheetSnapshot = {
    name,
    top: 0,
    left: 0,
    values: [],
    formulas: [],
    numberFormat: [],
    ...(recordedKind ? { recordedKind } : {}),
    ...(isProtected(worksheet) ? { protected: true } : {}),
  };
  const bounds = contentBounds(worksheet);
  if (!bounds) return { sheet: base, uncached };
  const { top, left, bottom, right } = bounds as Bounds;
  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > MAX_SHEET_CELLS) {
    throw new InputError(
      "tooLarge",
      `bladet "${name}" har ett för stort använt område (${height} × ${width} celler)`,
      `the sheet "${name}" has too large a used range (${height} × ${width} cells)`,
    );
  }

  const columns = (worksheet.columns ?? []) as Partial<ExcelJS.Column>[];
  const columnFormat = (c: number) => columns[c - 1]?.numFmt ?? "General";
  const emptyResults = facts.emptyResults.get(name);
  const types = excelJs().ValueType;
  const converted: ConvertedCell = { value: "", formula: "", uncached: false };
  const values: CellValue[][] = [];
  const formulas: CellValue[][] = [];
  const numberFormat: string[][] = [];
  const hiddenRows: number[] = [];

  for (let r = top; r <= bottom; r++) {
    const row = worksheet.findRow(r);
    if (row?.hidden) hiddenRows.push(r - 1);
    const rowValues: CellValue[] = new Array(width);
    const rowFormulas: CellValue[] = new Array(width);
    const rowFormats: string[] = new Array(width);
    const rowFormat = row?.numFmt;
    for (let c = left; c <= right; c++) {
      const i = c - left;
      const cell = row?.findCell(c);
      if (!cell) {
        rowValues[i] = "";
        rowFormulas[i] = "";
        rowFormats[i] = rowFormat ?? columnFormat(c);
        continue;
      }
      convertCell(
        cell,
        r - 1,
        c - 1,
        emptyResults,
        facts.date1904,
        types,
        converted,
      );
      rowValues[i] = converted.value;
      rowFormulas[i] = converted.formula;
      rowFormats[i] = cell.numFmt || "General";
      if (converted.uncached) uncached.add(toA1(r - 1, c - 1));
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
    numberFormat.push(rowFormats);
  }

  const hiddenColumns: number[] = [];
  for (let c = left; c <= right; c++)
    if (columns[c - 1]?.hidden) hiddenColumns.push(c - 1);

  const sheet: SheetSnapshot = {
    ...base,
    top: top - 1,
    left: left - 1,
    values,
    formulas,
    numberFormat,
    ...(hiddenRows.length ? { hiddenRows } : {}),
    ...(hiddenColumns.length ? { hiddenColumns } : {}),
  };
  return { sheet, uncached };
}

export function toSnapshot(
  workbook: ExcelJS.Workbook,
  facts: XlsxFacts,
): ConvertedWorkbook {
  const ordered: { worksheet: ExcelJS.Worksheet; name: string }[] = [];
  const seen = new Set<ExcelJS.Worksheet>();
  for (const name of facts.sheetNames) {
    const worksheet = workbook.getWorksheet(name);
    if (worksheet && !seen.has(worksheet)) {
      ordered.push({ worksheet, name });
      seen.add(worksheet);
    }
  }
  for (const worksheet of workbook.worksheets) {
    if (!seen.has(worksheet)) ordered.push({ worksheet, name: worksheet.name });
  }

  const sheets: SheetSnapshot[] = [];
  const uncached = new Map<string, Set<string>>();
  for (const { worksheet, name } of ordered) {
    const converted = convertSheet(worksheet, name, facts);
    sheets.push(converted.sheet);
    if (converted.uncached.size) uncached.set(name, converted.uncached);
  }
  const activeTab = workbook.views?.[0]?.activeTab;
  const activeSheet =
    sheets[typeof activeTab === "number" ? activeTab : 0]?.name;
  return {
    snapshot: { sheets, ...(activeSheet ? { activeSheet } : {}) },
    uncached,
  };
}
