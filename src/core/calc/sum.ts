/**
 * Sums as printed tables have them: the rounding tolerance of a total, why a total differs
 * from its parts (a row left out, counted twice, a range that stops early), and the formula
 * that sums the right rows with Excel's built-in functions only.
 */
import { columnLetter, toA1 } from "../workbook";
import { scanSumFormula } from "./sumFormulaScan";

// Bound once: in some hosts (jest's vm sandbox) each read of the global Math is slow.
const { abs, ceil, max, min } = Math;

/**
 * The tolerance of a total of n parts in units of the last printed digit (domain.md §3):
 * one unit, up to ⌈n/2⌉ units since every part was rounded on its own; a number from the
 * settings replaces it.
 */
export function sumToleranceUnits(
  parts: number,
  setting: number | "auto" = "auto",
): number {
  if (setting !== "auto") return setting;
  return max(1, ceil(parts / 2));
}

/**
 * The binary noise allowed when comparing sums of this magnitude: far above the rounding
 * error of adding even a million doubles (n·2⁻⁵² relative), far below any printed unit.
 */
export function noise(magnitude: number): number {
  return 1e-9 * abs(magnitude) + 1e-12;
}

/** One unit of the last printed digit: 1 decimal → 0.1. */
export function unitOf(decimals: number): number {
  return 10 ** -decimals;
}

export type SumExplanation =
  /** The total leaves these parts out (indices into the parts). */
  | { kind: "leftOut"; parts: number[] }
  /** The total leaves out one of these parts, which have the same value. */
  | { kind: "leftOutOneOf"; parts: number[] }
  /** The total counts this part twice. */
  | { kind: "countedTwice"; part: number }
  /** The total counts only the first `count` parts: its range stops early. */
  | { kind: "stopsEarly"; count: number }
  /** The total leaves out the first `skip` parts: its range starts late. */
  | { kind: "startsLate"; skip: number };

/** Pairs are searched only in totals of at most this many parts (n² stays small). */
const PAIR_LIMIT = 60;

/**
 * Why `actual` differs from the sum of `parts`, when a simple slip explains it within
 * `tolerance`: one part left out or counted twice, a range that stops early or starts late,
 * or two parts left out. Null when nothing simple explains the difference.
 */
export function explainSum(
  actual: number,
  parts: readonly number[],
  tolerance: number,
): SumExplanation | null {
  const n = parts.length;
  let sum = 0;
  for (const p of parts) sum += p;
  const diff = actual - sum;
  if (abs(diff) <= tolerance) return null;
  const near = (a: number, b: number) => abs(a - b) <= tolerance;
  const meaningful = (p: number) => abs(p) > tolerance;

  // A range that stops early: the total equals the first k parts (k = n - 1 is one row short).
  let prefix = 0;
  for (let k = 1; k < n; k += 1) {
    prefix += parts[k - 1];
    if (near(actual, prefix) && parts.slice(k).some(meaningful)) {
      return k === n - 1
        ? { kind: "leftOut", parts: [n - 1] }
        : { kind: "stopsEarly", count: k };
    }
  }
  const leftOut: number[] = [];
  for (let i = 0; i < n; i += 1)
    if (meaningful(parts[i]) && near(diff, -parts[i])) leftOut.push(i);
  if (leftOut.length === 1) return { kind: "leftOut", parts: leftOut };
  if (leftOut.length > 1) return { kind: "leftOutOneOf", parts: leftOut };
  for (let i = 0; i < n; i += 1) {
    if (meaningful(parts[i]) && near(diff, parts[i]))
      return { kind: "countedTwice", part: i };
  }
  let suffix = 0;
  for (let k = n - 1; k >= 1; k -= 1) {
    suffix += parts[k];
    if (near(actual, suffix)) return { kind: "startsLate", skip: k };
  }
  if (n <= PAIR_LIMIT) {
    for (let i = 0; i < n; i += 1) {
      if (!meaningful(parts[i])) continue;
      for (let j = i + 1; j < n; j += 1) {
        if (meaningful(parts[j]) && near(diff, -(parts[i] + parts[j])))
          return { kind: "leftOut", parts: [i, j] };
      }
    }
  }
  return null;
}

/** Column letters by index, made once: recognition scans a formula per total cell. */
const LETTERS: string[] = [];

function letterOf(col: number): string {
  if (col < 0 || col >= 16384) return columnLetter(col);
  let letter = LETTERS[col];
  if (letter === undefined) {
    letter = columnLetter(col);
    LETTERS[col] = letter;
  }
  return letter;
}

/**
 * Rows summed by a formula in one column: "=SUM(B3:B9)", "=SUM(B3:B5,B9)", "=B3+B5-B7",
 * "=SUBTOTAL(9,B3:B9)".
 * Returns the rows added and subtracted, or null when the formula is something else
 * (other functions, other columns, other sheets).
 */
export function rowsOfSumFormula(
  formula: string,
  col: number,
): { plus: number[]; minus: number[] } | null {
  const scanned = scanSumFormula(formula, letterOf(col));
  return scanned === undefined
    ? rowsOfSumFormulaByPattern(formula, col)
    : scanned;
}

/**
 * The rows of a sum formula when it adds only rows above `row` (a total of what precedes
 * it); null otherwise, including when it adds a row at `row` or below.
 */
export function rowsOfSumFormulaAbove(
  formula: string,
  col: number,
  row: number,
): { plus: number[]; minus: number[] } | null {
  const scanned = scanSumFormula(formula, letterOf(col), row);
  if (scanned !== undefined) return scanned;
  const parsed = rowsOfSumFormulaByPattern(formula, col);
  return parsed && parsed.plus.every((r) => r < row) ? parsed : null;
}

/** rowsOfSumFormula by regular expressions: any formula, and the reference for the scan. */
export function rowsOfSumFormulaByPattern(
  formula: string,
  col: number,
): { plus: number[]; minus: number[] } | null {
  const text = formula.replace(/\s+/g, "").replace(/\$/g, "").toUpperCase();
  const letter = columnLetter(col);
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const range = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/;
  const plus: number[] = [];
  const minus: number[] = [];
  const addRef = (ref: string, into: number[]): boolean => {
    const r = range.exec(ref);
    if (r) {
      if (r[1] !== letter || r[3] !== letter) return false;
      const a = Number(r[2]) - 1;
      const b = Number(r[4]) - 1;
      for (let row = min(a, b); row <= max(a, b); row += 1) into.push(row);
      return true;
    }
    const c = cell.exec(ref);
    if (c && c[1] === letter) {
      into.push(Number(c[2]) - 1);
      return true;
    }
    return false;
  };
  const terms = text.replace(/^=/, "").match(/[+-]?[^+-]+/g);
  if (!terms) return null;
  for (const term of terms) {
    const sign = term.startsWith("-") ? -1 : 1;
    const body = term.replace(/^[+-]/, "");
    const into = sign < 0 ? minus : plus;
    // SUBTOTAL(9, …) and SUBTOTAL(109, …) add like SUM (the latter skipping hidden rows).
    const sumMatch =
      /^SUM\((.*)\)$/.exec(body) ?? /^SUBTOTAL\((?:9|109),(.*)\)$/.exec(body);
    if (sumMatch) {
      for (const ref of sumMatch[1].split(","))
        if (!addRef(ref, into)) return null;
    } else if (!addRef(body, into)) return null;
  }
  return plus.length + minus.length > 0 ? { plus, minus } : null;
}

/**
 * Sorted rows grouped into runs of consecutive rows; two runs of at least two rows are joined
 * across rows that `canSpan` (no number in this column), so SUM(B6:B14) can step over a
 * heading while two single cells stay "=B4+B12".
 */
function runs(
  rows: readonly number[],
  canSpan: (row: number) => boolean,
): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const strict: [number, number][] = [];
  for (const row of sorted) {
    const last = strict[strict.length - 1];
    if (last && last[1] + 1 === row) last[1] = row;
    else strict.push([row, row]);
  }
  const joined: [number, number][] = [];
  for (const run of strict) {
    const last = joined[joined.length - 1];
    if (last && last[1] > last[0] && run[1] > run[0]) {
      let bridge = true;
      for (let r = last[1] + 1; r < run[0] && bridge; r += 1)
        bridge = canSpan(r);
      if (bridge) {
        last[1] = run[1];
        continue;
      }
    }
    joined.push([run[0], run[1]]);
  }
  return joined;
}

function refOf(run: [number, number], col: number): string {
  return run[0] === run[1]
    ? toA1(run[0], col)
    : `${toA1(run[0], col)}:${toA1(run[1], col)}`;
}

/**
 * The formula that sums `plus` and subtracts `minus` in one column, using only =SUM and + −:
 * "=SUM(B3:B9)" for one range, "=B4+B12" for a few single cells, "=SUM(B3:B7,B10:B14)" else.
 * `canSpan(row)` tells whether a row that is not a part may lie inside a range (it holds no
 * number in this column: a heading or a blank row).
 */
export function sumFormula(
  col: number,
  plus: readonly number[],
  minus: readonly number[] = [],
  canSpan: (row: number) => boolean = () => false,
): string {
  const plusRuns = runs(plus, canSpan);
  const minusRuns = runs(minus, canSpan);
  const express = (list: [number, number][]): string => {
    if (list.length === 0) return "";
    if (list.length === 1 && list[0][0] === list[0][1])
      return toA1(list[0][0], col);
    if (list.length === 1) return `SUM(${refOf(list[0], col)})`;
    if (list.every((r) => r[0] === r[1]) && list.length <= 8)
      return list.map((r) => toA1(r[0], col)).join("+");
    return `SUM(${list.map((r) => refOf(r, col)).join(",")})`;
  };
  const positive = express(plusRuns);
  const negative = minusRuns
    .map((r) =>
      r[0] === r[1] ? `-${toA1(r[0], col)}` : `-SUM(${refOf(r, col)})`,
    )
    .join("");
  if (positive === "") return negative === "" ? "=0" : `=${negative}`;
  return `=${positive}${negative}`;
}
