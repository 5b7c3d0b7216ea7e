/**
 * The cell formats a batch may change and undo must put back — fill, font, alignment, wrapping —
 * read with one getCellProperties call per rectangle and written with one setCellProperties.
 */
import { FontEdit } from "../../core/workbook";

export const FORMAT_LOAD: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true },
    font: { bold: true, italic: true, color: true },
    horizontalAlignment: true,
    wrapText: true,
  },
};

export const FILL_LOAD: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true } },
};

export interface FormatState {
  fill: string | null;
  font: { bold: boolean; italic: boolean; color: string };
  horizontalAlignment: string;
  wrapText: boolean;
}

/** A cell's fill as "#RRGGBB", or null for none (Excel reports white with pattern "None"). */
export function fillOf(properties: Excel.CellProperties): string | null {
  const fill = properties.format?.fill;
  if (!fill || fill.pattern === "None" || !fill.color) return null;
  return fill.color.toUpperCase();
}

export function formatStateOf(properties: Excel.CellProperties): FormatState {
  const format = properties.format ?? {};
  return {
    fill: fillOf(properties),
    font: {
      bold: Boolean(format.font?.bold),
      italic: Boolean(format.font?.italic),
      color: (format.font?.color ?? "#000000").toUpperCase(),
    },
    horizontalAlignment: format.horizontalAlignment ?? "General",
    wrapText: Boolean(format.wrapText),
  };
}

export interface FormatWrite {
  /** A colour to fill with; null fills are cleared separately (fill.clear()). */
  fill?: string | null;
  font?: FontEdit;
  horizontalAlignment?: string;
  wrapText?: boolean;
}

/** The setCellProperties entry for a cell, or null when it sets no format of these. */
export function formatInput(
  write: FormatWrite,
): Excel.SettableCellProperties | null {
  const format: Excel.CellPropertiesFormat = {};
  if (typeof write.fill === "string") format.fill = { color: write.fill };
  if (write.font && Object.values(write.font).some((v) => v !== undefined)) {
    format.font = {};
    if (write.font.bold !== undefined) format.font.bold = write.font.bold;
    if (write.font.italic !== undefined) format.font.italic = write.font.italic;
    if (write.font.color !== undefined) format.font.color = write.font.color;
  }
  if (write.horizontalAlignment !== undefined)
    format.horizontalAlignment =
      write.horizontalAlignment as Excel.CellPropertiesFormat["horizontalAlignment"];
  if (write.wrapText !== undefined) format.wrapText = write.wrapText;
  return Object.keys(format).length > 0 ? { format } : null;
}
