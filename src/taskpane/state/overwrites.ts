/**
 * Before a batch writes over a cell that has content, the user is told and asked. A fix may
 * rewrite its own cell (that is the point of it); any other non-empty cell it would change is
 * an overwrite.
 */
import type { Finding } from "../../core/findings";
import { isBlank } from "../../core/numbers";
import {
  CellEdit,
  CellValue,
  WorkbookSnapshot,
  formulaAt,
  parseA1,
  toA1,
} from "../../core/workbook";

export interface Overwrite {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** What the cell holds now (its formula or constant). */
  current: CellValue;
  /** What the batch would write. */
  next: CellValue;
}

function writesContent(edit: CellEdit): boolean {
  return edit.formula !== undefined || edit.value !== undefined;
}

/** The non-empty cells the edits would change, other than the ones listed as their own. */
export function overwritesOf(
  edits: readonly CellEdit[],
  snapshot: WorkbookSnapshot,
  ownCells: ReadonlySet<string> = new Set(),
): Overwrite[] {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const found = new Map<string, Overwrite>();
  for (const edit of edits) {
    if (!writesContent(edit)) continue;
    const key = cellKey(edit.sheet, edit.row, edit.col);
    if (ownCells.has(key)) continue;
    const sheet = sheets.get(edit.sheet);
    if (!sheet) continue;
    const current = formulaAt(sheet, edit.row, edit.col);
    if (isBlank(current)) continue;
    const next = edit.formula ?? edit.value ?? "";
    if (next === current) continue;
    found.set(key, {
      sheet: edit.sheet,
      cell: toA1(edit.row, edit.col),
      current,
      next,
    });
  }
  return [...found.values()];
}

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${row},${col}`;
}

/** The cells the findings are about, as keys for overwritesOf. */
export function findingCells(findings: readonly Finding[]): Set<string> {
  const keys = new Set<string>();
  for (const finding of findings) {
    const { row, col } = parseA1(finding.cell.split(":")[0]);
    keys.add(cellKey(finding.sheet, row, col));
  }
  return keys;
}
