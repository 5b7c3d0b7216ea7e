/**
 * Saves the preview's workbook as an .xlsx (exceljs): formulas with their computed results,
 * constants, number formats, fills, fonts, alignment, column widths, frozen panes, hidden rows
 * and columns, validations, conditional fills, and each sheet's recorded kind as a sheet-scoped
 * defined name; Rapportkoll's settings go back into the add-in's part when the file came with one
 * (addinSettings.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SheetKind, rangeToA1 } from "../../core/workbook";
import { PreviewWorkbook } from "../model/previewWorkbook";
import { DEFAULT_STYLE } from "../model/styles";
import { writeKinds } from "./kindNames";
import { AddinParts, writeAddinSettings } from "./addinSettings";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export async function writeXlsx(
  book: PreviewWorkbook,
  addinParts: AddinParts | null = null,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Rapportkoll";
  const snapshot = book.snapshot();
  const kinds = new Map<string, SheetKind>();
  for (const sheet of snapshot.sheets) {
    const layout = book.layout(sheet.name)!;
    const { rows, cols } = layout.freeze;
    const worksheet = workbook.addWorksheet(sheet.name, {
      views:
        rows || cols ? [{ state: "frozen", xSplit: cols, ySplit: rows }] : [],
    });
    if (sheet.recordedKind) kinds.set(sheet.name, sheet.recordedKind);
    sheet.values.forEach((valueRow, r) =>
      valueRow.forEach((value, c) => {
        const row = sheet.top + r;
        const col = sheet.left + c;
        const content = sheet.formulas[r][c];
        const style = book.style(sheet.name, row, col);
        if (content === "" && style === DEFAULT_STYLE) return;
        const cell = worksheet.getCell(row + 1, col + 1);
        if (
          typeof content === "string" &&
          content.startsWith("=") &&
          !book.isLiteralText(sheet.name, row, col)
        ) {
          const result =
            typeof value === "string" && value.startsWith("#")
              ? { error: value }
              : value;
          cell.value = {
            formula: content.slice(1),
            result,
          } as ExcelJS.CellFormulaValue;
        } else if (content !== "") {
          cell.value = content;
        }
        if (style.numberFormat !== "General") cell.numFmt = style.numberFormat;
        if (style.fill)
          cell.fill = {
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: argb(style.fill) },
          };
        if (
          style.bold ||
          style.italic ||
          style.fontColor.toUpperCase() !== "#000000"
        )
          cell.font = {
            bold: style.bold,
            italic: style.italic,
            color: { argb: argb(style.fontColor) },
          };
        if (style.horizontalAlignment !== "General" || style.wrapText)
          cell.alignment = {
            ...(style.horizontalAlignment !== "General"
              ? {
                  horizontal: style.horizontalAlignment.toLowerCase() as
                    "left" | "center" | "right",
                }
              : {}),
            ...(style.wrapText ? { wrapText: true } : {}),
          };
      }),
    );
    for (const [col, width] of layout.columnWidths)
      worksheet.getColumn(col + 1).width = width;
    for (const col of layout.hiddenColumns)
      worksheet.getColumn(col + 1).hidden = true;
    for (const row of layout.hiddenRows)
      worksheet.getRow(row + 1).hidden = true;
    for (const v of layout.validations) {
      const address = rangeToA1(
        v.range.top,
        v.range.left,
        v.range.bottom,
        v.range.right,
      );
      const common = {
        allowBlank: true,
        showErrorMessage: true,
        ...(v.errorMessage ? { error: v.errorMessage } : {}),
      };
      const validations = (
        worksheet as unknown as {
          dataValidations: { add(a: string, v: ExcelJS.DataValidation): void };
        }
      ).dataValidations;
      if (v.rule.type === "list")
        validations.add(address, {
          type: "list",
          formulae: [`"${v.rule.values.join(",")}"`],
          ...common,
        });
      else
        validations.add(address, {
          type: "whole",
          operator: "between",
          formulae: [v.rule.min, v.rule.max],
          ...common,
        });
    }
    for (const cf of layout.conditionalFills) {
      worksheet.addConditionalFormatting({
        ref: rangeToA1(
          cf.range.top,
          cf.range.left,
          cf.range.bottom,
          cf.range.right,
        ),
        rules: cf.rules.map((rule, i) => ({
          type: "cellIs",
          operator: "equal",
          priority: i + 1,
          formulae: [`"${rule.equals.replace(/"/g, '""')}"`],
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
    if (layout.protected) await worksheet.protect("", {});
  }
  const buffer = await workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  await writeKinds(
    zip,
    snapshot.sheets.map((s) => s.name),
    kinds,
  );
  if (addinParts) await writeAddinSettings(zip, addinParts, book.settings);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
