/**
 * What HyperFormula does not hold: every cell's look (number format, fill, font, alignment)
 * and the sheet's layout (column widths, frozen panes, data validation, conditional fills).
 * The grid draws from these tables and the port's undo records capture them.
 */
import { RangeRef, ValidationRule } from "../../core/workbook";

export interface CellStyle {
  numberFormat: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  bold: boolean;
  italic: boolean;
  /** "#RRGGBB" */
  fontColor: string;
  /** "General" (numbers right, text left), "Left", "Center" or "Right". */
  horizontalAlignment: string;
  wrapText: boolean;
}

export const DEFAULT_STYLE: Readonly<CellStyle> = Object.freeze({
  numberFormat: "General",
  fill: null,
  bold: false,
  italic: false,
  fontColor: "#000000",
  horizontalAlignment: "General",
  wrapText: false,
});

export interface SheetValidation {
  range: RangeRef;
  rule: ValidationRule;
  errorMessage?: string;
}

export interface SheetConditionalFill {
  range: RangeRef;
  rules: { equals: string; fill: string; fontColor?: string }[];
}

export interface SheetLayout {
  name: string;
  /** Styles by "row,col"; a cell absent here has DEFAULT_STYLE. */
  styles: Map<string, CellStyle>;
  columnWidths: Map<number, number>;
  freeze: { rows: number; cols: number };
  validations: SheetValidation[];
  conditionalFills: SheetConditionalFill[];
  protected: boolean;
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  /**
   * The cells that have had a number format or fill: they belong to the used range, as in
   * Excel, whose used range also keeps formatted cells and does not shrink while open.
   */
  formatExtent: {
    top: number;
    left: number;
    bottom: number;
    right: number;
  } | null;
}

export function newSheetLayout(name: string): SheetLayout {
  return {
    name,
    styles: new Map(),
    columnWidths: new Map(),
    freeze: { rows: 0, cols: 0 },
    validations: [],
    conditionalFills: [],
    protected: false,
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
    formatExtent: null,
  };
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function isDefaultStyle(style: CellStyle): boolean {
  return (
    style.numberFormat === DEFAULT_STYLE.numberFormat &&
    style.fill === DEFAULT_STYLE.fill &&
    style.bold === DEFAULT_STYLE.bold &&
    style.italic === DEFAULT_STYLE.italic &&
    style.fontColor.toUpperCase() === DEFAULT_STYLE.fontColor &&
    style.horizontalAlignment === DEFAULT_STYLE.horizontalAlignment &&
    style.wrapText === DEFAULT_STYLE.wrapText
  );
}

export function rangeContains(
  range: RangeRef,
  row: number,
  col: number,
): boolean {
  return (
    row >= range.top &&
    row <= range.bottom &&
    col >= range.left &&
    col <= range.right
  );
}
