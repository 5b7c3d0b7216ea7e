/**
 * Turning what Excel passes to a custom function into numbers, and results back into cells.
 * Excel passes a cell or range argument as a 2-D array; empty cells arrive as null or "", an
 * error in an input cell as a CustomFunctions.Error. Every failure becomes a
 * CustomFunctions.Error with a Swedish message — never a raw throw, never NaN or Infinity.
 */
import { parseSwedishNumber } from "../core/numbers";
import { isErrorValue } from "../core/workbook";

/** One cell as a host passes it; anything else that arrives is refused with a message. */
export type Cell = unknown;
export type Grid = Cell[][];
export type Out<T> = T | CustomFunctions.Error;

/**
 * The largest range one argument may be (cells). Two full Excel columns; beyond that a
 * function answers #NUM! at once rather than keep Excel busy for a result nobody can read.
 */
export const MAX_CELLS = 2_000_000;

export function kollError(
  code: CustomFunctions.ErrorCode,
  message: string,
): CustomFunctions.Error {
  return new CustomFunctions.Error(code, message);
}

export function isKollError(value: unknown): value is CustomFunctions.Error {
  // The typeof test first: it keeps the global CustomFunctions lookup off the path of numbers
  // and text, which matters where globals are slow to reach (jest's and Node's vm contexts).
  return (
    typeof value === "object" &&
    value !== null &&
    value instanceof CustomFunctions.Error
  );
}

/** An Excel error value arriving as text ("#DIV/0!") passes through as the same error. */
function passThroughError(value: string): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  const byText: Record<string, CustomFunctions.ErrorCode> = {
    "#DIV/0!": codes.divisionByZero,
    "#N/A": codes.notAvailable,
    "#NUM!": codes.invalidNumber,
    "#NULL!": codes.nullReference,
  };
  const code = byText[value] ?? codes.invalidValue;
  return kollError(code, `Argumentet är redan ett fel (${value}).`);
}

function notANumber(value: Cell, argName: string): CustomFunctions.Error {
  if (typeof value === "boolean") {
    return kollError(
      CustomFunctions.ErrorCode.invalidValue,
      `${argName} är ett sanningsvärde, inte ett tal.`,
    );
  }
  return kollError(
    CustomFunctions.ErrorCode.invalidValue,
    `${argName} är inte ett tal.`,
  );
}

/**
 * The number an argument cell stands for, where arithmetic is meant: empty → 0, numbers as they
 * are, Swedish number text parsed; anything else is an error naming the argument.
 */
export function numberArg(value: Cell, argName: string): Out<number> {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? value
      : kollError(
          CustomFunctions.ErrorCode.invalidNumber,
          `${argName} är inte ett ändligt tal.`,
        );
  }
  const optional = optionalNumberArg(value, argName);
  return optional === null ? 0 : optional;
}

/**
 * The number an argument cell stands for, where a judgement is meant: empty and the "no value"
 * markers of published tables ("-", "..") are null rather than 0.
 */
export function optionalNumberArg(
  value: Cell,
  argName: string,
): Out<number> | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return numberArg(value, argName);
  if (isKollError(value)) return value;
  if (typeof value === "string") {
    if (isErrorValue(value)) return passThroughError(value);
    const parsed = parseSwedishNumber(value);
    if (parsed.ok) return parsed.value;
    if (parsed.missing) return null;
    return kollError(
      CustomFunctions.ErrorCode.invalidValue,
      `${argName}: ${parsed.reason}`,
    );
  }
  return notANumber(value, argName);
}

/** Text of a cell that holds words ("från", "högre"); null for an empty cell. */
export function textArg(value: Cell, argName: string): Out<string> | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string")
    return isErrorValue(value) ? passThroughError(value) : value;
  if (isKollError(value)) return value;
  return kollError(
    CustomFunctions.ErrorCode.invalidValue,
    `${argName} måste vara en text.`,
  );
}

/** A result number, unless arithmetic ran off the end of the doubles. */
export function finiteResult(value: number): Out<number> {
  return Number.isFinite(value)
    ? value
    : kollError(
        CustomFunctions.ErrorCode.invalidNumber,
        "Resultatet blir för stort för Excel.",
      );
}

/**
 * A grid argument as Excel passes it; a bare value (as some hosts pass a single cell, and an
 * omitted optional argument) becomes 1×1. Ragged or empty arrays and ranges above MAX_CELLS
 * are refused with a message naming the argument.
 */
export function asGrid(value: unknown, argName: string): Grid {
  if (!Array.isArray(value)) return [[value]];
  const rows = value.length;
  const first: unknown = value[0];
  if (rows === 0 || !Array.isArray(first) || first.length === 0) {
    throw kollError(
      CustomFunctions.ErrorCode.invalidValue,
      `${argName} är inte ett område eller ett värde.`,
    );
  }
  const width = first.length;
  if (rows * width > MAX_CELLS) {
    throw kollError(
      CustomFunctions.ErrorCode.invalidNumber,
      `${argName} har ${rows * width} celler; KOLL-funktionerna tar högst ${MAX_CELLS} celler per område.`,
    );
  }
  for (let r = 1; r < rows; r++) {
    const row: unknown = value[r];
    if (!Array.isArray(row) || row.length !== width) {
      throw kollError(
        CustomFunctions.ErrorCode.invalidValue,
        `${argName} är inte ett rektangulärt område.`,
      );
    }
  }
  return value as Grid;
}

/** An argument meant as one value: a 1×1 range is its cell; a larger range is refused. */
export function scalarArg(value: unknown, argName: string): Cell {
  const grid = asGrid(value, argName);
  if (grid.length !== 1 || grid[0].length !== 1) {
    throw kollError(
      CustomFunctions.ErrorCode.invalidValue,
      `${argName} ska vara en cell eller ett värde, inte ett område på ${grid.length}×${grid[0].length}.`,
    );
  }
  return grid[0][0];
}

/** The cells of a grid read row by row (a plain loop: Array.prototype.flat is slow on columns). */
export function cellsOf(grid: Grid): Cell[] {
  if (grid.length === 1) return grid[0];
  const width = grid[0].length;
  const cells: Cell[] = new Array(grid.length * width);
  let i = 0;
  for (const row of grid) {
    for (let c = 0; c < width; c++) cells[i++] = row[c];
  }
  return cells;
}

function isSingle(grid: Grid): boolean {
  return grid.length === 1 && grid[0].length === 1;
}

/** The shape all grids share once 1×1 grids are broadcast; #VALUE! naming them if none. */
function commonShape(grids: Grid[], names: string[]): [number, number] {
  let rows = 1;
  let cols = 1;
  let shaped = false;
  for (const grid of grids) {
    if (isSingle(grid)) continue;
    if (!shaped) {
      rows = grid.length;
      cols = grid[0].length;
      shaped = true;
    } else if (grid.length !== rows || grid[0].length !== cols) {
      const described = grids
        .map((g, i) => `${names[i]} ${g.length}×${g[0].length}`)
        .join(", ");
      throw kollError(
        CustomFunctions.ErrorCode.invalidValue,
        `Områdena har olika storlek (${described}); de måste vara lika stora.`,
      );
    }
  }
  return [rows, cols];
}

/**
 * Applies `fn` cell by cell over two same-shaped grids, the way Excel's own arithmetic works on
 * ranges: a 1×1 argument is used for every cell; any other mismatch is #VALUE! saying so. A bad
 * cell gives an error in that cell only. Written for two arguments without an argument array
 * per cell, because the arithmetic functions run over whole columns.
 */
export function elementwise2<T>(
  a: unknown,
  b: unknown,
  names: [string, string],
  fn: (x: Cell, y: Cell) => Out<T>,
): Out<T>[][] {
  const ga = asGrid(a, names[0]);
  const gb = asGrid(b, names[1]);
  const [rows, cols] = commonShape([ga, gb], names);
  const aSingle = isSingle(ga);
  const bSingle = isSingle(gb);
  const a00 = ga[0][0];
  const b00 = gb[0][0];
  const result: Out<T>[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const rowA = ga[aSingle ? 0 : r];
    const rowB = gb[bSingle ? 0 : r];
    const out: Out<T>[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      out[c] = fn(aSingle ? a00 : rowA[c], bSingle ? b00 : rowB[c]);
    }
    result[r] = out;
  }
  return result;
}

/** Like elementwise2 for any number of arguments (functions that are not on a hot path). */
export function elementwise<T>(
  args: unknown[],
  names: string[],
  fn: (cells: Cell[]) => Out<T>,
): Out<T>[][] {
  const grids = args.map((arg, i) => asGrid(arg, names[i]));
  const [rows, cols] = commonShape(grids, names);
  const result: Out<T>[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const out: Out<T>[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      out[c] = fn(grids.map((g) => (isSingle(g) ? g[0][0] : g[r][c])));
    }
    result[r] = out;
  }
  return result;
}

/** Runs a function body so that nothing but a CustomFunctions.Error ever leaves it. */
export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isKollError(error)) throw error;
    throw kollError(
      CustomFunctions.ErrorCode.invalidValue,
      "Oväntat fel i Rapportkoll; kontrollera argumenten.",
    );
  }
}
