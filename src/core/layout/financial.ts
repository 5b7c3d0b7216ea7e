/**
 * The recogniser for money tables: resultaträkning, driftredovisning, investeringar and
 * risk- och känslighetsanalys. It reads the header, the roles of columns and rows, which rows
 * each total sums, and the sheet's conventions; indicator tables and internal-control plans
 * are left to their own recognisers.
 */
import { min } from "./fast";
import { Settings } from "../settings";
import { SheetKind } from "../workbook";
import { completeColumns, headerRoles } from "./columns";
import {
  detectDeviationStyles,
  detectPercentConventions,
  detectSignConvention,
} from "./convention";
import { unitIn } from "./headerBlock";
import { PreparedSheet } from "./prepared";
import { KindDetection, KindRecognizer } from "./recognizer";
import { draftRows } from "./rows";
import { buildStructure } from "./structure";
import { normalizeLabel } from "./text";
import { printedUnit, totalTolerance } from "./tolerance";
import { ColumnInfo, RowInfo, SheetLayout, isAmountColumn } from "./types";

const FINANCIAL_KINDS: readonly SheetKind[] = [
  "resultatrakning",
  "driftredovisning",
  "investeringar",
  "riskanalys",
];

/** Labels of a resultaträkning (kostnadsslag) rather than of verksamheter. */
const RR_LABELS =
  /intäkt|kostnad|personal|lokal|kapital|avskrivning|köp av|bidrag|lön|material|årets resultat|budget,? netto|statsbidrag|finansiell/;

function detectKind(prepared: PreparedSheet): KindDetection | null {
  const { header, grid } = prepared;
  if (header.firstDataRow < 0) return null;
  const roles = header.columns.filter((c) => c.col !== header.labelCol);
  if (roles.some((c) => c.meaning.foreign)) return null;
  const named = roles.filter(
    (c) => c.meaning.role !== null && c.meaning.role !== "text",
  );
  if (
    named.some((c) => c.meaning.role === "positivRisk") &&
    named.some((c) => c.meaning.role === "negativRisk")
  )
    return { kind: "riskanalys", score: 0.9 };

  const text = normalizeLabel(`${header.title} ${grid.sheet.name}`);
  if (/invest/.test(text))
    return { kind: "investeringar", score: named.length > 0 ? 0.8 : 0.4 };
  if (/risk- och känslighet|känslighetsanalys/.test(text))
    return { kind: "riskanalys", score: 0.6 };

  let labelled = 0;
  let rrLike = 0;
  const end = min(grid.top + grid.height, header.firstDataRow + 300);
  for (let r = header.firstDataRow; r < end; r += 1) {
    const label = normalizeLabel(grid.text(r, header.labelCol));
    if (label === "") continue;
    labelled += 1;
    if (RR_LABELS.test(label) && !/^summa\b|totalt?$/.test(label)) rrLike += 1;
  }
  const score = named.length > 0 ? 0.7 : 0.3;
  if (/resultaträkning|resultatrakning/.test(text))
    return { kind: "resultatrakning", score };
  if (rrLike >= 2 && rrLike * 2 >= labelled)
    return { kind: "resultatrakning", score };
  return { kind: "driftredovisning", score: named.length > 0 ? 0.6 : 0.2 };
}

/** Chains of parents longer than this are cut (a cycle would never end). */
const MAX_CHAIN = 1000;

/** Sets each valued row's depth in the hierarchy of totals: 0 at the top, +1 per total above it. */
function setLevels(rows: readonly RowInfo[]): void {
  const n = rows.length;
  const first = n > 0 ? rows[0].row : 0;
  const levels = new Int32Array(n).fill(-1);
  // One chain for every row, with a count: a new array per row was a fifth of what recognition
  // allocated, and emptying an array by its length is a runtime call per row.
  const chain = new Int32Array(MAX_CHAIN + 1);
  for (let index = 0; index < n; index += 1) {
    let length = 0;
    let i = index;
    while (levels[i] < 0) {
      chain[length] = i;
      length += 1;
      const parent = rows[i].parentRow;
      const next = parent === undefined ? -1 : parent - first;
      if (next < 0 || next >= n || length > MAX_CHAIN) {
        i = -1;
        break;
      }
      i = next;
    }
    let level = i >= 0 ? levels[i] + 1 : 0;
    for (let k = length - 1; k >= 0; k -= 1) {
      levels[chain[k]] = level;
      level += 1;
    }
  }
  for (let index = 0; index < n; index += 1) {
    const role = rows[index].role;
    if (role === "item" || role === "total" || role === "percent")
      rows[index].level = levels[index];
  }
}

function recognize(
  prepared: PreparedSheet,
  kind: SheetKind,
  settings: Settings,
  recognisedBy: SheetLayout["recognisedBy"],
): SheetLayout {
  const { grid, header } = prepared;
  const columns = headerRoles(header);
  const valueCols = columns
    .filter((c) => c.role !== "label" && c.role !== "text")
    .map((c) => c.col);
  const drafts = draftRows(
    grid,
    header.labelCol,
    valueCols,
    header.headerRows,
    header.firstDataRow,
  );
  const { rows, dataStart, dataEnd } = drafts;
  const { percentFormatted } = completeColumns(
    grid,
    header,
    columns,
    dataStart,
    dataEnd,
    (row) => rows[row - grid.top].role === "percent",
  );
  const byCol = (col: number) =>
    columns[col - grid.left] as ColumnInfo | undefined;
  const layoutColumns = columns;

  const sumCols = columns.filter(isAmountColumn).map((c) => c.col);
  const toleranceSetting = settings.tolerance;
  const tolerance = (row: number, col: number, parts: number): number =>
    totalTolerance(
      grid,
      row,
      col,
      parts,
      byCol(col)?.decimals,
      toleranceSetting,
    );
  buildStructure({
    grid,
    drafts,
    sumCols,
    positiveRiskCols: columns
      .filter((c) => c.role === "positivRisk")
      .map((c) => c.col),
    negativeRiskCols: columns
      .filter((c) => c.role === "negativRisk")
      .map((c) => c.col),
    tolerance,
    unit: (row: number, col: number) =>
      printedUnit(grid, row, col, byCol(col)?.decimals),
    toleranceSetting,
  });
  setLevels(rows);

  // Titles and notes keep their roles through the structure (it makes totals of items only),
  // so the drafts' list of them spares a pass over every row.
  const notes: string[] = [header.title];
  for (const i of drafts.textRows) {
    const d = rows[i];
    notes.push(d.label || grid.text(d.row, grid.left));
  }
  const conventionInput = { grid, drafts, columns, notes };
  const signConvention =
    settings.signConvention === "auto"
      ? detectSignConvention(conventionInput)
      : settings.signConvention;
  detectDeviationStyles(
    conventionInput,
    signConvention,
    settings.signConvention !== "auto",
  );
  const detectedBase = detectPercentConventions(conventionInput, byCol, (col) =>
    percentFormatted.has(col),
  );
  const percentBase =
    settings.percentBase === "auto"
      ? (detectedBase ?? "from")
      : settings.percentBase;
  for (const column of columns) {
    if (column.role !== "forandringProcent") continue;
    if (settings.percentBase !== "auto" || !column.base)
      column.base = percentBase;
  }

  let unit = header.unit;
  if (!unit) for (const note of notes) if (!unit) unit = unitIn(note);

  return {
    sheet: prepared.sheet.name,
    kind,
    title: header.title,
    ...(unit ? { unit } : {}),
    headerRows: header.headerRows,
    labelCol: header.labelCol,
    columns: layoutColumns,
    rows,
    signConvention,
    percentBase,
    recognisedBy,
    dataStart,
    dataEnd,
  };
}

export const financialRecognizer: KindRecognizer = {
  id: "financial",
  kinds: FINANCIAL_KINDS,
  detect: detectKind,
  recognize,
};
