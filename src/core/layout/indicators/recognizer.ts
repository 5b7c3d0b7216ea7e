/**
 * The recogniser for indicator tables (kind "indikatorer"): Indikator | 2021 | 2022 | 2023 |
 * Etappmål | Målvärde 2030, Mått | Utfall 2016 | … | Trend | Etappmål, ranking & genomsnitt,
 * Indikatorer | 2022 | 2023 | 2026 Mål | Källa, with breakdown columns or rows. The layout it
 * returns has the engine's shape (rows, columns, roles); the indicator reading behind it is
 * kept for the indicator rules (indicatorTableOf).
 */
import { Settings } from "../../settings";
import { SheetKind } from "../../workbook";
import { genericLayout } from "../generic";
import { PreparedSheet } from "../prepared";
import { KindDetection, KindRecognizer } from "../recognizer";
import { normalizeLabel } from "../text";
import { ColumnInfo, ColumnRole, RowInfo, SheetLayout } from "../types";
import { IndicatorColumn, IndicatorTable } from "./table";
import { findHeaders, readIndicatorTable } from "./read";
import { rememberTable } from "./tableOf";

const KINDS: readonly SheetKind[] = ["indikatorer"];
const NAME_HINT = /indikator|mått|nyckeltal|måluppfyllelse/;
const STRONG = new Set([
  "etappmal",
  "malvarde",
  "trend",
  "women",
  "men",
  "lowest",
  "highest",
  "unexplained",
]);

const tables = new WeakMap<PreparedSheet, IndicatorTable>();

function tableOf(prepared: PreparedSheet): IndicatorTable {
  let table = tables.get(prepared);
  if (!table) {
    table = readIndicatorTable(prepared.grid);
    tables.set(prepared, table);
  }
  return table;
}

function detect(prepared: PreparedSheet): KindDetection | null {
  // Without a header the table has no sections and the sheet is no indicator table: the rest
  // of the reading (rows, title) is left for recognize, which a sheet of another kind never
  // reaches with this recogniser.
  let table = tables.get(prepared);
  if (!table) {
    const headers = findHeaders(prepared.grid);
    if (headers.length === 0) return null;
    table = readIndicatorTable(prepared.grid, headers);
    tables.set(prepared, table);
  }
  if (table.sections.length === 0) return null;
  const strong = table.sections.some((s) =>
    s.columns.some((c) => c.role !== null && STRONG.has(c.role)),
  );
  const named = NAME_HINT.test(
    normalizeLabel(`${prepared.sheet.name} ${table.title}`),
  );
  return {
    kind: "indikatorer",
    score: (strong ? 0.9 : 0.75) + (named ? 0.05 : 0),
  };
}

function columnRole(column: IndicatorColumn | undefined): ColumnRole {
  switch (column?.role) {
    case "label":
      return "label";
    case "outcome":
      return /utfall/i.test(column.header) ? "utfall" : "year";
    case "women":
    case "men":
    case "lowest":
    case "highest":
      return "unknown";
    default:
      return "text";
  }
}

function layoutColumns(
  prepared: PreparedSheet,
  table: IndicatorTable,
): ColumnInfo[] {
  const { grid } = prepared;
  const first = table.sections[0];
  const byCol = new Map(first.columns.map((c) => [c.col, c]));
  const columns: ColumnInfo[] = [];
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const column = byCol.get(c);
    columns.push({
      col: c,
      role: columnRole(column),
      header: column?.header ?? "",
      ...(column?.year !== undefined ? { year: column.year } : {}),
    });
  }
  return columns;
}

function layoutRows(prepared: PreparedSheet, table: IndicatorTable): RowInfo[] {
  const { grid } = prepared;
  const headerRows = new Set(table.sections.flatMap((s) => s.headerRows));
  const titleRows = new Set(table.titleRows);
  const rows: RowInfo[] = [];
  for (let r = grid.top; r < grid.top + grid.height; r += 1) {
    const info = table.byRow.get(r);
    if (headerRows.has(r)) rows.push({ row: r, role: "header", label: "" });
    else if (titleRows.has(r)) rows.push({ row: r, role: "title", label: "" });
    else if (!info) rows.push({ row: r, role: "blank", label: "" });
    else if (info.kind === "heading")
      rows.push({ row: r, role: "heading", label: info.label });
    else {
      const row: RowInfo = {
        row: r,
        role: "item",
        label: info.label,
        level: info.level,
      };
      if (info.parentRow !== undefined) row.parentRow = info.parentRow;
      if (info.kind === "varav") row.varav = true;
      rows.push(row);
    }
  }
  return rows;
}

function recognize(
  prepared: PreparedSheet,
  kind: SheetKind,
  _settings: Settings,
  recognisedBy: SheetLayout["recognisedBy"],
): SheetLayout {
  const table = tableOf(prepared);
  if (table.sections.length === 0) {
    const layout = genericLayout(prepared, kind, recognisedBy);
    rememberTable(layout, table);
    return layout;
  }
  const { grid } = prepared;
  const first = table.sections[0];
  const dataEnd =
    table.rows.length > 0 ? table.rows[table.rows.length - 1].row : -1;
  const layout: SheetLayout = {
    sheet: prepared.sheet.name,
    kind,
    title: table.title || prepared.sheet.name,
    headerRows: table.sections.flatMap((s) => s.headerRows),
    labelCol: first.labelCol,
    columns: layoutColumns(prepared, table),
    rows: layoutRows(prepared, table),
    signConvention: "A",
    percentBase: "from",
    recognisedBy,
    dataStart: dataEnd >= 0 ? first.firstRow : -1,
    dataEnd: dataEnd >= 0 ? Math.min(dataEnd, grid.top + grid.height - 1) : -1,
  };
  rememberTable(layout, table);
  return layout;
}

export const indicatorRecognizer: KindRecognizer = {
  id: "indicators",
  kinds: KINDS,
  detect,
  recognize,
};
