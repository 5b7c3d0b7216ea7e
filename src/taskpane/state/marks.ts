/**
 * Which cells "Markera i bladet" colours: every cell with an error or a warning, once, in the
 * colours of Excel's own "Dålig" and "Neutral" cell styles so they read as Excel's. Protected
 * sheets are left out: Excel refuses any format change there, and one refusal fails the batch.
 */
import type { SheetResult } from "../../core/findings";
import {
  type UndoRecord,
  type WorkbookSnapshot,
  parseA1,
} from "../../core/workbook";
import type { HighlightRecord, Mark } from "../../host/port";

export const ERROR_FILL = "#FFC7CE";
export const WARNING_FILL = "#FFEB9C";

export function marksFor(
  results: readonly SheetResult[],
  readOnly: ReadonlySet<string> = new Set(),
): Mark[] {
  const marks = new Map<string, Mark>();
  for (const result of results) {
    for (const finding of result.findings) {
      if (finding.severity === "info" || readOnly.has(finding.sheet)) continue;
      const { row, col } = parseA1(finding.cell.split(":")[0]);
      const key = `${finding.sheet}!${row},${col}`;
      const color = finding.severity === "error" ? ERROR_FILL : WARNING_FILL;
      if (marks.get(key)?.color === ERROR_FILL) continue;
      marks.set(key, { sheet: finding.sheet, row, col, color });
    }
  }
  return [...marks.values()];
}

/**
 * A batch written while cells were marked remembers the mark as those cells' fill. Once the
 * marks are gone, undoing it would paint them back where nothing in the pane can remove them,
 * so its records get the cells' own fills instead. Records older than the marks are left alone.
 */
/** The sheets of a snapshot that can be read but not written. */
export function protectedSheets(
  snapshot: WorkbookSnapshot,
): ReadonlySet<string> {
  return new Set(snapshot.sheets.filter((s) => s.protected).map((s) => s.name));
}

export function forgetMarks(
  records: readonly UndoRecord[],
  highlight: HighlightRecord,
  olderRecords: ReadonlySet<string>,
): void {
  const marked = new Map<string, { color: string; fill: string | null }>();
  highlight.marks.forEach((mark, i) =>
    marked.set(`${mark.sheet}!${mark.row},${mark.col}`, {
      color: mark.color.toUpperCase(),
      fill: highlight.priorFills[i],
    }),
  );
  for (const record of records) {
    if (olderRecords.has(record.id)) continue;
    for (const cell of record.cells) {
      const mark = marked.get(`${cell.sheet}!${cell.row},${cell.col}`);
      if (mark && cell.fill?.toUpperCase() === mark.color)
        cell.fill = mark.fill;
    }
  }
}
