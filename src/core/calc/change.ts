/**
 * Förändring: the difference between two values of the same row (budget year to budget year,
 * period to period). The custom function and the rules both use `change` (till − från); a
 * printed "Förändring B 2023-B 2024" column may run the other way (old − new), which the rules
 * detect from the data.
 */
export function change(from: number, to: number): number {
  return to - from;
}
