/**
 * Putting back what an applied batch changed, from its UndoRecord: cells (content, number
 * format, fill, font), the recorded kind, column widths, frozen panes, data validation and
 * conditional fills, and deleting the sheets the batch added. Sheets deleted since are skipped.
 * Two round trips for cells, widths, panes and validation: which sheets exist with their
 * protection, then the writes. A recorded kind or conditional fills to remove need one more
 * lookup between the two (only the undo of a template does).
 */
import {
  KIND_NAME,
  RangeRef,
  UndoRecord,
  kindFormula,
} from "../../core/workbook";
import { queueFreeze, rangeKey, rangeOf } from "./sheetParts";
import { queueCellWrites, restoreWrites } from "./cellWrites";
import { charactersToPoints } from "./columnWidth";
import { protectedSheetError } from "./errors";
import { ruleToExcel } from "./validation";

/** Keeps the first entry per key: the state before the batch's first change. */
function firstPer<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function restoreRecord(
  context: Excel.RequestContext,
  record: UndoRecord,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  // Protection comes with the names: a protected sheet refuses before anything is looked up.
  worksheets.load("items/name,items/protection/protected");
  await context.sync();
  const existing = new Set(worksheets.items.map((w) => w.name));
  const added = new Set(record.addedSheets);
  const present = (sheet: string) => existing.has(sheet) && !added.has(sheet);

  const touched = new Set<string>();
  for (const cell of record.cells) touched.add(cell.sheet);
  for (const k of record.recordedKinds) touched.add(k.sheet);
  for (const w of record.columnWidths) touched.add(w.sheet);
  for (const f of record.freezes) touched.add(f.sheet);
  for (const v of record.validations) touched.add(v.range.sheet);
  for (const range of record.conditionalFills) touched.add(range.sheet);
  const sheets = new Map<string, Excel.Worksheet>();
  for (const worksheet of worksheets.items) {
    const name = worksheet.name;
    if (!touched.has(name) || !present(name)) continue;
    if (worksheet.protection.protected) throw protectedSheetError(name);
    sheets.set(name, worksheet);
  }

  const kinds = firstPer(record.recordedKinds, (k) => k.sheet).filter((k) =>
    sheets.has(k.sheet),
  );
  const conditional = new Map<
    string,
    {
      range: RangeRef;
      count: number;
      formats?: Excel.ConditionalFormatCollection;
    }
  >();
  for (const range of record.conditionalFills) {
    if (!sheets.has(range.sheet)) continue;
    const entry = conditional.get(rangeKey(range)) ?? { range, count: 0 };
    entry.count += 1;
    conditional.set(rangeKey(range), entry);
  }
  const kindItems = new Map<string, Excel.NamedItem>();
  if (kinds.length > 0 || conditional.size > 0) {
    for (const { sheet } of kinds) {
      const item = sheets.get(sheet)!.names.getItemOrNullObject(KIND_NAME);
      item.load("formula");
      kindItems.set(sheet, item);
    }
    for (const entry of conditional.values()) {
      entry.formats = rangeOf(
        sheets.get(entry.range.sheet)!,
        entry.range,
      ).conditionalFormats;
      entry.formats.load("items/type,items/priority");
    }
    await context.sync();
  }

  for (const [name, writes] of restoreWrites(record.cells)) {
    const worksheet = sheets.get(name);
    if (worksheet) queueCellWrites(worksheet, writes);
  }
  for (const { sheet, prior } of kinds) {
    const item = kindItems.get(sheet)!;
    if (prior === null) {
      if (!item.isNullObject) item.delete();
    } else if (item.isNullObject) {
      sheets.get(sheet)!.names.add(KIND_NAME, kindFormula(prior));
    } else {
      item.formula = kindFormula(prior);
    }
  }
  for (const { sheet, col, width } of firstPer(
    record.columnWidths,
    (w) => `${w.sheet}!${w.col}`,
  )) {
    const worksheet = sheets.get(sheet);
    if (worksheet) {
      worksheet
        .getRangeByIndexes(0, col, 1, 1)
        .getEntireColumn().format.columnWidth = charactersToPoints(width);
    }
  }
  for (const { sheet, rows, cols } of firstPer(
    record.freezes,
    (f) => f.sheet,
  )) {
    const worksheet = sheets.get(sheet);
    if (worksheet) queueFreeze(worksheet, rows, cols);
  }
  for (const { range, prior } of firstPer(record.validations, (v) =>
    rangeKey(v.range),
  )) {
    const worksheet = sheets.get(range.sheet);
    if (!worksheet) continue;
    const validation = rangeOf(worksheet, range).dataValidation;
    validation.clear();
    if (prior) validation.rule = ruleToExcel(prior);
  }
  for (const { count, formats } of conditional.values()) {
    // The batch added its formats at the top priority, so they are the first ones now.
    const ours = (formats?.items ?? [])
      .filter((format) => format.type === "CellValue")
      .sort((a, b) => a.priority - b.priority)
      .slice(0, count);
    for (const format of ours) format.delete();
  }
  for (const name of record.addedSheets) {
    if (existing.has(name)) worksheets.getItem(name).delete();
  }
  await context.sync();
}
