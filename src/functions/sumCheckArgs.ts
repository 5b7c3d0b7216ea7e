/**
 * KOLL.SUMMAKONTROLL over ranges: one stated total for all parts, a total row checked column by
 * column, or a total column checked row by row. A part that is not a number makes its own
 * line's result an error naming the cell, so the other columns still answer.
 */
import { sumCheck } from "../core/calc/sumcheck";
import {
  Grid,
  Out,
  finiteResult,
  isKollError,
  kollError,
  numberArg,
} from "./args";

type Lines = "all" | "columns" | "rows";

function linesOf(parts: Grid, total: Grid): Lines {
  const partRows = parts.length;
  const partCols = parts[0].length;
  const totalRows = total.length;
  const totalCols = total[0].length;
  if (totalRows === 1 && totalCols === 1) return "all";
  if (totalRows === 1 && totalCols === partCols) return "columns";
  if (totalCols === 1 && totalRows === partRows) return "rows";
  throw kollError(
    CustomFunctions.ErrorCode.invalidValue,
    `Summa (${totalRows}×${totalCols}) ska vara en cell, en rad lika bred som delarna eller en kolumn lika hög som delarna (${partRows}×${partCols}).`,
  );
}

/** The parts of one line as numbers, or the error of the first cell that is not one. */
function lineNumbers(parts: Grid, lines: Lines, index: number): Out<number[]> {
  const rows = lines === "rows" ? [index] : parts.map((_, r) => r);
  const cols = lines === "columns" ? [index] : parts[0].map((_, c) => c);
  const numbers: number[] = [];
  for (const r of rows) {
    for (const c of cols) {
      const value = numberArg(parts[r][c], "Delar");
      if (isKollError(value)) {
        return kollError(
          value.code,
          `Delar, rad ${r + 1} kolumn ${c + 1}: ${value.message ?? ""}`,
        );
      }
      numbers.push(value);
    }
  }
  return numbers;
}

function checkLine(
  parts: Grid,
  lines: Lines,
  index: number,
  total: unknown,
  tolerance: number,
) {
  const numbers = lineNumbers(parts, lines, index);
  if (isKollError(numbers)) return numbers;
  const stated = numberArg(total, "Summa");
  if (isKollError(stated)) return stated;
  return finiteResult(sumCheck(numbers, stated, tolerance));
}

export function sumCheckGrid(
  parts: Grid,
  total: Grid,
  tolerance: number,
): Out<number>[][] {
  const lines = linesOf(parts, total);
  if (lines === "all")
    return [[checkLine(parts, lines, 0, total[0][0], tolerance)]];
  if (lines === "columns") {
    return [
      total[0].map((cell, c) => checkLine(parts, lines, c, cell, tolerance)),
    ];
  }
  return total.map((row, r) => [checkLine(parts, lines, r, row[0], tolerance)]);
}
