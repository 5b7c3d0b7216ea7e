/**
 * Applying a batch of Edits in Excel: one round trip reads the prior state of everything the
 * batch touches (content, number formats, fills, fonts; names, widths, panes, validation) and
 * checks that it may be written; the second writes it all. The prior state becomes the
 * UndoRecord. Excel does not take a batch back when a command in it fails, so a failed write
 * is undone from that record before the error is reported.
 */
import {
  CellEdit,
  CellState,
  Edit,
  KIND_NAME,
  RangeRef,
  UndoRecord,
  emptyUndoRecord,
  kindFormula,
  kindFromFormula,
} from "../../core/workbook";
import { PortError } from "../port";
import { priorContent } from "./cellContent";
import { FORMAT_LOAD, formatStateOf } from "./cellFormat";
import { CellWrite, mergeCellEdits, queueCellWrites } from "./cellWrites";
import { charactersToPoints, pointsToCharacters } from "./columnWidth";
import { protectedSheetError, toPortError } from "./errors";
import { MAX_COLUMNS, MAX_ROWS } from "./read";
import { Rect, groupIntoRects } from "./rects";
import { restoreRecord } from "./restore";
import { sameSheetName, sheetNameProblem } from "./sheetNames";
import { queueFreeze, rangeKey, rangeOf } from "./sheetParts";
import { ruleFromExcel, ruleToExcel } from "./validation";

interface CellProbe {
  sheet: string;
  rect: Rect<CellWrite>;
  range: Excel.Range;
  properties: ReturnType<Excel.Range["getCellProperties"]>;
}

export async function applyBatch(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  label: string,
): Promise<UndoRecord> {
  checkShape(edits);
  const created = new Set(
    edits.filter((e) => e.op === "addSheet").map((e) => e.sheet),
  );
  const cellEdits = edits.filter((e): e is CellEdit => e.op === "cell");
  const writes = mergeCellEdits(cellEdits);
  const touched = new Set<string>();
  for (const edit of edits) {
    const sheet = "range" in edit ? edit.range.sheet : edit.sheet;
    if (!created.has(sheet)) touched.add(sheet);
  }

  // Round trip 1: what is there now.
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const sheets = new Map<string, Excel.Worksheet>();
  for (const name of touched) {
    const worksheet = worksheets.getItem(name);
    worksheet.protection.load("protected");
    sheets.set(name, worksheet);
  }
  const cellProbes: CellProbe[] = [];
  for (const [sheet, list] of writes) {
    const worksheet = sheets.get(sheet);
    if (!worksheet) continue;
    for (const rect of groupIntoRects(list)) {
      const range = worksheet.getRangeByIndexes(
        rect.top,
        rect.left,
        rect.bottom - rect.top + 1,
        rect.right - rect.left + 1,
      );
      range.load("values,formulas,numberFormat");
      cellProbes.push({
        sheet,
        rect,
        range,
        properties: range.getCellProperties(FORMAT_LOAD),
      });
    }
  }
  const kindProbes = new Map<string, Excel.NamedItem>();
  const widthProbes = new Map<string, Excel.RangeFormat>();
  const freezeProbes = new Map<string, Excel.Range>();
  const validationProbes = new Map<string, Excel.DataValidation>();
  for (const edit of edits) {
    if (
      edit.op === "recordKind" &&
      sheets.has(edit.sheet) &&
      !kindProbes.has(edit.sheet)
    ) {
      const item = sheets.get(edit.sheet)!.names.getItemOrNullObject(KIND_NAME);
      item.load("formula");
      kindProbes.set(edit.sheet, item);
    } else if (edit.op === "columnWidth" && sheets.has(edit.sheet)) {
      const key = `${edit.sheet}!${edit.col}`;
      if (widthProbes.has(key)) continue;
      const format = sheets
        .get(edit.sheet)!
        .getRangeByIndexes(0, edit.col, 1, 1).format;
      format.load("columnWidth");
      widthProbes.set(key, format);
    } else if (
      edit.op === "freeze" &&
      sheets.has(edit.sheet) &&
      !freezeProbes.has(edit.sheet)
    ) {
      const location = sheets
        .get(edit.sheet)!
        .freezePanes.getLocationOrNullObject();
      location.load("rowCount,columnCount");
      freezeProbes.set(edit.sheet, location);
    } else if (edit.op === "validation" && sheets.has(edit.range.sheet)) {
      const key = rangeKey(edit.range);
      if (validationProbes.has(key)) continue;
      const validation = rangeOf(
        sheets.get(edit.range.sheet)!,
        edit.range,
      ).dataValidation;
      validation.load("type,rule");
      validationProbes.set(key, validation);
    }
  }
  await context.sync();

  // Refuse before anything is written.
  for (const [name, worksheet] of sheets) {
    if (worksheet.protection.protected) throw protectedSheetError(name);
  }
  const names = worksheets.items.map((w) => w.name);
  for (const name of created) {
    if (names.some((existing) => sameSheetName(existing, name))) {
      throw new PortError(
        `Det finns redan ett blad som heter "${name}".`,
        `There is already a sheet called "${name}".`,
        "failed",
      );
    }
    names.push(name);
  }

  const record = emptyUndoRecord(label);
  record.addedSheets = [...created];
  // A loop, not push(...list): one probe may cover more cells than a call takes arguments.
  for (const probe of cellProbes)
    for (const state of priorCells(probe)) record.cells.push(state);
  for (const [sheet, item] of kindProbes) {
    record.recordedKinds.push({
      sheet,
      prior: item.isNullObject ? null : kindFromFormula(item.formula),
    });
  }
  for (const [key, format] of widthProbes) {
    const [sheet, col] = splitKey(key);
    record.columnWidths.push({
      sheet,
      col,
      width: pointsToCharacters(format.columnWidth),
    });
  }
  for (const [sheet, location] of freezeProbes) {
    record.freezes.push({
      sheet,
      rows:
        location.isNullObject || location.rowCount >= MAX_ROWS
          ? 0
          : location.rowCount,
      cols:
        location.isNullObject || location.columnCount >= MAX_COLUMNS
          ? 0
          : location.columnCount,
    });
  }
  const validationEdits = edits.filter((e) => e.op === "validation");
  for (const edit of validationEdits) {
    const probe = validationProbes.get(rangeKey(edit.range));
    if (
      !probe ||
      record.validations.some((v) => rangeKey(v.range) === rangeKey(edit.range))
    )
      continue;
    const prior = ruleFromExcel(probe.type, probe.rule);
    if (prior === "other") throw unsupportedValidation(edit.range);
    record.validations.push({ range: edit.range, prior });
  }

  // Round trip 2: the writes.
  try {
    queueWrites(context, edits, writes, record);
    await context.sync();
  } catch (error) {
    await rollBack(context, record);
    throw toPortError(error);
  }
  return record;
}

function queueWrites(
  context: Excel.RequestContext,
  edits: readonly Edit[],
  writes: Map<string, CellWrite[]>,
  record: UndoRecord,
): void {
  const worksheets = context.workbook.worksheets;
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let worksheet = sheets.get(name);
    if (!worksheet) {
      worksheet = worksheets.getItem(name);
      sheets.set(name, worksheet);
    }
    return worksheet;
  };
  for (const edit of edits) {
    if (edit.op === "addSheet")
      sheets.set(edit.sheet, worksheets.add(edit.sheet));
  }
  for (const [name, list] of writes) queueCellWrites(sheet(name), list);

  const kindItems = new Map<string, Excel.NamedItem>();
  const hadKind = new Set(
    record.recordedKinds.filter((k) => k.prior !== null).map((k) => k.sheet),
  );
  for (const edit of edits) {
    switch (edit.op) {
      case "recordKind": {
        const existing = kindItems.get(edit.sheet);
        if (existing) existing.formula = kindFormula(edit.kind);
        else if (hadKind.has(edit.sheet)) {
          const item = sheet(edit.sheet).names.getItem(KIND_NAME);
          item.formula = kindFormula(edit.kind);
          kindItems.set(edit.sheet, item);
        } else {
          kindItems.set(
            edit.sheet,
            sheet(edit.sheet).names.add(KIND_NAME, kindFormula(edit.kind)),
          );
        }
        break;
      }
      case "columnWidth":
        sheet(edit.sheet)
          .getRangeByIndexes(0, edit.col, 1, 1)
          .getEntireColumn().format.columnWidth = charactersToPoints(
          edit.width,
        );
        break;
      case "freeze":
        queueFreeze(sheet(edit.sheet), edit.rows, edit.cols);
        break;
      case "validation": {
        const validation = rangeOf(
          sheet(edit.range.sheet),
          edit.range,
        ).dataValidation;
        validation.clear();
        validation.rule = ruleToExcel(edit.rule);
        if (edit.errorMessage) {
          validation.errorAlert = {
            message: edit.errorMessage,
            showAlert: true,
            style: "Stop",
            title: "Rapportkoll",
          };
        }
        break;
      }
      case "conditionalFill": {
        const formats = rangeOf(
          sheet(edit.range.sheet),
          edit.range,
        ).conditionalFormats;
        for (const rule of edit.rules) {
          const format = formats.add("CellValue");
          format.cellValue.format.fill.color = rule.fill;
          if (rule.fontColor)
            format.cellValue.format.font.color = rule.fontColor;
          format.cellValue.rule = {
            formula1: textFormula(rule.equals),
            operator: "EqualTo",
          };
          // Undo removes one format per entry, the newest (top priority) first.
          record.conditionalFills.push(edit.range);
        }
        break;
      }
      default:
        break;
    }
  }
  for (const edit of edits) {
    if (edit.op === "addSheet" && edit.activate) sheet(edit.sheet).activate();
  }
}

async function rollBack(
  context: Excel.RequestContext,
  record: UndoRecord,
): Promise<void> {
  try {
    await restoreRecord(context, record);
  } catch {
    throw new PortError(
      "Excel avbröt ändringen halvvägs och den kunde inte tas tillbaka helt. Kontrollera bladet.",
      "Excel stopped the change halfway and it could not be fully taken back. Check the sheet.",
      "failed",
    );
  }
}

function priorCells(probe: CellProbe): CellState[] {
  const states: CellState[] = [];
  probe.rect.cells.forEach((row, r) =>
    row.forEach((write, c) => {
      const format = formatStateOf(probe.properties.value[r][c]);
      states.push({
        sheet: probe.sheet,
        row: write.row,
        col: write.col,
        formula: priorContent(
          probe.range.values[r][c],
          probe.range.formulas[r][c],
        ),
        numberFormat: String(probe.range.numberFormat[r][c]),
        fill: format.fill,
        font: format.font,
        horizontalAlignment: format.horizontalAlignment,
        wrapText: format.wrapText,
      });
    }),
  );
  return states;
}

/** Refuses a batch Excel could only half apply: cells off the grid, bad sheet names, lists with commas. */
function checkShape(edits: readonly Edit[]): void {
  for (const edit of edits) {
    if (
      edit.op === "cell" &&
      (edit.row < 0 ||
        edit.col < 0 ||
        edit.row >= MAX_ROWS ||
        edit.col >= MAX_COLUMNS)
    ) {
      throw new PortError(
        `Cellen (${edit.row + 1}, ${edit.col + 1}) ligger utanför bladet.`,
        `The cell (${edit.row + 1}, ${edit.col + 1}) lies outside the sheet.`,
        "failed",
      );
    }
    if (edit.op === "addSheet" && sheetNameProblem(edit.sheet)) {
      throw new PortError(
        `"${edit.sheet}" kan inte vara ett bladnamn: högst 31 tecken och inga av : \\ / ? * [ ].`,
        `"${edit.sheet}" cannot be a sheet name: at most 31 characters and none of : \\ / ? * [ ].`,
        "failed",
      );
    }
    if (
      edit.op === "validation" &&
      edit.rule.type === "list" &&
      edit.rule.values.some((v) => v.includes(","))
    ) {
      throw new PortError(
        "Ett val i en lista kan inte innehålla kommatecken i Excel.",
        "A choice in a list cannot contain a comma in Excel.",
        "failed",
      );
    }
  }
}

function unsupportedValidation(range: RangeRef): PortError {
  return new PortError(
    `Cellerna på bladet "${range.sheet}" har redan en dataverifiering som Rapportkoll inte kan återställa. Ta bort den först (Data › Dataverifiering).`,
    `The cells on the sheet "${range.sheet}" already have a data validation Rapportkoll cannot restore. Remove it first (Data › Data Validation).`,
    "failed",
  );
}

function splitKey(key: string): [string, number] {
  const at = key.lastIndexOf("!");
  return [key.slice(0, at), Number(key.slice(at + 1))];
}

/** A conditional format's comparison text as a formula: ="Klart" (quotes doubled). */
function textFormula(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}
