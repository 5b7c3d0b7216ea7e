/**
 * The rounding tolerance of a total, the same for recognition (does this reading add up?) and
 * for the rules (is this an error or an avrundningsdifferens?).
 */
import { abs, isNaNValue } from "./fast";
import { noise, sumToleranceUnits, unitOf } from "../calc/sum";
import { SheetGrid } from "./grid";

/** One unit of the last digit a cell prints: its own format, how its text was written, or the column's precision. */
export function printedUnit(
  grid: SheetGrid,
  row: number,
  col: number,
  columnDecimals: number | undefined,
): number {
  const parsed = grid.textNumber(row, col);
  const decimals = parsed
    ? parsed.decimals
    : (grid.formatDecimalsAt(row, col) ?? columnDecimals ?? 0);
  return unitOf(decimals);
}

/**
 * How far a total of `parts` parts may lie from their sum: settings.tolerance units (or
 * max(1, ⌈n/2⌉) units when "auto") of the last digit the total prints, from its own number
 * format or else the column's precision.
 */
export function totalTolerance(
  grid: SheetGrid,
  row: number,
  col: number,
  parts: number,
  columnDecimals: number | undefined,
  setting: number | "auto",
): number {
  const value = grid.number(row, col);
  const magnitude = isNaNValue(value) ? 0 : abs(value);
  return (
    sumToleranceUnits(parts, setting) *
      printedUnit(grid, row, col, columnDecimals) +
    noise(magnitude)
  );
}
