/**
 * Every percentage cell compared with the change it describes, once per sheet:
 * Förändring % columns, Avvikelse % columns and rows of Procentuell förändring.
 * percent.mismatch, percent.missing and percent.zero-base all read from it.
 */
import { abs, isNaNValue } from "../../layout/fast";
import { percentChange } from "../../calc/percent";
import {
  changeRatioRange,
  deviationRatioRange,
  percentAgrees,
  roundingSlack,
} from "../../layout/compare";
import { deviationSign, deviationStyle } from "../../layout/convention";
import {
  CELL_BLANK,
  CELL_MISSING,
  CELL_NUMBER,
  CELL_TEXT_NUMBER,
} from "../../layout/grid";
import { ColumnInfo, RowInfo, isBaseAmountColumn } from "../../layout/types";
import { ROW_PERCENT } from "../types";
import type { RuleContext } from "../types";

export type PercentStatus =
  "ok" | "mismatch" | "missing" | "zeroBase" | "signChange";

export interface PercentCheck {
  row: number;
  col: number;
  kind: "change" | "deviation";
  /** The cells the percentage is computed from. */
  fromCell: { row: number; col: number };
  toCell: { row: number; col: number };
  from: number;
  to: number;
  /** The stored value (a ratio, or points), null when blank or "-". */
  stored: number | null;
  /** The ratio it should show; null when no percentage can be computed. */
  expected: number | null;
  base: "from" | "to";
  /** Avvikelse %: +1 for (outcome − budget), −1 for (budget − outcome). */
  sign: 1 | -1;
  points: boolean;
  /** Digits of percent the cell prints. */
  decimals: number;
  status: PercentStatus;
}

interface Source {
  row: number;
  col: number;
  column: ColumnInfo;
  kind: "change" | "deviation";
  fromCell: { row: number; col: number };
  toCell: { row: number; col: number };
  base: "from" | "to";
  info: RowInfo;
}

function evaluate(ctx: RuleContext, s: Source): PercentCheck | null {
  const { grid, layout } = ctx;
  const from = grid.number(s.fromCell.row, s.fromCell.col);
  const to = grid.number(s.toCell.row, s.toCell.col);
  if (isNaNValue(from) || isNaNValue(to)) return null;
  const kind = grid.kindAt(s.row, s.col);
  const hasValue = kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER;
  if (!hasValue && kind !== CELL_BLANK && kind !== CELL_MISSING) return null;
  const stored = hasValue ? grid.number(s.row, s.col) : null;
  const points =
    s.column.percentPoints === true && !grid.textNumber(s.row, s.col)?.percent;
  const sign =
    s.kind === "deviation"
      ? deviationSign(
          deviationStyle(s.column, layout.signConvention),
          s.info.flow,
          from,
        )
      : 1;
  const outcome =
    s.kind === "change"
      ? percentChange(from, to, s.base)
      : from === 0
        ? ({ ok: false, reason: "zeroBase" } as const)
        : ({ ok: true, value: (sign * (to - from)) / abs(from) } as const);
  const decimals = hasValue
    ? grid.percentDecimals(s.row, s.col, points)
    : (s.column.decimals ?? 0);
  const base: PercentCheck = {
    row: s.row,
    col: s.col,
    kind: s.kind,
    fromCell: s.fromCell,
    toCell: s.toCell,
    from,
    to,
    stored,
    expected: outcome.ok ? outcome.value : null,
    base: s.base,
    sign,
    points,
    decimals,
    status: "ok",
  };
  if (stored === null)
    return outcome.ok ? { ...base, status: "missing" } : null;
  if (!outcome.ok)
    return {
      ...base,
      status: outcome.reason === "zeroBase" ? "zeroBase" : "signChange",
    };
  const fromColumn = ctx.column(s.fromCell.col);
  const toColumn = ctx.column(s.toCell.col);
  const fs = roundingSlack(
    from,
    fromColumn?.decimals ??
      grid.printedDecimals(s.fromCell.row, s.fromCell.col),
  );
  const ts = roundingSlack(
    to,
    toColumn?.decimals ?? grid.printedDecimals(s.toCell.row, s.toCell.col),
  );
  const range =
    s.kind === "change"
      ? changeRatioRange(from, fs, to, ts, s.base)
      : deviationRatioRange(from, fs, to, ts, sign);
  if (!range) return null;
  return {
    ...base,
    status: percentAgrees(stored, decimals, points, range) ? "ok" : "mismatch",
  };
}

export function evaluatePercentages(ctx: RuleContext): PercentCheck[] {
  const { layout } = ctx;
  const checks: PercentCheck[] = [];
  const percentCols = layout.columns.filter(
    (c) =>
      (c.role === "forandringProcent" || c.role === "avvikelseProcent") &&
      c.from !== undefined &&
      c.to !== undefined,
  );
  const bases = layout.columns.filter(isBaseAmountColumn);
  const { rows, roles, length } = ctx.index;
  const percentRows = roles.includes(ROW_PERCENT);
  if (percentCols.length === 0 && !percentRows) return checks;
  for (let i = 0; i < length; i += 1) {
    const info = ctx.row(rows[i]);
    if (!info) continue;
    if (info.role === "percent" && info.percentOf !== undefined) {
      const source = info.percentOf;
      for (let i = 1; i < bases.length; i += 1) {
        const column = bases[i];
        const previous = bases[i - 1];
        const result = evaluate(ctx, {
          row: info.row,
          col: column.col,
          column: { ...column, percent: true, decimals: column.decimals },
          kind: "change",
          fromCell: { row: source, col: previous.col },
          toCell: { row: source, col: column.col },
          base: layout.percentBase,
          info,
        });
        if (result) checks.push(result);
      }
      continue;
    }
    for (const column of percentCols) {
      const from = column.from as number;
      const to = column.to as number;
      const result = evaluate(ctx, {
        row: info.row,
        col: column.col,
        column,
        kind: column.role === "forandringProcent" ? "change" : "deviation",
        fromCell: { row: info.row, col: from },
        toCell: { row: info.row, col: to },
        base: column.base ?? layout.percentBase,
        info,
      });
      if (result) checks.push(result);
    }
  }
  return dropUnconfirmed(checks, percentCols);
}

/**
 * A percentage column paired with its figures by position only is read that way when at least
 * a third of its figures agree; otherwise the reading is a guess and its cells are left alone.
 */
function dropUnconfirmed(
  checks: PercentCheck[],
  columns: readonly ColumnInfo[],
): PercentCheck[] {
  const guessed = new Set(
    columns.filter((c) => c.pairedBy === "position").map((c) => c.col),
  );
  if (guessed.size === 0) return checks;
  const agree = new Map<number, number>();
  const printed = new Map<number, number>();
  for (const check of checks) {
    if (!guessed.has(check.col) || check.stored === null) continue;
    printed.set(check.col, (printed.get(check.col) ?? 0) + 1);
    if (check.status === "ok")
      agree.set(check.col, (agree.get(check.col) ?? 0) + 1);
  }
  const confirmed = (col: number) => {
    const a = agree.get(col) ?? 0;
    return a > 0 && a * 3 >= (printed.get(col) ?? 0);
  };
  return checks.filter(
    (check) => !guessed.has(check.col) || confirmed(check.col),
  );
}
