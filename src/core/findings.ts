/**
 * What the engine reports: one Finding per wrong (or doubtful) cell, with the Edits that fix it.
 */
import { CellEdit, SheetKind } from "./workbook";

export type Severity = "error" | "warning" | "info";

export interface Fix {
  /** What the fix does, in Swedish ("Skriv =SUM(B3:B9)"). */
  label: string;
  labelEn?: string;
  edits: CellEdit[];
}

export interface Finding {
  /** Rule id, e.g. "sum.mismatch". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  cell: string;
  /** The label of the cell's row ("Summa netto"), "" when the row has none. */
  rowLabel: string;
  /** The header of the cell's column ("Budget 2020"), "" when the column has none. */
  columnHeader: string;
  /** What is wrong, in Swedish. */
  message: string;
  /** The same in English, for the English UI. */
  messageEn?: string;
  expected?: number | string | null;
  actual?: number | string | null;
  /** Other cells that explain the finding (the parts of a sum, the row left out). */
  related?: string[];
  fix?: Fix;
}

/** The result of validating one sheet. */
export interface SheetResult {
  sheet: string;
  kind: SheetKind;
  findings: Finding[];
}

export const SEVERITY_ORDER: Record<Severity, number> = {
  error: 0,
  warning: 1,
  info: 2,
};

export function countBySeverity(
  findings: readonly Finding[],
): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
