/**
 * Summakontroll: does a stated total equal the sum of its parts (domain.md §3, §7)? The answer
 * is the difference Σ delar − summa, 0 when they agree. A tolerance absorbs the rounding
 * difference of published tables (amounts rounded one by one), and binary noise such as
 * 0,1 + 0,2 − 0,3 = 5,6·10⁻¹⁷ never shows as a difference.
 */

import { noise } from "./sum";

export function sumOf(parts: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < parts.length; i++) sum += parts[i];
  return sum;
}

/** Σ parts − total, or 0 when the difference is within `tolerance` (≥ 0) or is noise. */
export function sumCheck(
  parts: ArrayLike<number>,
  total: number,
  tolerance = 0,
): number {
  return sumDifference(sumOf(parts), total, tolerance);
}

/** The difference between a computed sum and a stated total, as sumCheck reports it. */
export function sumDifference(
  sum: number,
  total: number,
  tolerance = 0,
): number {
  const difference = sum - total;
  // The same noise allowance as the sum rules; it also keeps 10,2 − 10,1 from falling just
  // outside a tolerance of 0,1.
  if (
    Math.abs(difference) <=
    tolerance + noise(Math.max(Math.abs(sum), Math.abs(total)))
  ) {
    return 0;
  }
  return difference;
}
