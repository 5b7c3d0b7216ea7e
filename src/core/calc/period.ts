/**
 * The period budget of a delårsrapport (domain.md §2): the share of the year budget that
 * belongs to the first m months, linear (m/12) or by a seasonal profile of twelve monthly
 * weights (a school year, a winter road service).
 */
export const MONTHS_IN_YEAR = 12;

export type ProfileProblem = "length" | "negative" | "notFinite" | "zeroSum";

/** What is wrong with a weight profile, or null when it can be used. */
export function profileProblem(
  weights: ReadonlyArray<number>,
): ProfileProblem | null {
  if (weights.length !== MONTHS_IN_YEAR) return "length";
  let sum = 0;
  for (const weight of weights) {
    if (!Number.isFinite(weight)) return "notFinite";
    if (weight < 0) return "negative";
    sum += weight;
  }
  return sum > 0 ? null : "zeroSum";
}

/** True for a whole number of months from 0 to 12. */
export function isMonthCount(months: number): boolean {
  return Number.isInteger(months) && months >= 0 && months <= MONTHS_IN_YEAR;
}

/**
 * The share of the year that the first `months` months carry: months/12, or the profile's
 * weights for those months over the year's. `months` must pass isMonthCount and the profile
 * profileProblem.
 */
export function periodShare(
  months: number,
  weights?: ReadonlyArray<number>,
): number {
  if (!weights) return months / MONTHS_IN_YEAR;
  let part = 0;
  let whole = 0;
  for (let m = 0; m < MONTHS_IN_YEAR; m++) {
    if (m < months) part += weights[m];
    whole += weights[m];
  }
  return part / whole;
}

export function periodBudget(
  yearBudget: number,
  months: number,
  weights?: ReadonlyArray<number>,
): number {
  return yearBudget * periodShare(months, weights);
}
