/**
 * Comparing printed figures the way a careful reader does: every printed amount may be
 * rounded by half a unit of its last digit, and a percentage is right when the change it
 * describes rounds to what the cell shows (a "0%" cell showing 35 % is right for 0,3518).
 */
import { abs, max, round } from "./fast";
import { percentChange } from "../calc/percent";
import { noise } from "../calc/sum";

/** numbers.roundHalfAway (Excel's ROUND) with Math bound once, for loops over every cell. */
export function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = abs(value) * factor;
  const rounded = round(scaled + scaled * 8.881784197001252e-16) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Half a unit of the last printed digit when the value is printed rounded to it, else 0. */
export function roundingSlack(value: number, decimals: number): number {
  return roundingSlackAt(value, 10 ** decimals);
}

/** roundingSlack with 10 ** decimals given: loops over a column compute the factor once. */
export function roundingSlackAt(value: number, factor: number): number {
  const scaled = value * factor;
  return abs(scaled - round(scaled)) <= 1e-7 * max(1, abs(scaled))
    ? 0.5 / factor
    : 0;
}

/** True when a printed difference agrees with a − b, given each figure's rounding slack. */
export function differenceAgrees(
  printed: number,
  expected: number,
  slack: number,
): boolean {
  return abs(printed - expected) <= slack + noise(abs(printed) + abs(expected));
}

/**
 * The range (to − from) / base can take when from and to may each be off by their slack.
 * Null when the change has no percentage (zero base, or a change of sign).
 */
export function changeRatioRange(
  from: number,
  fromSlack: number,
  to: number,
  toSlack: number,
  base: "from" | "to",
): [number, number] | null {
  const exact = percentChange(from, to, base);
  if (!exact.ok) return null;
  let lo = exact.value;
  let hi = exact.value;
  for (const f of [from - fromSlack, from + fromSlack]) {
    for (const t of [to - toSlack, to + toSlack]) {
      const b = base === "from" ? f : t;
      if (b === 0 || b > 0 !== (base === "from" ? from : to) > 0) continue;
      const v = (t - f) / b;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return [lo, hi];
}

/**
 * The range of an avvikelse in percent, sign × (outcome − budget) / |budget|, with slack on
 * both figures. Null when the budget is 0.
 */
export function deviationRatioRange(
  budget: number,
  budgetSlack: number,
  outcome: number,
  outcomeSlack: number,
  sign: 1 | -1,
): [number, number] | null {
  if (budget === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const b of [budget - budgetSlack, budget, budget + budgetSlack]) {
    if (b === 0 || b > 0 !== budget > 0) continue;
    for (const o of [outcome - outcomeSlack, outcome + outcomeSlack]) {
      const v = (sign * (o - b)) / abs(b);
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : null;
}

/**
 * Whether a stored percentage, printed with `decimals` digits of percent, could show a ratio in
 * [lo, hi]. `points`: the value is stored in percent (35) rather than as a ratio (0.35).
 */
export function percentAgrees(
  stored: number,
  decimals: number,
  points: boolean,
  range: [number, number],
): boolean {
  const shown = roundHalfAway(points ? stored : stored * 100, decimals);
  const half = 0.5 / 10 ** decimals;
  const lo = range[0] * 100;
  const hi = range[1] * 100;
  const eps = noise(abs(shown) + abs(hi));
  return shown - half - eps <= hi && shown + half + eps >= lo;
}

/** A ratio as the cell would store it. */
export function storedPercent(ratio: number, points: boolean): number {
  return points ? ratio * 100 : ratio;
}
