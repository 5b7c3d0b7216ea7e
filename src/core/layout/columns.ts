/**
 * Column roles completed from the figures: a column without a named role is a percentage
 * (after an Avvikelse or Förändring), an amount ("unknown") or text; its printed precision
 * comes from its number formats; and each computed column learns which columns it is computed
 * from (Avvikelse: the budget and the outcome of its group; Förändring: the columns its header
 * names, or the two before it).
 */
import { decimalsOfFormat } from "../numbers";
import { CELL_NUMBER, CELL_TEXT, CELL_TEXT_NUMBER, SheetGrid, valueDecimals } from "./grid";
import { HeaderBlock, HeaderColumn } from "./headerBlock";
import { AmountRole, HeaderRef } from "./headers";
import { ColumnInfo, ColumnRole, isBaseAmountColumn, isOutcomeRole } from "./types";

/** Rows sampled per column for formats and precision: enough to be sure, cheap on big sheets. */
const SAMPLE_ROWS = 400;

interface ColumnStats {
  numbers: number;
  texts: number;
  percentCells: number;
  formattedDecimals: Map<number, number>;
  generalDecimals: number;
  percentDecimals: Map<number, number>;
}

function sampleRows(start: number, end: number): number[] {
  if (start < 0 || end < start) return [];
  const count = end - start + 1;
  const step = Math.max(1, Math.floor(count / SAMPLE_ROWS));
  const rows: number[] = [];
  for (let r = start; r <= end; r += step) rows.push(r);
  return rows;
}

function statsOf(grid: SheetGrid, col: number, rows: readonly number[]): ColumnStats {
  const stats: ColumnStats = {
    numbers: 0,
    texts: 0,
    percentCells: 0,
    formattedDecimals: new Map(),
    generalDecimals: 0,
    percentDecimals: new Map(),
  };
  for (const row of rows) {
    const kind = grid.kindAt(row, col);
    if (kind === CELL_TEXT) stats.texts += 1;
    if (kind !== CELL_NUMBER && kind !== CELL_TEXT_NUMBER) continue;
    stats.numbers += 1;
    if (grid.isPercentCell(row, col)) {
      stats.percentCells += 1;
      const d = grid.percentDecimals(row, col);
      stats.percentDecimals.set(d, (stats.percentDecimals.get(d) ?? 0) + 1);
      continue;
    }
    const parsed = grid.textNumber(row, col);
    const fromFormat = parsed ? parsed.decimals : decimalsOfFormat(grid.format(row, col));
    if (fromFormat !== null) {
      stats.formattedDecimals.set(fromFormat, (stats.formattedDecimals.get(fromFormat) ?? 0) + 1);
    } else {
      stats.generalDecimals = Math.max(stats.generalDecimals, valueDecimals(grid.number(row, col)));
    }
  }
  return stats;
}

function mode(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

export interface ColumnsResult {
  columns: ColumnInfo[];
  /** Columns whose cells show percentages by their format (or a % sign in text). */
  percentFormatted: Set<number>;
}

const PERCENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(["avvikelseProcent", "forandringProcent"]);

/** Columns with roles from the header alone (before the figures are read). */
export function headerRoles(header: HeaderBlock): ColumnInfo[] {
  return header.columns.map((h: HeaderColumn): ColumnInfo => {
    if (h.col === header.labelCol) return { col: h.col, role: "label", header: h.header };
    let role: ColumnRole = h.meaning.role ?? "unknown";
    if (h.meaning.role === null && h.col < header.labelCol) role = "text";
    return {
      col: h.col,
      role,
      header: h.header,
      ...(h.group ? { group: h.group } : {}),
      ...(h.meaning.year !== undefined ? { year: h.meaning.year } : {}),
      ...(PERCENT_ROLES.has(role) || h.meaning.percent ? { percent: true } : {}),
    };
  });
}

/** Completes roles, precision and percentages from the figures in rows [start, end]. */
export function completeColumns(
  grid: SheetGrid,
  header: HeaderBlock,
  columns: ColumnInfo[],
  start: number,
  end: number
): ColumnsResult {
  const rows = sampleRows(start, end);
  const percentFormatted = new Set<number>();
  let previous: ColumnInfo | null = null;
  for (const column of columns) {
    if (column.role === "label" || column.role === "text") {
      if (column.role === "text") previous = null;
      continue;
    }
    const stats = statsOf(grid, column.col, rows);
    const named = header.columns[column.col - grid.left]?.meaning.role ?? null;
    const percentByCells = stats.numbers > 0 && stats.percentCells * 2 >= stats.numbers;
    if (percentByCells) percentFormatted.add(column.col);
    if (named === null) {
      if (column.percent || percentByCells) {
        column.role = previous?.role === "avvikelse" ? "avvikelseProcent" : "forandringProcent";
        column.percent = true;
      } else if (stats.numbers === 0 && stats.texts > 0) {
        column.role = "text";
      }
    } else if (percentByCells && !PERCENT_ROLES.has(column.role) && !column.percent) {
      column.percent = true;
    }
    if (column.percent) {
      column.decimals = mode(stats.percentDecimals) ?? 0;
    } else {
      column.decimals = mode(stats.formattedDecimals) ?? stats.generalDecimals;
    }
    previous = column;
  }
  pairColumns(columns, header);
  return { columns, percentFormatted };
}

function sameGroup(a: ColumnInfo, b: ColumnInfo): boolean {
  return (a.group ?? "") === (b.group ?? "");
}

function nearest(
  columns: readonly ColumnInfo[],
  index: number,
  accept: (c: ColumnInfo) => boolean,
  group: boolean
): ColumnInfo | undefined {
  const self = columns[index];
  for (let i = index - 1; i >= 0; i -= 1) {
    if (accept(columns[i]) && (!group || sameGroup(columns[i], self))) return columns[i];
  }
  for (let i = index + 1; i < columns.length; i += 1) {
    if (accept(columns[i]) && (!group || sameGroup(columns[i], self))) return columns[i];
  }
  return undefined;
}

function resolveRef(
  columns: readonly ColumnInfo[],
  index: number,
  ref: HeaderRef
): ColumnInfo | undefined {
  const candidates = columns.filter(
    (c) => isBaseAmountColumn(c) && c.year === ref.year && (!ref.role || c.role === (ref.role as AmountRole))
  );
  if (candidates.length === 0) return undefined;
  const self = columns[index];
  return (
    candidates.find((c) => sameGroup(c, self) && c.col < self.col) ??
    candidates.find((c) => sameGroup(c, self)) ??
    candidates.find((c) => c.role === "budget") ??
    candidates[0]
  );
}

/** Which columns each Avvikelse, Förändring and percentage is computed from. */
function pairColumns(columns: ColumnInfo[], header: HeaderBlock): void {
  const isBudget = (c: ColumnInfo) => c.role === "budget" && !c.percent;
  const isOutcome = (c: ColumnInfo) => isOutcomeRole(c.role) && !c.percent;
  columns.forEach((column, index) => {
    if (column.role === "avvikelse" || column.role === "avvikelseProcent") {
      const budget = nearest(columns, index, isBudget, true) ?? nearest(columns, index, isBudget, false);
      const outcome = nearest(columns, index, isOutcome, true) ?? nearest(columns, index, isOutcome, false);
      if (budget && outcome) {
        column.from = budget.col;
        column.to = outcome.col;
      }
      return;
    }
    if (column.role !== "forandring" && column.role !== "forandringProcent") return;
    const refs = header.columns[index]?.meaning.refs ?? [];
    if (refs.length >= 2) {
      const a = resolveRef(columns, index, refs[0]);
      const b = resolveRef(columns, index, refs[1]);
      if (a && b && a !== b) {
        column.from = a.col;
        column.to = b.col;
        if (column.role === "forandring") column.direction = "fromMinusTo";
        return;
      }
    }
    const before = columns[index - 1];
    if (
      column.role === "forandringProcent" &&
      before?.role === "forandring" &&
      before.from !== undefined &&
      before.to !== undefined
    ) {
      column.from = before.from;
      column.to = before.to;
      return;
    }
    const bases: ColumnInfo[] = [];
    for (let i = index - 1; i >= 0 && bases.length < 2; i -= 1) {
      if (isBaseAmountColumn(columns[i]) && sameGroup(columns[i], column)) bases.push(columns[i]);
    }
    if (bases.length === 2) {
      column.from = bases[1].col;
      column.to = bases[0].col;
      if (column.role === "forandring") column.direction = "toMinusFrom";
    }
  });
}
