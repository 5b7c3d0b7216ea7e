/**
 * The rounding tolerance of a total, the same for recognition (does this reading add up?) and
 * for the rules (is this an error or an avrundningsdifferens?).
 */
import { noise, sumToleranceUnits, unitOf } from "../calc/sum";
import { decimalsOfFormat } from "../numbers";
import { SheetGrid } from "./grid";

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
  setting: number | "auto"
): number {
  const format = decimalsOfFormat(grid.format(row, col));
  const parsed = grid.textNumber(row, col);
  const decimals = parsed ? parsed.decimals : (format ?? columnDecimals ?? 0);
  const value = grid.number(row, col);
  const magnitude = Number.isNaN(value) ? 0 : Math.abs(value);
  return sumToleranceUnits(parts, setting) * unitOf(decimals) + noise(magnitude * Math.max(1, parts));
}
