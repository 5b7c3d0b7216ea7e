/**
 * Which cells "Markera i bladet" colours: every cell with an error or a warning, once, in the
 * colours of Excel's own "Dålig" and "Neutral" cell styles so they read as Excel's.
 */
import type { SheetResult } from "../../core/findings";
import { parseA1 } from "../../core/workbook";
import type { Mark } from "../../host/port";

export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

export function marksFor(results: readonly SheetResult[]): Mark[] {
  const marks = new Map<string, Mark>();
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === "info") continue;
      const { row, col } = parseA1(finding.cell.split(":")[0]);
      const key = `${finding.sheet}!${row},${col}`;
      const color = finding.severity === "error" ? ERROR_FILL : WARNING_FILL;
      if (marks.get(key)?.color === ERROR_FILL) continue;
      marks.set(key, { sheet: finding.sheet, row, col, color });
    }
  }
  return [...marks.values()];
}
