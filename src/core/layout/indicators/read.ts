/**
 * Reads an indicator table off a sheet: finds every header row (a sheet pasted from a
 * verksamhetsplan repeats it before each group of indicators, and a header may be split over
 * two rows: "Kön" over "Kvinnor | Män", "Kvinnor" over "2017 | 2018"), the columns' roles,
 * and what each row of the body is.
 */
import {
  CELL_BLANK,
  CELL_MISSING,
  CELL_NUMBER,
  CELL_TEXT,
  CELL_TEXT_NUMBER,
  SheetGrid,
} from "../grid";
import { cleanText, normalizeLabel } from "../text";
import {
  IndicatorColumnRole,
  indicatorHeader,
  isBreakdownGroup,
} from "./headers";
import { measureKindOf } from "./measureKind";
import {
  BreakdownPart,
  IndicatorColumn,
  IndicatorRow,
  IndicatorSection,
  IndicatorTable,
} from "./table";

/** Roles that only indicator tables have: one of them (with another header) makes a header row. */
const STRONG_ROLES: ReadonlySet<IndicatorColumnRole> =
  new Set<IndicatorColumnRole>([
    "etappmal",
    "malvarde",
    "trend",
    "women",
    "men",
    "lowest",
    "highest",
    "unexplained",
  ]);

/** Words of internal-control plans: their headers are not indicator headers. */
const RISK_WORDS =
  /sannolikhet|konsekvens|riskvärde|risknivå|åtgärd|ägare|tidplan/;

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1990 && value <= 2099;
}

/** The text of a header cell: text, or a year printed as a number. */
function headerText(grid: SheetGrid, row: number, col: number): string {
  const kind = grid.kindAt(row, col);
  if (kind === CELL_TEXT) return cleanText(grid.text(row, col));
  if (kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER) {
    const value = grid.number(row, col);
    return isYear(value) ? String(value) : "";
  }
  return "";
}

/** A row with a number that is not a year holds figures, so it is no header. */
function hasFigures(grid: SheetGrid, row: number): boolean {
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const kind = grid.kindAt(row, c);
    if (
      (kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER) &&
      !isYear(grid.number(row, c))
    )
      return true;
  }
  return false;
}

function hasContent(grid: SheetGrid, row: number): boolean {
  for (let c = grid.left; c < grid.left + grid.width; c += 1)
    if (grid.kindAt(row, c) !== CELL_BLANK) return true;
  return false;
}

export interface HeaderReading {
  columns: IndicatorColumn[];
  labelCol: number;
}

/** Group texts spread right over the columns they stand above (merged cells keep their text in the first). */
function spreadGroup(grid: SheetGrid, row: number): string[] {
  const spread: string[] = [];
  let current = "";
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const text = headerText(grid, row, c);
    if (text !== "") current = text;
    spread.push(current);
  }
  return spread;
}

/** The columns a header row names, with the group row above it when there is one. */
function readHeader(
  grid: SheetGrid,
  row: number,
  groupRow: number | null,
): HeaderReading {
  const groups = groupRow === null ? null : spreadGroup(grid, groupRow);
  const columns: IndicatorColumn[] = [];
  let labelCol = -1;
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const own = headerText(grid, row, c);
    const group = groups ? groups[c - grid.left] : "";
    let meaning = indicatorHeader(own);
    let header = own;
    if (
      group !== "" &&
      (meaning.role === null || /^\d{4}$/.test(own) || own === "")
    ) {
      // "Kvinnor" over "2017", "Utfall" over "2016": one header split over two rows.
      const combined = indicatorHeader(`${group} ${own}`);
      if (combined.role !== null && combined.role !== "label") {
        meaning = combined;
        header = `${group} ${own}`.trim();
      }
    } else if (
      group !== "" &&
      meaning.year === undefined &&
      /^\d{4}$/.test(group)
    ) {
      // "2017" over "Kvinnor | Män".
      meaning = { ...meaning, year: Number(group) };
      header = `${own} ${group}`;
    }
    if (meaning.role === "label" && labelCol < 0) labelCol = c;
    columns.push({
      col: c,
      role: meaning.role,
      header,
      ...(meaning.year !== undefined ? { year: meaning.year } : {}),
    });
  }
  if (labelCol < 0) {
    const firstText = columns.find((c) => c.role === null && c.header !== "");
    labelCol = firstText ? firstText.col : grid.left;
    const info = columns[labelCol - grid.left];
    if (info) info.role = "label";
  }
  return { columns, labelCol };
}

function isHeaderReading(
  reading: HeaderReading,
  hadLabelWord: boolean,
): boolean {
  if (reading.columns.some((c) => RISK_WORDS.test(c.header.toLowerCase())))
    return false;
  const roles = reading.columns.filter(
    (c) => c.col !== reading.labelCol && c.role !== null,
  );
  const strong = roles.filter(
    (c) => c.role !== null && STRONG_ROLES.has(c.role),
  ).length;
  if (strong >= 1 && roles.length >= 2) return true;
  return (
    hadLabelWord &&
    roles.some(
      (c) =>
        c.role === "outcome" ||
        c.role === "source" ||
        c.role === "status" ||
        c.role === "kolada",
    )
  );
}

function labelWordIn(grid: SheetGrid, row: number): boolean {
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    if (indicatorHeader(headerText(grid, row, c)).role === "label") return true;
  }
  return false;
}

/** A row above a header whose cells are only group words, header words or years. */
function isGroupRow(grid: SheetGrid, row: number, labelCol: number): boolean {
  if (row < grid.top || hasFigures(grid, row)) return false;
  let cells = 0;
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    if (c === labelCol) continue;
    const kind = grid.kindAt(row, c);
    if (kind === CELL_BLANK) continue;
    const text = headerText(grid, row, c);
    if (text === "") return false;
    const role = indicatorHeader(text).role;
    if (role === "label") return false;
    if (!isBreakdownGroup(text) && role === null && !/^\d{4}$/.test(text))
      return false;
    cells += 1;
  }
  return cells > 0;
}

/** Cells other than the label's that hold header words or years (a lower header row). */
function headerCellsBesideLabel(grid: SheetGrid, row: number): number {
  let cells = 0;
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    const kind = grid.kindAt(row, c);
    if (kind === CELL_BLANK) continue;
    const text = headerText(grid, row, c);
    const role = indicatorHeader(text).role;
    if (role === "label") continue;
    if (text === "" || (role === null && !/^\d{4}$/.test(text))) return -1;
    cells += 1;
  }
  return cells;
}

/** A header found on the sheet: its rows (the main one last) and the columns they name. */
export interface FoundHeader {
  rows: number[];
  reading: HeaderReading;
}

/**
 * Words (or a year) one of which every header row holds: a cheap first test, so that the rows
 * of a long sheet are passed over without reading each cell as a header.
 */
const HEADER_HINT =
  /mått|indikator|nyckeltal|mätetal|utfall|trend|mål|käll|kvinnor|män|flickor|pojkar|lägsta|högsta|omotiverad|riktning|bättre|uppfyll|status|bedömning|kolada|kpi|rank|placering|kön|område|(?<!\d)(?:19|20)\d\d(?!\d)/i;

/** Longer texts are not header cells (a header is a few words). */
const HEADER_MAX_LENGTH = 80;

function mayBeHeader(grid: SheetGrid, row: number): boolean {
  // Figures first (a typed-array pass): most rows of a long sheet end here.
  const base = (row - grid.top) * grid.width;
  let content = false;
  let year = false;
  for (let i = base; i < base + grid.width; i += 1) {
    const kind = grid.kind[i];
    if (kind === CELL_BLANK) continue;
    content = true;
    if (kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER) {
      if (!isYear(grid.num[i])) return false;
      year = true;
    }
  }
  if (!content) return false;
  if (year) return true;
  for (let c = grid.left; c < grid.left + grid.width; c += 1) {
    if (grid.kindAt(row, c) !== CELL_TEXT) continue;
    const text = grid.text(row, c);
    if (text.length <= HEADER_MAX_LENGTH && HEADER_HINT.test(text)) return true;
  }
  return false;
}

/** Every indicator header on the sheet, top to bottom; none on a sheet that is no indicator table. */
export function findHeaders(grid: SheetGrid): FoundHeader[] {
  const found: FoundHeader[] = [];
  const end = grid.top + grid.height;
  for (let r = grid.top; r < end; r += 1) {
    if (!mayBeHeader(grid, r)) continue;
    const next = r + 1;
    if (
      next < end &&
      !hasFigures(grid, next) &&
      headerCellsBesideLabel(grid, next) >= 2
    ) {
      const lowerLabel = readHeader(grid, next, null).labelCol;
      if (isGroupRow(grid, r, lowerLabel)) {
        const twoRows = readHeader(grid, next, r);
        if (
          isHeaderReading(
            twoRows,
            labelWordIn(grid, r) || labelWordIn(grid, next),
          )
        ) {
          found.push({ rows: [r, next], reading: twoRows });
          r = next;
          continue;
        }
      }
    }
    const single = readHeader(grid, r, null);
    if (!isHeaderReading(single, labelWordIn(grid, r))) continue;
    const previous = found[found.length - 1];
    const above = r - 1;
    const aboveFree =
      !previous || previous.rows[previous.rows.length - 1] < above;
    if (aboveFree && isGroupRow(grid, above, single.labelCol)) {
      found.push({ rows: [above, r], reading: readHeader(grid, r, above) });
    } else {
      found.push({ rows: [r], reading: single });
    }
  }
  return found;
}

const BREAKDOWN_LABELS: Record<string, BreakdownPart> = {
  kvinnor: "women",
  flickor: "women",
  män: "men",
  pojkar: "men",
  lägsta: "lowest",
  högsta: "highest",
};

/** "Kvinnor", "- Män", "varav flickor", "Lägsta (område)": a breakdown of the row above. */
export function breakdownPartOf(label: string): BreakdownPart | undefined {
  const norm = normalizeLabel(label)
    .replace(/^[-–]+\s*/, "")
    .replace(/^(?:varav|därav)\s+/, "")
    .replace(/\s*\(.*\)$/, "")
    .replace(/\s+(?:19|20)\d{2}$/, "")
    .trim();
  return BREAKDOWN_LABELS[norm];
}

/** The depth of a varav row: "- varav" 1, "-- varav (%)" 2, "varav" 1; 0 when it is none. */
export function varavLevelOf(label: string): number {
  const text = cleanText(label).toLowerCase();
  const match = /^([-–—]*)\s*(?:varav|därav)\b/.exec(text);
  if (!match) return 0;
  const dashes = match[1].replace(/—/g, "--").length;
  return Math.max(1, dashes);
}

function isShareLabel(label: string): boolean {
  return /\(%\)|\bprocent|\bandel/.test(label.toLowerCase());
}

function labelOf(grid: SheetGrid, row: number, col: number): string {
  const value = grid.value(row, col);
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") return String(value);
  return "";
}

/** Columns whose content makes a row an indicator (everything but its label and comments). */
function contentColumns(section: IndicatorSection): number[] {
  return section.columns
    .filter(
      (c) =>
        c.col !== section.labelCol &&
        c.role !== "comment" &&
        c.role !== "label",
    )
    .map((c) => c.col);
}

function readRows(
  grid: SheetGrid,
  section: IndicatorSection,
  index: number,
  rows: IndicatorRow[],
): void {
  const content = contentColumns(section);
  /** The open rows by level: [0] the indicator, [1] its "- varav" row, … */
  const open: IndicatorRow[] = [];
  for (let r = section.firstRow; r <= section.lastRow; r += 1) {
    const label = labelOf(grid, r, section.labelCol);
    const filled = content.some((c) => {
      const kind = grid.kindAt(r, c);
      return kind !== CELL_BLANK;
    });
    if (!filled && label === "") continue;
    if (!filled) {
      rows.push({
        row: r,
        kind: "heading",
        label,
        section: index,
        level: 0,
        measure: "other",
      });
      open.length = 0;
      continue;
    }
    const parent = open[open.length - 1];
    const part = breakdownPartOf(label);
    if (part && parent) {
      rows.push({
        row: r,
        kind: "breakdown",
        label,
        section: index,
        level: parent.level + 1,
        parentRow: parent.row,
        part,
        measure: parent.measure,
      });
      continue;
    }
    const level = varavLevelOf(label);
    if (level > 0 && open.length > 0) {
      const depth = Math.min(level, open.length);
      const owner = open[depth - 1];
      const share = isShareLabel(label) || rowIsPercent(grid, section, r);
      const row: IndicatorRow = {
        row: r,
        kind: "varav",
        label,
        section: index,
        level: depth,
        parentRow: owner.row,
        share,
        measure: share
          ? "share"
          : measureKindOf(label, grid, section, r, owner.measure),
      };
      rows.push(row);
      open.length = depth;
      open.push(row);
      continue;
    }
    const row: IndicatorRow = {
      row: r,
      kind: "indicator",
      label,
      section: index,
      level: 0,
      measure: measureKindOf(label, grid, section, r),
    };
    rows.push(row);
    open.length = 0;
    open.push(row);
  }
}

/** True when the row's outcome values are percentages. */
function rowIsPercent(
  grid: SheetGrid,
  section: IndicatorSection,
  row: number,
): boolean {
  let percent = 0;
  let plain = 0;
  for (const column of section.outcomes) {
    const kind = grid.kindAt(row, column.col);
    if (kind === CELL_BLANK || kind === CELL_MISSING) continue;
    if (
      grid.isPercentCell(row, column.col) ||
      /%/.test(grid.text(row, column.col))
    )
      percent += 1;
    else plain += 1;
  }
  return percent > 0 && percent >= plain;
}

function titleOf(grid: SheetGrid, rows: number[]): string {
  for (const r of rows) {
    for (let c = grid.left; c < grid.left + grid.width; c += 1) {
      const text = cleanText(grid.text(r, c));
      if (text !== "") return text;
    }
  }
  return "";
}

/**
 * The indicator table on a sheet; a table without any header has no sections. `headers` is
 * findHeaders(grid) when the caller has already looked for them.
 */
export function readIndicatorTable(
  grid: SheetGrid,
  headers: FoundHeader[] = findHeaders(grid),
): IndicatorTable {
  const end = grid.top + grid.height - 1;
  const sections: IndicatorSection[] = headers.map((h, i) => {
    const headerRow = h.rows[h.rows.length - 1];
    const nextTop = i + 1 < headers.length ? headers[i + 1].rows[0] - 1 : end;
    const columns = h.reading.columns.filter((c) => c.role !== null);
    const outcomes = columns
      .filter((c) => c.role === "outcome")
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.col - b.col);
    return {
      headerRow,
      headerRows: h.rows,
      labelCol: h.reading.labelCol,
      columns,
      outcomes,
      firstRow: headerRow + 1,
      lastRow: nextTop,
    };
  });
  const rows: IndicatorRow[] = [];
  sections.forEach((section, index) => readRows(grid, section, index, rows));
  const titleRows: number[] = [];
  const firstHeader =
    headers.length > 0 ? headers[0].rows[0] : grid.top + grid.height;
  for (let r = grid.top; r < firstHeader; r += 1)
    if (hasContent(grid, r)) titleRows.push(r);
  return {
    sections,
    rows,
    title: titleOf(grid, titleRows),
    titleRows,
    byRow: new Map(rows.map((r) => [r.row, r])),
  };
}
