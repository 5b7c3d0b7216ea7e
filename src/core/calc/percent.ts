/**
 * Percentages as Swedish municipal reports print them (domain.md §3).
 *
 * Procentuell förändring is Excel's =till/från−1: (till − från) divided by the base with the
 * base's own sign, so a net cost growing from −12 696 to −17 162 is +35 %. Reports use two
 * bases: the old value (default) and the new value (Haninge's nämndplan). A zero base gives no
 * percentage, and neither do values of different signs.
 *
 * Avvikelse i procent keeps the deviation's sign: (utfall − budget) / |budget|.
 */
export type PercentBaseChoice = "from" | "to";

export type PercentOutcome =
  | { ok: true; value: number }
  | { ok: false; reason: "zeroBase" | "signChange" };

export function percentChange(
  from: number,
  to: number,
  base: PercentBaseChoice = "from",
): PercentOutcome {
  const baseValue = base === "from" ? from : to;
  if (baseValue === 0) return { ok: false, reason: "zeroBase" };
  if ((from < 0 && to > 0) || (from > 0 && to < 0))
    return { ok: false, reason: "signChange" };
  return { ok: true, value: (to - from) / baseValue };
}

export function deviationPercent(
  budget: number,
  outcome: number,
): PercentOutcome {
  if (budget === 0) return { ok: false, reason: "zeroBase" };
  return { ok: true, value: (outcome - budget) / Math.abs(budget) };
}
