/**
 * Edits → an .xlsx file, through exceljs: values, formulas, number formats, fills, fonts,
 * alignment, column widths, frozen panes, data validation, conditional fills, and the kind of
 * each sheet as the sheet-scoped defined name Rapportkoll_typ (exceljs cannot write a name
 * whose formula is a constant, so it is added to xl/workbook.xml afterwards with jszip).
 */
import type * as ExcelJS from "exceljs";
import {
  CellEdit,
  ConditionalFillEdit,
  Edit,
  KIND_NAME,
  RangeRef,
  SheetKind,
  ValidationEdit,
  rangeToA1,
} from "../../core/workbook";
import { excelJs } from "../exceljs";
import { parseWorkbookXml } from "../input/workbookXml";

/** Excel's limit on the text of an inline list validation. */
const MAX_LIST_FORMULA = 255;

export class TemplateWriteError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(sv);
  }
}

function argb(color: string): string {
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(color);
  if (!hex)
    throw new TemplateWriteError(
      `ogiltig färg ${color}`,
      `invalid colour ${color}`,
    );
  return `FF${hex[1].toUpperCase()}`;
}

function solidFill(color: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } };
}

/**
 * Fonts and alignments set so far, per cell: later Edits of the same cell add to them. Kept
 * here rather than read back from exceljs, as the workbook is new and only Edits style it.
 */
interface CellStyles {
  fonts: Map<string, Partial<ExcelJS.Font>>;
  alignments: Map<string, Partial<ExcelJS.Alignment>>;
}

function applyCell(
  worksheet: ExcelJS.Worksheet,
  edit: CellEdit,
  styles: CellStyles,
): void {
  const target = worksheet.getCell(edit.row + 1, edit.col + 1);
  const key = `${edit.sheet}!${edit.row},${edit.col}`;
  if (edit.formula !== undefined) {
    target.value = { formula: edit.formula.replace(/^=/, "") };
  } else if (edit.value !== undefined) {
    // A string stays text in exceljs, whatever its first character: "=SUMMA" is not a formula.
    target.value = edit.value;
  }
  if (edit.numberFormat !== undefined) target.numFmt = edit.numberFormat;
  if (edit.fill !== undefined) {
    target.fill =
      edit.fill === null
        ? { type: "pattern", pattern: "none" }
        : solidFill(edit.fill);
  }
  if (edit.font) {
    const font: Partial<ExcelJS.Font> = { ...styles.fonts.get(key) };
    if (edit.font.bold !== undefined) font.bold = edit.font.bold;
    if (edit.font.italic !== undefined) font.italic = edit.font.italic;
    if (edit.font.color !== undefined)
      font.color = { argb: argb(edit.font.color) };
    styles.fonts.set(key, font);
    target.font = font;
  }
  if (edit.horizontalAlignment !== undefined || edit.wrapText !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = {
      ...styles.alignments.get(key),
    };
    if (edit.horizontalAlignment) {
      alignment.horizontal = edit.horizontalAlignment.toLowerCase() as
        "left" | "center" | "right";
    }
    if (edit.wrapText !== undefined) alignment.wrapText = edit.wrapText;
    styles.alignments.set(key, alignment);
    target.alignment = alignment;
  }
}

function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function rangeAddress(range: RangeRef): string {
  return rangeToA1(range.top, range.left, range.bottom, range.right);
}

function applyValidation(
  worksheet: ExcelJS.Worksheet,
  edit: ValidationEdit,
): void {
  let validation: ExcelJS.DataValidation;
  if (edit.rule.type === "list") {
    const values = edit.rule.values;
    if (values.some((v) => v.includes(",") || v.includes('"'))) {
      throw new TemplateWriteError(
        "en listvalidering kan inte innehålla komma eller citattecken",
        "a list validation cannot contain commas or quotes",
      );
    }
    const list = `"${values.join(",")}"`;
    if (list.length > MAX_LIST_FORMULA) {
      throw new TemplateWriteError(
        `listan för datavalidering är längre än ${MAX_LIST_FORMULA} tecken`,
        `the validation list is longer than ${MAX_LIST_FORMULA} characters`,
      );
    }
    validation = { type: "list", allowBlank: true, formulae: [list] };
  } else {
    validation = {
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [edit.rule.min, edit.rule.max],
    };
  }
  if (edit.errorMessage) {
    validation.showErrorMessage = true;
    validation.errorStyle = "stop";
    validation.error = edit.errorMessage;
  }
  // One entry for the whole range (exceljs writes its key as the sqref) rather than one per
  // cell; the collection exists at runtime but is missing from exceljs's types.
  const holder = worksheet as unknown as {
    dataValidations: {
      add(address: string, validation: ExcelJS.DataValidation): void;
    };
  };
  holder.dataValidations.add(rangeAddress(edit.range), validation);
}

/**
 * Excel wants the priorities of a sheet's conditional-format rules unique across the sheet, so
 * they are counted per sheet: earlier Edits and earlier rules come first.
 */
function applyConditionalFill(
  worksheet: ExcelJS.Worksheet,
  edit: ConditionalFillEdit,
  priorities: Map<string, number>,
): void {
  const first = priorities.get(edit.range.sheet) ?? 1;
  priorities.set(edit.range.sheet, first + edit.rules.length);
  worksheet.addConditionalFormatting({
    ref: rangeAddress(edit.range),
    rules: edit.rules.map((rule, index) => ({
      type: "cellIs",
      operator: "equal",
      priority: first + index,
      formulae: [quoteText(rule.equals)],
      style: {
        fill: {
          type: "pattern",
          pattern: "solid",
          bgColor: { argb: argb(rule.fill) },
        },
        ...(rule.fontColor
          ? { font: { color: { argb: argb(rule.fontColor) } } }
          : {}),
      },
    })),
  });
}

/** Adds `<definedName name="Rapportkoll_typ" localSheetId="i">"kind"</definedName>` per sheet. */
export function addKindNames(
  workbookXml: string,
  kinds: Map<string, SheetKind>,
): string {
  if (kinds.size === 0) return workbookXml;
  const order = parseWorkbookXml(workbookXml).sheets.map((s) => s.name);
  const names = [...kinds]
    .map(([sheet, kind]) => {
      const index = order.indexOf(sheet);
      if (index < 0) return "";
      return `<definedName name="${KIND_NAME}" localSheetId="${index}">"${kind}"</definedName>`;
    })
    .join("");
  if (/<definedNames\s*\/>/.test(workbookXml)) {
    return workbookXml.replace(
      /<definedNames\s*\/>/,
      `<definedNames>${names}</definedNames>`,
    );
  }
  if (workbookXml.includes("</definedNames>")) {
    return workbookXml.replace("</definedNames>", `${names}</definedNames>`);
  }
  if (!workbookXml.includes("</sheets>")) {
    throw new TemplateWriteError(
      "arbetsboken saknar bladlista",
      "the workbook lists no sheets",
    );
  }
  return workbookXml.replace(
    "</sheets>",
    `</sheets><definedNames>${names}</definedNames>`,
  );
}

/** The workbook the Edits describe, as the bytes of an .xlsx file. */
export async function editsToXlsx(edits: readonly Edit[]): Promise<Buffer> {
  const workbook = new (excelJs().Workbook)();
  workbook.creator = "Rapportkoll";
  // No cached results are written: Excel computes every formula when the file is opened.
  workbook.calcProperties.fullCalcOnLoad = true;
  const kinds = new Map<string, SheetKind>();
  const styles: CellStyles = { fonts: new Map(), alignments: new Map() };
  const priorities = new Map<string, number>();
  const sheet = (name: string): ExcelJS.Worksheet => {
    const found = workbook.getWorksheet(name);
    if (!found) {
      throw new TemplateWriteError(
        `bladet "${name}" har inte skapats`,
        `no sheet "${name}"`,
      );
    }
    return found;
  };

  for (const edit of edits) {
    switch (edit.op) {
      case "addSheet": {
        workbook.addWorksheet(edit.sheet);
        if (edit.activate) {
          workbook.views = [
            { ...defaultView(), activeTab: workbook.worksheets.length - 1 },
          ];
        }
        break;
      }
      case "recordKind":
        sheet(edit.sheet);
        kinds.set(edit.sheet, edit.kind);
        break;
      case "cell":
        applyCell(sheet(edit.sheet), edit, styles);
        break;
      case "columnWidth":
        sheet(edit.sheet).getColumn(edit.col + 1).width = edit.width;
        break;
      case "freeze":
        sheet(edit.sheet).views =
          edit.rows > 0 || edit.cols > 0
            ? [{ state: "frozen", xSplit: edit.cols, ySplit: edit.rows }]
            : [{ state: "normal" }];
        break;
      case "validation":
        applyValidation(sheet(edit.range.sheet), edit);
        break;
      case "conditionalFill":
        applyConditionalFill(sheet(edit.range.sheet), edit, priorities);
        break;
    }
  }

  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  if (kinds.size === 0) return written;
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(written);
  const part = zip.file("xl/workbook.xml");
  if (!part)
    throw new TemplateWriteError(
      "xl/workbook.xml saknas",
      "xl/workbook.xml missing",
    );
  zip.file("xl/workbook.xml", addKindNames(await part.async("string"), kinds));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function defaultView(): ExcelJS.WorkbookView {
  return {
    x: 0,
    y: 0,
    width: 12000,
    height: 8000,
    firstSheet: 0,
    activeTab: 0,
    visibility: "visible",
  };
}
