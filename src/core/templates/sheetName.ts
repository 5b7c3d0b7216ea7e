/**
 * A new sheet never replaces an existing one: a taken name gets " (2)", " (3)", … the way
 * Excel names copies, shortened so that the whole name stays within Excel's 31 characters.
 * Excel compares sheet names without regard to case.
 */
const MAX_SHEET_NAME = 31;

export function uniqueSheetName(
  base: string,
  existing: readonly string[],
): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  taken.add("history");
  const fitted = base.slice(0, MAX_SHEET_NAME).trimEnd();
  if (!taken.has(fitted.toLowerCase())) return fitted;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate =
      base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
