/**
 * Collects what a template writes on its new sheet — cells, widths, panes, validations — and
 * hands it out as the Edits of one batch. Text always goes in as a value, never as a formula,
 * so a label such as "=SUMMA" or "-Övrigt" stays the text the user typed.
 */
import { Edit, RangeRef, ValidationRule } from "../workbook";
import { CellWrite } from "./types";

export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fill?: string;
  align?: "Left" | "Center" | "Right";
  wrap?: boolean;
}

/** Light grey: marks the header on screen and prints well in black and white. */
export const HEADER_FILL = "#D9D9D9";

export class SheetBuilder {
  private readonly cells = new Map<string, CellWrite>();
  private readonly layout: Edit[] = [];
  private formulaCells = 0;

  constructor(readonly sheet: string) {}

  private set(row: number, col: number, write: Partial<CellWrite>): void {
    const key = `${row},${col}`;
    const prior = this.cells.get(key) ?? { row, col };
    const merged: CellWrite = { ...prior, ...write, row, col };
    if (prior.font || write.font)
      merged.font = { ...prior.font, ...write.font };
    this.cells.set(key, merged);
  }

  private styled(style: CellStyle = {}): Partial<CellWrite> {
    const write: Partial<CellWrite> = {};
    if (style.numberFormat !== undefined)
      write.numberFormat = style.numberFormat;
    if (style.fill !== undefined) write.fill = style.fill;
    if (style.bold !== undefined || style.italic !== undefined) {
      write.font = {
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
        ...(style.italic !== undefined ? { italic: style.italic } : {}),
      };
    }
    if (style.align !== undefined) write.horizontalAlignment = style.align;
    if (style.wrap !== undefined) write.wrapText = style.wrap;
    return write;
  }

  /** A text constant (labels, headers, notes): written as text whatever it starts with. */
  text(row: number, col: number, text: string, style?: CellStyle): void {
    this.set(row, col, { ...this.styled(style), value: text });
  }

  /** A number constant. */
  number(row: number, col: number, value: number, style?: CellStyle): void {
    this.set(row, col, { ...this.styled(style), value });
  }

  /** A formula in Excel's invariant language (English names, commas). */
  formula(row: number, col: number, formula: string, style?: CellStyle): void {
    if (!formula.startsWith("=")) throw new Error(`Not a formula: ${formula}`);
    if (this.cells.get(`${row},${col}`)?.formula === undefined)
      this.formulaCells += 1;
    this.set(row, col, { ...this.styled(style), formula });
  }

  /** Only the format: a cell left for the user, ready for a number. */
  style(row: number, col: number, style: CellStyle): void {
    this.set(row, col, this.styled(style));
  }

  width(col: number, characters: number): void {
    this.layout.push({
      op: "columnWidth",
      sheet: this.sheet,
      col,
      width: characters,
    });
  }

  freeze(rows: number, cols: number): void {
    this.layout.push({ op: "freeze", sheet: this.sheet, rows, cols });
  }

  range(top: number, left: number, bottom: number, right: number): RangeRef {
    return { sheet: this.sheet, top, left, bottom, right };
  }

  validation(
    range: RangeRef,
    rule: ValidationRule,
    errorMessage: string,
  ): void {
    this.layout.push({ op: "validation", range, rule, errorMessage });
  }

  conditionalFill(
    range: RangeRef,
    rules: { equals: string; fill: string; fontColor?: string }[],
  ): void {
    this.layout.push({ op: "conditionalFill", range, rules });
  }

  get formulaCount(): number {
    return this.formulaCells;
  }

  /** Cells row by row, then widths, panes, validations and fills. */
  edits(): Edit[] {
    const cells = [...this.cells.values()].sort(
      (a, b) => a.row - b.row || a.col - b.col,
    );
    return [
      ...cells.map((c) => ({ op: "cell" as const, sheet: this.sheet, ...c })),
      ...this.layout,
    ];
  }
}
