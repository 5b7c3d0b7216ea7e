/**
 * A value as the pane shows it: numbers the Swedish way (−1 741,5), percentages with a percent
 * sign when the cell is formatted as one, text as it is.
 */
import {
  decimalsOfFormat,
  formatNumber,
  formatPercent,
  isPercentFormat,
} from "../../core/numbers";

/** Digits after the decimal comma a number needs, up to four (1.25 → 2, 3 → 0). */
function decimalsNeeded(value: number): number {
  for (let decimals = 0; decimals < 4; decimals++) {
    if (
      Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) <
      1e-9
    )
      return decimals;
  }
  return 4;
}

export function displayValue(value: unknown, numberFormat?: string): string {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "number") {
    const decimals = decimalsOfFormat(numberFormat);
    if (isPercentFormat(numberFormat))
      return formatPercent(value, decimals ?? decimalsNeeded(value * 100));
    return formatNumber(value, { decimals: decimals ?? decimalsNeeded(value) });
  }
  return String(value);
}
