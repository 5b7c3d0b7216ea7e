/**
 * Turning what Excel passes to a custom function into numbers, and results back into cells.
 * Excel passes a cell or range argument as a 2-D array; empty cells arrive as null or "".
 * Every failure becomes a CustomFunctions.Error with a Swedish message — never a raw throw.
 */
import { parseSwedishNumber } from "../core/numbers";
import { isErrorValue } from "../core/workbook";

export type Cell = number | string | boolean | null | undefined;
export type Grid = Cell[][];
export type Out<T> = T | CustomFunctions.Error;

export function kollError(
  code: CustomFunctions.ErrorCode,
  message: string,
): CustomFunctions.Error {
  return new CustomFunctions.Error(code, message);
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

/**
 * The number an argument cell stands for, where arithmetic is meant: empty → 0, numbers as they
 * are, Swedish number text parsed; anything else is #VALUE! naming the argument.
 */
export function numberArg(value: Cell, argName: string): Out<number> {
  if (value === null || value === undefined || value === "") return 0;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? value
      : kollError(
          CustomFunctions.ErrorCode.invalidNumber,
          `${argName} är inte ett ändligt tal.`,
        );
  }
  if (typeof value === "boolean") {
    return kollError(
      CustomFunctions.ErrorCode.invalidValue,
      `${argName} är ett sanningsvärde, inte ett tal.`,
    );
  }
  if (typeof value === "string") {
    if (isErrorValue(value)) return passThroughError(value);
    const parsed = parseSwedishNumber(value);
    if (parsed.ok) return parsed.value;
    if (parsed.missing) return 0;
    return kollError(
      CustomFunctions.ErrorCode.invalidValue,
      `${argName}: ${parsed.reason}`,
    );
  }
  return kollError(
    CustomFunctions.ErrorCode.invalidValue,
    `${argName} är inte ett tal.`,
  );
}

/** A grid argument as Excel passes it; a bare value (as some hosts pass a single cell) becomes 1×1. */
export function asGrid(value: unknown): Grid | null {
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (value.every((row) => Array.isArray(row))) {
      const rows = value as unknown[][];
      const width = rows[0].length;
      if (width === 0 || rows.some((row) => row.length !== width)) return null;
      return rows as Grid;
    }
    return null;
  }
  return [[value as Cell]];
}

/**
 * Applies `fn` cell by cell over same-shaped grids, the way Excel's own arithmetic works on
 * ranges: a 1×1 argument is used for every cell; any other mismatch is #VALUE! saying so.
 * A bad cell gives an error in that cell only.
 */
export function elementwise(
  grids: Record<string, unknown>,
  fn: (cells: Cell[]) => Out<number>,
): Out<number>[][] {
  const names = Object.keys(grids);
  const shaped: Grid[] = [];
  for (const name of names) {
    const grid = asGrid(grids[name]);
    if (!grid)
      throw kollError(
        CustomFunctions.ErrorCode.invalidValue,
        `${name} är inte ett område eller ett värde.`,
      );
    shaped.push(grid);
  }
  let rows = 1;
  let cols = 1;
  for (const grid of shaped) {
    if (grid.length === 1 && grid[0].length === 1) continue;
    if (rows === 1 && cols === 1) {
      rows = grid.length;
      cols = grid[0].length;
    } else if (grid.length !== rows || grid[0].length !== cols) {
      const described = shaped
        .map((g, i) => `${names[i]} ${g.length}×${g[0].length}`)
        .join(", ");
      throw kollError(
        CustomFunctions.ErrorCode.invalidValue,
        `Områdena har olika storlek (${described}); de måste vara lika stora.`,
      );
    }
  }
  const result: Out<number>[][] = new Array(rows);
  const cells: Cell[] = new Array(shaped.length);
  for (let r = 0; r < rows; r++) {
    const out: Out<number>[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < shaped.length; i++) {
        const g = shaped[i];
        cells[i] = g.length === 1 && g[0].length === 1 ? g[0][0] : g[r][c];
      }
      out[c] = fn(cells);
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
    if (error instanceof CustomFunctions.Error) throw error;
    throw kollError(
      CustomFunctions.ErrorCode.invalidValue,
      "Oväntat fel i Rapportkoll; kontrollera argumenten.",
    );
  }
}
