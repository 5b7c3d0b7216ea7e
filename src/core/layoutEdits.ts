/**
 * The sheet layout that edits change besides cells (column widths, frozen panes, data
 * validation, conditional fills), applied and undone the same way by every in-memory host:
 * MemoryWorkbook (the reference) and the preview's workbook.
 */
import {
  ColumnWidthEdit,
  ConditionalFillEdit,
  FreezeEdit,
  RangeRef,
  UndoRecord,
  ValidationEdit,
  ValidationRule,
} from "./workbook";

/** Excel's default column width, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

export function sameRange(a: RangeRef, b: RangeRef): boolean {
  return (
    a.sheet === b.sheet &&
    a.top === b.top &&
    a.left === b.left &&
    a.bottom === b.bottom &&
    a.right === b.right
  );
}

export interface SheetLayoutState {
  columnWidths: Map<number, number>;
  freeze: { rows: number; cols: number };
  validations: {
    range: RangeRef;
    rule: ValidationRule;
    errorMessage?: string;
  }[];
  conditionalFills: { range: RangeRef; rules: ConditionalFillEdit["rules"] }[];
}

export type LayoutEdit =
  ColumnWidthEdit | FreezeEdit | ValidationEdit | ConditionalFillEdit;

/**
 * Applies one layout edit to its sheet's layout. The prior state goes into the undo record
 * unless the sheet was added by the same batch (undo removes the whole sheet then).
 */
export function applyLayoutEdit(
  layout: SheetLayoutState,
  edit: LayoutEdit,
  record: UndoRecord,
  recordPrior: boolean,
): void {
  switch (edit.op) {
    case "columnWidth":
      if (recordPrior)
        record.columnWidths.push({
          sheet: edit.sheet,
          col: edit.col,
          width: layout.columnWidths.get(edit.col) ?? DEFAULT_COLUMN_WIDTH,
        });
      layout.columnWidths.set(edit.col, edit.width);
      return;
    case "freeze":
      if (recordPrior)
        record.freezes.push({ sheet: edit.sheet, ...layout.freeze });
      layout.freeze = { rows: edit.rows, cols: edit.cols };
      return;
    case "validation": {
      const existing = layout.validations.find((v) =>
        sameRange(v.range, edit.range),
      );
      if (recordPrior)
        record.validations.push({
          range: edit.range,
          prior: existing?.rule ?? null,
        });
      layout.validations = layout.validations.filter(
        (v) => !sameRange(v.range, edit.range),
      );
      layout.validations.push({
        range: edit.range,
        rule: edit.rule,
        errorMessage: edit.errorMessage,
      });
      return;
    }
    case "conditionalFill":
      if (recordPrior) record.conditionalFills.push(edit.range);
      layout.conditionalFills.push({ range: edit.range, rules: edit.rules });
      return;
  }
}

/** Puts back the layout a batch changed, on the sheets that still exist. */
export function undoLayout(
  record: UndoRecord,
  layoutOf: (sheet: string) => SheetLayoutState | undefined,
): void {
  for (const { sheet, col, width } of record.columnWidths) {
    const layout = layoutOf(sheet);
    if (!layout) continue;
    if (width === DEFAULT_COLUMN_WIDTH) layout.columnWidths.delete(col);
    else layout.columnWidths.set(col, width);
  }
  for (const { sheet, rows, cols } of record.freezes) {
    const layout = layoutOf(sheet);
    if (layout) layout.freeze = { rows, cols };
  }
  for (const { range, prior } of record.validations) {
    const layout = layoutOf(range.sheet);
    if (!layout) continue;
    layout.validations = layout.validations.filter(
      (v) => !sameRange(v.range, range),
    );
    if (prior) layout.validations.push({ range, rule: prior });
  }
  for (const range of record.conditionalFills) {
    const layout = layoutOf(range.sheet);
    if (!layout) continue;
    const index = layout.conditionalFills
      .map((c) => sameRange(c.range, range))
      .lastIndexOf(true);
    if (index >= 0) layout.conditionalFills.splice(index, 1);
  }
}
