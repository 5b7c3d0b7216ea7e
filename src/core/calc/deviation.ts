/**
 * Avvikelse: how far an outcome (utfall or prognos) lies from the budget. Under convention A
 * (income positive, costs negative) utfall − budget is positive when it is favourable, on
 * income and cost rows alike (domain.md §3).
 */
export function deviation(budget: number, outcome: number): number {
  return outcome - budget;
}
