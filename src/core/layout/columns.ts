/**
 * Column roles completed from the figures: a column without a named role is a percentage
 * (after an Avvikelse or Förändring), an amount ("unknown") or text; its printed precision
 * comes from its number formats; and each computed column learns which columns it is computed
 * from (Avvikelse: the budget and the outcome of its group; Förändring: the columns its header
 * names, or the two before it).
 */
import { floor, max } from "./fast";
import {
  CELL_NUMBER,
  CELL_TEXT,
  CELL_TEXT_NUMBER,
  SheetGrid,
  valueDecimals,
} from "./grid";
import { HeaderBlock, HeaderColumn } from "./headerBlock";
import { AmountRole, HeaderRef } from "./headers";
import {
  ColumnInfo,
  ColumnRole,
  isBaseAmountColumn,
  isOutcomeRole,
} from "./types";

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

function sampleRows(
  start: number,
  end: number,
  skip: (row: number) => boolean,
): number[] {
  if (start < 0 || end < start) return [];
  const count = end - start + 1;
  const step = max(1, floor(count / SAMPLE_ROWS));
  const rows: number[] = [];
  for (let r = start; r <= end; r += step) if (!skip(r)) rows.push(r);
  return rows;
}

function statsOf(
  grid: SheetGrid,
  col: number,
  rows: readonly number[],
): ColumnStats {
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
    const fromFormat = parsed
      ? parsed.decimals
      : grid.formatDecimalsAt(row, col);
    if (fromFormat !== null) {
      stats.formattedDecimals.set(
        fromFormat,
        (stats.formattedDecimals.get(fromFormat) ?? 0) + 1,
      );
    } else {
      stats.generalDecimals = max(
        stats.generalDecimals,
        valueDecimals(grid.number(row, col)),
      );
    }
  }
  return stats;
}

function mode(counts: Map<number, number>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (
      count > bestCount ||
      (count === bestCount && best !== null && value > best)
    ) {
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

const PERCENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "avvikelseProcent",
  "forandringProcent",
]);

/** Columns with roles from the header alone (before the figures are read), all of one shape. */
export function headerRoles(header: HeaderBlock): ColumnInfo[] {
  return header.columns.map((h: HeaderColumn): ColumnInfo => {
    const label = h.col === header.labelCol;
    let role: ColumnRole = label ? "label" : (h.meaning.role ?? "unknown");
    if (!label && h.meaning.role === null && h.col < header.labelCol)
      role = "text";
    return {
      col: h.col,
      role,
      header: h.header,
      group: label ? undefined : h.group,
      year: label ? undefined : h.meaning.year,
      from: undefined,
      to: undefined,
      decimals: undefined,
      percent:
        !label && (PERCENT_ROLES.has(role) || h.meaning.percent)
          ? true
          : undefined,
      direction: undefined,
      base: undefined,
      percentPoints: undefined,
      pairedBy: undefined,
    };
  });
}

/**
 * Completes roles, precision and percentages from the figures in rows [start, end], leaving
 * out the rows `skip` names (rows of percentages under amounts).
 */
export function completeColumns(
  grid: SheetGrid,
  header: HeaderBlock,
  columns: ColumnInfo[],
  start: number,
  end: number,
  skip: (row: number) => boolean = () => false,
): ColumnsResult {
  const rows = sampleRows(start, end, skip);
  const percentFormatted = new Set<number>();
  let previous: ColumnInfo | null = null;
  for (const column of columns) {
    if (column.role === "label" || column.role === "text") {
      if (column.role === "text") previous = null;
      continue;
    }
    const stats = statsOf(grid, column.col, rows);
    const named = header.columns[column.col - grid.left]?.meaning.role ?? null;
    const percentByCells =
      stats.numbers > 0 && stats.percentCells * 2 > stats.numbers;
    if (percentByCells) percentFormatted.add(column.col);
    if (named === null) {
      if (column.percent || percentByCells) {
        column.role =
          previous?.role === "avvikelse"
            ? "avvikelseProcent"
            : "forandringProcent";
        column.percent = true;
      } else if (stats.numbers === 0 && stats.texts > 0) {
        column.role = "text";
      }
    } else if (
      percentByCells &&
      !PERCENT_ROLES.has(column.role) &&
      !column.percent
    ) {
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
  group: boolean,
): ColumnInfo | undefined {
  const self = columns[index];
  for (let i = index - 1; i >= 0; i -= 1) {
    if (accept(columns[i]) && (!group || sameGroup(columns[i], self)))
      return columns[i];
  }
  for (let i = index + 1; i < columns.length; i += 1) {
    if (accept(columns[i]) && (!group || sameGroup(columns[i], self)))
      return columns[i];
  }
  return undefined;
}

function resolveRef(
  columns: readonly ColumnInfo[],
  index: number,
  ref: HeaderRef,
): ColumnInfo | undefined {
  const candidates = columns.filter(
    (c) =>
      isBaseAmountColumn(c) &&
      c.year === ref.year &&
      (!ref.role || c.role === (ref.role as AmountRole)),
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
      const inGroupBudget = nearest(columns, index, isBudget, true);
      const inGroupOutcome = nearest(columns, index, isOutcome, true);
      const budget = inGroupBudget ?? nearest(columns, index, isBudget, false);
      const outcome =
        inGroupOutcome ?? nearest(columns, index, isOutcome, false);
      if (budget && outcome) {
        column.from = budget.col;
        column.to = outcome.col;
        // Named by the header: the only budget and outcome before it in its group, or a budget
        // and an outcome of the same year. "Avvikelse mot föregående år" compares something else.
        const before = columns
          .slice(0, index)
          .filter((c) => sameGroup(c, column));
        const onlyPair =
          inGroupBudget !== undefined &&
          inGroupOutcome !== undefined &&
          before.filter(isBudget).length === 1 &&
          before.filter(isOutcome).length === 1;
        const sameYear =
          budget.year !== undefined && budget.year === outcome.year;
        const otherComparison = /föregående|fg\.? år|förra/.test(
          column.header.toLowerCase(),
        );
        column.pairedBy =
          (onlyPair || sameYear) && !otherComparison ? "header" : "position";
      }
      return;
    }
    if (column.role !== "forandring" && column.role !== "forandringProcent")
      return;
    const refs = header.columns[index]?.meaning.refs ?? [];
    if (refs.length >= 2) {
      const a = resolveRef(columns, index, refs[0]);
      const b = resolveRef(columns, index, refs[1]);
      if (a && b && a !== b) {
        column.from = a.col;
        column.to = b.col;
        column.pairedBy = "header";
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
      column.pairedBy = before.pairedBy;
      return;
    }
    const bases: ColumnInfo[] = [];
    for (let i = index - 1; i >= 0 && bases.length < 2; i -= 1) {
      if (isBaseAmountColumn(columns[i]) && sameGroup(columns[i], column))
        bases.push(columns[i]);
    }
    if (bases.length === 2) {
      column.from = bases[1].col;
      column.to = bases[0].col;
      column.pairedBy = "position";
      if (column.role === "forandring") column.direction = "toMinusFrom";
    }
  });
}
