/**
 * Writes a sample sheet as Edits, addressed in A1 as a person would describe it: "=…" is a
 * formula, anything else a constant (text stays text).
 */
import {
  CellEdit,
  Edit,
  columnIndex,
  columnLetter,
  parseA1,
} from "../../core/workbook";

export type Content = string | number | null;
type Look = Omit<
  CellEdit,
  "op" | "sheet" | "row" | "col" | "formula" | "value"
>;

export const HEADER_FILL = "#F3F2F1";

export class SheetBuilder {
  readonly edits: Edit[] = [];

  constructor(readonly sheet: string) {
    this.edits.push({ op: "addSheet", sheet });
  }

  cell(address: string, content: Content, look: Look = {}): this {
    const { row, col } = parseA1(address);
    const what =
      typeof content === "string" && content.startsWith("=")
        ? { formula: content }
        : { value: content };
    this.edits.push({
      op: "cell",
      sheet: this.sheet,
      row,
      col,
      ...what,
      ...look,
    });
    return this;
  }

  /** Contents to the right of a start cell; undefined leaves a cell alone. */
  row(start: string, contents: (Content | undefined)[], look: Look = {}): this {
    const { row, col } = parseA1(start);
    contents.forEach((content, i) => {
      if (content !== undefined)
        this.cell(`${columnLetter(col + i)}${row + 1}`, content, look);
    });
    return this;
  }

  title(address: string, text: string): this {
    return this.cell(address, text, { font: { bold: true, color: "#1F3864" } });
  }

  header(start: string, labels: Content[]): this {
    return this.row(start, labels, {
      font: { bold: true },
      fill: HEADER_FILL,
      wrapText: true,
    });
  }

  width(column: string, characters: number): this {
    this.edits.push({
      op: "columnWidth",
      sheet: this.sheet,
      col: columnIndex(column),
      width: characters,
    });
    return this;
  }

  freeze(rows: number, cols = 0): this {
    this.edits.push({ op: "freeze", sheet: this.sheet, rows, cols });
    return this;
  }

  add(edit: Edit): this {
    this.edits.push(edit);
    return this;
  }
}
