/**
 * Percentages as Swedish municipal reports print them (domain.md §3).
 *
 * Procentuell förändring is Excel's =till/från−1: (till − från) divided by the base with the
 * base's own sign, so a net cost growing from −12 696 to −17 162 is +35 %. Reports use two
 * bases: the old value (default) and the new value (Haninge's nämndplan). A zero base gives no
 * percentage, and neither do values of different signs.
 *
 * Avvikelse i procent keeps the deviation's sign: (utfall − budget) / |budget|.
 *
 * The *Problem functions return a string constant or null so that a caller looping over many
 * cells can check and compute without allocating an outcome object per cell.
 */
export type PercentBaseChoice = "from" | "to";

export type PercentProblem = "zeroBase" | "signChange";

export type PercentOutcome =
  { ok: true; value: number } | { ok: false; reason: PercentProblem };

/** Why no percentage change exists between `from` and `to`, or null when one does. */
export function percentChangeProblem(
  from: number,
  to: number,
  base: PercentBaseChoice = "from",
): PercentProblem | null {
  if ((base === "from" ? from : to) === 0) return "zeroBase";
  if ((from < 0 && to > 0) || (from > 0 && to < 0)) return "signChange";
  return null;
}

/** (till − från) / bas; only meaningful when percentChangeProblem returned null. */
export function percentChangeRatio(
  from: number,
  to: number,
  base: PercentBaseChoice = "from",
): number {
  return (to - from) / (base === "from" ? from : to);
}

export function percentChange(
  from: number,
  to: number,
  base: PercentBaseChoice = "from",
): PercentOutcome {
  const problem = percentChangeProblem(from, to, base);
  if (problem) return { ok: false, reason: problem };
  return { ok: true, value: percentChangeRatio(from, to, base) };
}

/** Why no avvikelse in percent exists, or null when one does. */
export function deviationPercentProblem(budget: number): PercentProblem | null {
  return budget === 0 ? "zeroBase" : null;
}

/** (utfall − budget) / |budget|; only meaningful when the budget is not 0. */
export function deviationPercentRatio(budget: number, outcome: number): number {
  return (outcome - budget) / Math.abs(budget);
}

export function deviationPercent(
  budget: number,
  outcome: number,
): PercentOutcome {
  if (budget === 0) return { ok: false, reason: "zeroBase" };
  return { ok: true, value: deviationPercentRatio(budget, outcome) };
}

/**
 * Reads the name of a percentage base as people write it: "från" (also "fran", "gammal", "old",
 * "from") or "till" (also "ny", "new", "to"). Blank means the default, "from". Null when the
 * text is neither.
 */
export function parsePercentBase(text: string): PercentBaseChoice | null {
  const word = text.trim().toLowerCase();
  if (word === "") return "from";
  if (FROM_WORDS.has(word)) return "from";
  if (TO_WORDS.has(word)) return "to";
  return null;
}

const FROM_WORDS = new Set(["från", "fran", "gammal", "gamla", "old", "from"]);
const TO_WORDS = new Set(["till", "ny", "nya", "new", "to"]);
