/**
 * The value of an indicator cell. Indicator tables hold numbers, percentages, and text as it
 * was published: "84 %", "index 66", "46 063", "0,847", "997 per år". Each is read the Swedish
 * way (never with Number or parseFloat) into a value with how it was written, so the rules can
 * compare a total with its breakdown and point at a decimal point typed by mistake.
 */
import { parseAmountText } from "../../calc/targets";
import { formatNumber, formatPercent, isPercentFormat } from "../../numbers";
import { CELL_NUMBER, CELL_TEXT, CELL_TEXT_NUMBER, SheetGrid } from "../grid";
import { cleanText } from "../text";

export interface Measure {
  /** For a percentage the ratio (84 % → 0.84). */
  value: number;
  percent: boolean;
  /** Digits after the decimal separator as printed (of the percentage for percentages). */
  decimals: number;
  /** Written as text with a decimal point ("12.3"): a Swedish reader sees a typo. */
  decimalPoint: boolean;
  /** A unit written in the cell: "index", "per år". */
  unit?: string;
  /** The cell holds text rather than a number. */
  text: boolean;
}

/** A number written with a decimal point and no comma: "12.3", "index 79.2" (not "1 234,5"). */
export const DECIMAL_POINT = /(?:^|[^\d.,])\d+\.\d+(?![\d.,])/;

function digitsAfterSeparator(text: string): number {
  const match = /\d[.,](\d+)(?!.*\d[.,]\d)/.exec(text);
  return match ? match[1].length : 0;
}

/**
 * The measure in a cell, null for a blank or a printed "no value" ("-", ".."), and "unreadable"
 * for text that is no value ("8/19", "Ny mätning").
 */
export function measureAt(
  grid: SheetGrid,
  row: number,
  col: number,
): Measure | null | "unreadable" {
  const kind = grid.kindAt(row, col);
  if (kind === CELL_NUMBER) {
    const value = grid.number(row, col);
    const percent = isPercentFormat(grid.format(row, col));
    return {
      value,
      percent,
      decimals: percent
        ? grid.percentDecimals(row, col)
        : grid.printedDecimals(row, col),
      decimalPoint: false,
      text: false,
    };
  }
  if (kind === CELL_TEXT_NUMBER) {
    const parsed = grid.textNumber(row, col);
    if (!parsed) return null;
    return {
      value: parsed.value,
      percent: parsed.percent,
      decimals: parsed.decimals,
      decimalPoint: parsed.decimalPoint,
      text: true,
    };
  }
  if (kind !== CELL_TEXT) return null;
  const text = cleanText(grid.text(row, col));
  const amount = parseAmountText(text);
  if (!amount) return "unreadable";
  return {
    value: amount.value,
    percent: amount.percent,
    decimals: digitsAfterSeparator(text),
    decimalPoint: DECIMAL_POINT.test(text) && !text.includes(","),
    ...(amount.unit ? { unit: amount.unit } : {}),
    text: true,
  };
}

/** A readable measure at a cell, or null. */
export function valueAt(
  grid: SheetGrid,
  row: number,
  col: number,
): Measure | null {
  const measure = measureAt(grid, row, col);
  return measure === "unreadable" ? null : measure;
}

/**
 * Two measures on one scale: a plain 84 beside 84 % means 84 %, a plain 0,84 beside it too.
 * Returns b's value on a's scale.
 */
export function onScaleOf(a: Measure, b: Measure): number {
  if (a.percent === b.percent) return b.value;
  if (a.percent && !b.percent)
    return Math.abs(b.value) > 1.5 ? b.value / 100 : b.value;
  return Math.abs(a.value) > 1.5 && Math.abs(b.value) <= 1.5
    ? b.value * 100
    : b.value;
}

/** One unit in the last printed digit of a measure, on its own scale (1 % is 0.01). */
export function printedUnit(measure: Measure): number {
  const unit = 10 ** -Math.min(measure.decimals, 6);
  return measure.percent ? unit / 100 : unit;
}

/** A value as the table shows it: 84 %, index 66, 46 063, 0,847. */
export function showMeasure(measure: Measure, value = measure.value): string {
  const decimals = Math.min(measure.decimals, 4);
  if (measure.percent) return formatPercent(value, decimals);
  const number = formatNumber(value, { decimals });
  return measure.unit === "index"
    ? `index ${number}`
    : measure.unit
      ? `${number} ${measure.unit}`
      : number;
}
