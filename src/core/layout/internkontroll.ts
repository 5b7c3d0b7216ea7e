/**
 * The recogniser for internal-control plans (Internkontrollplan, Riskbedömning, Riskreducerande
 * åtgärder, Bruttorisklista): a header naming risk fields, one or two assessments (brutto and
 * netto), and a risk per row. The risk table it reads is kept with the layout, so the risk
 * rules and the Risk tab get it without reading the sheet again.
 */
import { Settings } from "../settings";
import { SheetKind } from "../workbook";
import { SheetGrid } from "./grid";
import { PreparedSheet } from "./prepared";
import { KindDetection, KindRecognizer } from "./recognizer";
import { RiskTable, findRiskHeaderRow, readRiskTable } from "./riskTable";
import { riskHeaderMeaning } from "./riskColumns";
import { cleanText } from "./text";
import { ColumnInfo, RowInfo, SheetLayout } from "./types";

const INTERNKONTROLL_KINDS: readonly SheetKind[] = ["internkontroll"];

const tables = new WeakMap<SheetLayout, RiskTable | null>();

function detect(prepared: PreparedSheet): KindDetection | null {
  const { grid } = prepared;
  const headerRow = findRiskHeaderRow(grid);
  if (headerRow < 0) return null;
  let likelihood = false;
  let consequence = false;
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const field = riskHeaderMeaning(grid.text(headerRow, c))?.field;
    if (field === "likelihood") likelihood = true;
    if (field === "consequence") consequence = true;
  }
  return {
    kind: "internkontroll",
    score: likelihood && consequence ? 0.95 : 0.85,
  };
}

const NUMERIC_FIELDS = new Set(["likelihood", "consequence", "value"]);

function layoutColumns(grid: SheetGrid, table: RiskTable | null): ColumnInfo[] {
  const columns: ColumnInfo[] = [];
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const column = table?.columns[c - grid.left];
    const header = column?.header ?? "";
    const group = column?.group;
    const field = column?.meaning?.field;
    const role: ColumnInfo["role"] =
      table && c === table.riskCol
        ? "label"
        : field && NUMERIC_FIELDS.has(field)
          ? "unknown"
          : "text";
    columns.push({
      col: c,
      role,
      header,
      ...(group ? { group } : {}),
      ...(role === "unknown" ? { decimals: 0 } : {}),
    });
  }
  return columns;
}

function firstText(grid: SheetGrid, row: number): string {
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const text = cleanText(grid.text(row, c));
    if (text !== "") return text;
  }
  return "";
}

/** Risks are written as paragraphs; a row is named by its beginning. */
const LABEL_MAX_LENGTH = 60;

function shortLabel(text: string): string {
  if (text.length <= LABEL_MAX_LENGTH) return text;
  const cut = text.slice(0, LABEL_MAX_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > LABEL_MAX_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

function layoutRows(grid: SheetGrid, table: RiskTable | null): RowInfo[] {
  const rows: RowInfo[] = [];
  for (let i = 0; i < grid.height; i += 1) {
    const row = grid.top + i;
    const role = table
      ? table.rowRoles[i]
      : firstText(grid, row) === ""
        ? "blank"
        : "title";
    const own =
      table && (role === "item" || role === "heading")
        ? cleanText(grid.text(row, table.riskCol))
        : "";
    const label =
      own !== "" ? own : role === "blank" ? "" : firstText(grid, row);
    rows.push({ row, role, label: shortLabel(label) });
  }
  return rows;
}

function recognize(
  prepared: PreparedSheet,
  kind: SheetKind,
  _settings: Settings,
  recognisedBy: SheetLayout["recognisedBy"],
): SheetLayout {
  const { grid } = prepared;
  const table = readRiskTable(grid);
  const titleRow = table?.rowRoles.findIndex((role) => role === "title") ?? -1;
  const title =
    titleRow >= 0 ? firstText(grid, grid.top + titleRow) : prepared.sheet.name;
  const layout: SheetLayout = {
    sheet: prepared.sheet.name,
    kind,
    title: title || prepared.sheet.name,
    headerRows: table?.headerRows ?? [],
    labelCol: table?.riskCol ?? grid.left,
    columns: layoutColumns(grid, table),
    rows: layoutRows(grid, table),
    signConvention: "A",
    percentBase: "from",
    recognisedBy,
    dataStart: table?.dataStart ?? -1,
    dataEnd: table?.dataEnd ?? -1,
  };
  tables.set(layout, table);
  return layout;
}

export const internkontrollRecognizer: KindRecognizer = {
  id: "internkontroll",
  kinds: INTERNKONTROLL_KINDS,
  detect,
  recognize,
};

/** The risk table behind an internkontroll layout (read again when the layout came from elsewhere). */
export function riskTableOf(
  layout: SheetLayout,
  grid: SheetGrid,
): RiskTable | null {
  if (tables.has(layout)) return tables.get(layout) ?? null;
  const table = readRiskTable(grid);
  tables.set(layout, table);
  return table;
}
