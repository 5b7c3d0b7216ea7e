/** Excel's rules for a sheet name: 1–31 characters, none of : \ / ? * [ ], no apostrophe at the ends. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 31) return "length";
  if (/[:\\/?*[\]]/.test(name)) return "characters";
  if (name.startsWith("'") || name.endsWith("'")) return "apostrophe";
  return null;
}

/** Excel compares sheet names without regard to case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase("sv") === b.toLocaleLowerCase("sv");
}
