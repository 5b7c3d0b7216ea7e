/**
 * Finds the top of a table that Rapportkoll did not create: the label column, the first row
 * of figures, the header rows above it (a group header row such as "Helår | Jan-apr" over
 * "Budget | Prognos | Avvikelse"), the title and the unit (tkr / mnkr / kr).
 */
import { isIntegerValue, max, min } from "./fast";
import { Unit } from "../numbers";
import {
  CELL_BLANK,
  CELL_MISSING,
  CELL_NUMBER,
  CELL_TEXT,
  CELL_TEXT_NUMBER,
  SheetGrid,
} from "./grid";
import { HeaderMeaning, headerMeaning, isGroupWord } from "./headers";
import { cleanText, repairHeader } from "./text";

/** Rows looked at to find the label column and the header: tables start near the top. */
const SCAN_ROWS = 400;
const MAX_HEADER_ROWS = 3;
/** Section headings that may stand between the header and the first figures. */
const MAX_HEADINGS_BELOW_HEADER = 4;

export interface HeaderColumn {
  col: number;
  /** The main header text (repaired for display). */
  header: string;
  group?: string;
  meaning: HeaderMeaning;
}

export interface HeaderBlock {
  labelCol: number;
  /** The first row with figures (the table body starts here), or -1. */
  firstDataRow: number;
  headerRows: number[];
  /** Rows above the header holding the title (and other text). */
  titleRows: number[];
  title: string;
  unit?: Unit;
  columns: HeaderColumn[];
}

function isNumeric(kind: number): boolean {
  return kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER;
}

function rowHasContent(grid: SheetGrid, row: number, exceptCol = -1): boolean {
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    if (c !== exceptCol && grid.kindAt(row, c) !== CELL_BLANK) return true;
  }
  return false;
}

/** The leftmost column holding text in most rows with figures. */
function findLabelCol(grid: SheetGrid): number {
  const counts = new Array<number>(grid.width).fill(0);
  const end = min(grid.height, SCAN_ROWS);
  for (let r = 0; r < end; r += 1) {
    const base = r * grid.width;
    let numbers = 0;
    for (let c = 0; c < grid.width; c += 1)
      if (isNumeric(grid.kind[base + c])) numbers += 1;
    if (numbers === 0) continue;
    for (let c = 0; c < grid.width; c += 1)
      if (grid.kind[base + c] === CELL_TEXT) counts[c] += 1;
  }
  const most = max(0, ...counts);
  if (most === 0) return grid.left;
  const index = counts.findIndex((n) => n * 2 >= most);
  return grid.left + max(0, index);
}

/** A row of years printed as numbers (2021 | 2022 | 2023) is a header, not figures. */
function isYearRow(grid: SheetGrid, row: number, labelCol: number): boolean {
  let count = 0;
  let previous = -Infinity;
  let increasing = true;
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    if (c === labelCol) continue;
    const kind = grid.kindAt(row, c);
    if (!isNumeric(kind)) continue;
    const value = grid.number(row, c);
    if (!isIntegerValue(value) || value < 1990 || value > 2099) return false;
    if (value <= previous) increasing = false;
    previous = value;
    count += 1;
  }
  if (count === 0) return false;
  const label = grid.kindAt(row, labelCol);
  return (count >= 2 && increasing) || label === CELL_BLANK;
}

function findFirstDataRow(grid: SheetGrid, labelCol: number): number {
  for (let r = grid.top; r < grid.top + grid.height; r += 1) {
    let numeric = false;
    for (let c = grid.left; c < grid.left + grid.width; c += 1) {
      if (c !== labelCol && isNumeric(grid.kindAt(r, c))) {
        numeric = true;
        break;
      }
    }
    if (numeric && !isYearRow(grid, r, labelCol)) return r;
  }
  return -1;
}

/** Header text of a cell: text, or a year printed as a number. */
function headerText(grid: SheetGrid, row: number, col: number): string {
  const value = grid.value(row, col);
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return cleanText(value);
  return "";
}

function findHeaderRows(
  grid: SheetGrid,
  labelCol: number,
  firstDataRow: number,
): number[] {
  const rows: number[] = [];
  let r = firstDataRow - 1;
  // Between the header and the first figures there may be section headings (a label alone:
  // "Reinvestering", "Exploateringsprojekt") and one blank row; the header is above them.
  let skipped = 0;
  let blankSkipped = false;
  while (r >= grid.top && skipped < MAX_HEADINGS_BELOW_HEADER) {
    if (rowHasContent(grid, r, labelCol)) break;
    if (rowHasContent(grid, r)) {
      skipped += 1;
      r -= 1;
    } else if (!blankSkipped) {
      blankSkipped = true;
      r -= 1;
    } else break;
  }
  if (r < grid.top || !rowHasContent(grid, r, labelCol)) return rows;
  while (r >= grid.top && rows.length < MAX_HEADER_ROWS) {
    if (!rowHasContent(grid, r, labelCol)) break;
    const cells = [];
    for (let c = grid.left; c < grid.left + grid.width; c += 1) {
      if (c !== labelCol && grid.kindAt(r, c) !== CELL_BLANK)
        cells.push(headerText(grid, r, c));
    }
    // A lone long text above other header rows is a title printed across the table.
    if (rows.length > 0 && cells.length === 1 && !isGroupWord(cells[0])) {
      const m = headerMeaning(cells[0]);
      if (m.role === null && cells[0].length > 12) break;
    }
    rows.unshift(r);
    r -= 1;
  }
  return rows;
}

const UNIT_PATTERNS: [RegExp, Unit][] = [
  [/(?:^|[^a-zåäö])(?:mdkr|miljarder kronor)(?:[^a-zåäö]|$)/, "mdkr"],
  [
    /(?:^|[^a-zåäö])(?:mnkr|mkr|mn kr|milj\.? kr|miljoner kronor)(?:[^a-zåäö]|$)/,
    "mnkr",
  ],
  [
    /(?:^|[^a-zåäö])(?:tkr|tusen kronor|tusentals kronor)(?:[^a-zåäö]|$)/,
    "tkr",
  ],
  [/(?:^|[^a-zåäö])(?:kr|kronor)(?:[^a-zåäö]|$)/, "kr"],
];

/** The unit a text names: "Resultaträkning (tkr)" → tkr, "Investeringar mnkr*" → mnkr. */
export function unitIn(text: string): Unit | undefined {
  const lower = text.toLowerCase();
  for (const [pattern, unit] of UNIT_PATTERNS)
    if (pattern.test(lower)) return unit;
  return undefined;
}

/** Generic words in the label column's header cell: not a title. */
const GENERIC_LABEL_HEADER =
  /^(?:verksamhet|verksamheter|avdelning|ansvar|kostnadsslag|post|poster|projekt|risk|mnkr|tkr|kr|belopp.*|konto|område|enhet|nämnd|)$/;

/**
 * The label column's header cell names the table when it says what the table is
 * ("Investeringar mnkr*", "Resultaträkning") rather than what the rows are ("Verksamhet").
 */
function looksLikeTitle(text: string): boolean {
  const lower = text.toLowerCase();
  if (GENERIC_LABEL_HEADER.test(lower)) return false;
  return (
    unitIn(text) !== undefined ||
    /invest|drift|resultat|ekonomi|budget|känslighet|redovisning/.test(lower) ||
    lower.split(" ").length >= 3
  );
}

function firstText(grid: SheetGrid, row: number): string {
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const text = grid.text(row, c);
    if (text.trim() !== "") return cleanText(text);
  }
  return "";
}

/** Group header texts spread over the columns they stand above (merged cells keep their text in the first). */
function spreadGroups(
  grid: SheetGrid,
  row: number,
  labelCol: number,
): string[] {
  const spread = new Array<string>(grid.width).fill("");
  let current = "";
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    if (c === labelCol) {
      current = "";
      continue;
    }
    const text = headerText(grid, row, c);
    if (text !== "") current = text;
    spread[c - grid.left] = current;
  }
  return spread;
}

function buildColumns(
  grid: SheetGrid,
  labelCol: number,
  headerRows: number[],
): HeaderColumn[] {
  const main = headerRows.length > 0 ? headerRows[headerRows.length - 1] : -1;
  const upper = headerRows
    .slice(0, -1)
    .map((r) => ({ row: r, spread: spreadGroups(grid, r, labelCol) }));
  const columns: HeaderColumn[] = [];
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    let text = main >= 0 ? headerText(grid, main, c) : "";
    const groups: string[] = [];
    for (const u of upper) {
      const own = headerText(grid, u.row, c);
      const spread = u.spread[c - grid.left];
      if (text === "" && own !== "" && groups.length === 0) {
        // A header merged over two rows keeps its text in the upper cell.
        text = own;
        continue;
      }
      if (spread === "") continue;
      const upperRole = headerMeaning(spread);
      const lowerRole = headerMeaning(text).role;
      if (upperRole.role !== null && !upperRole.foreign) {
        // "Budget" over "2020", "Förändri" over "ng", "Förändring B 2023-B 2024" over "tkr | %":
        // one header split over two rows. When both rows name a role, the upper text is
        // another column's header spread too far, not this column's.
        if (lowerRole === null || lowerRole === "year")
          text = `${spread} ${text}`.trim();
      } else {
        groups.push(spread);
      }
    }
    let meaning = headerMeaning(text);
    const group = groups.length > 0 ? groups.join(" ") : undefined;
    if (meaning.year === undefined && group) {
      const groupMeaning = headerMeaning(group);
      if (groupMeaning.year !== undefined)
        meaning = { ...meaning, year: groupMeaning.year };
    }
    columns.push({
      col: c,
      header: c === labelCol ? cleanText(text) : repairHeader(text),
      ...(group && c !== labelCol ? { group: repairHeader(group) } : {}),
      meaning,
    });
  }
  return columns;
}

export function findHeaderBlock(grid: SheetGrid): HeaderBlock {
  const labelCol = findLabelCol(grid);
  const firstDataRow = findFirstDataRow(grid, labelCol);
  const headerRows =
    firstDataRow >= 0 ? findHeaderRows(grid, labelCol, firstDataRow) : [];
  const top =
    headerRows.length > 0
      ? headerRows[0]
      : firstDataRow >= 0
        ? firstDataRow
        : grid.top;
  const titleRows: number[] = [];
  for (let r = grid.top; r < top; r += 1)
    if (rowHasContent(grid, r)) titleRows.push(r);

  let title = titleRows.length > 0 ? firstText(grid, titleRows[0]) : "";
  const labelHeader =
    headerRows.length > 0
      ? cleanText(grid.text(headerRows[headerRows.length - 1], labelCol))
      : "";
  if (title === "" && looksLikeTitle(labelHeader)) title = labelHeader;
  if (title === "") title = grid.sheet.name;

  const columns = buildColumns(grid, labelCol, headerRows);
  let unit = unitIn(title);
  if (!unit) {
    for (const r of [...titleRows, ...headerRows]) {
      for (let c = grid.left; c < grid.left + grid.width && !unit; c += 1) {
        if (
          grid.kindAt(r, c) === CELL_TEXT ||
          grid.kindAt(r, c) === CELL_MISSING
        )
          unit = unitIn(grid.text(r, c));
      }
      if (unit) break;
    }
  }
  return {
    labelCol,
    firstDataRow,
    headerRows,
    titleRows,
    title,
    ...(unit ? { unit } : {}),
    columns,
  };
}
