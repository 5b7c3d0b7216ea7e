/**
 * The three workbooks the task pane can write into, behind one face: the reference
 * MemoryWorkbook, the browser preview (HyperFormula) and Excel (the Office.js port over the
 * office-addin-mock fake). Each can dump everything a cell holds — content, whether text is
 * text, number format, fill, font, alignment, wrapping — so that a test can compare the
 * workbook before and after.
 */
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { CellValue, Edit } from "../../../src/core/workbook";
import { ExcelPort } from "../../../src/host/excel";
import { WorkbookPort } from "../../../src/host/port";
import { PreviewPort } from "../../../src/host/preview";
import { PreviewWorkbook } from "../../../src/preview/model/previewWorkbook";
import { FakeExcel } from "../../host/excelFake";
import { MemoryPort } from "../../support/memoryPort";

export type HostName = "memory" | "preview" | "excel";
export const HOST_NAMES: readonly HostName[] = ["memory", "preview", "excel"];

/** What one cell holds, the same way in every host. */
export interface CellDump {
  /** The formula ("=…") or the constant. */
  content: CellValue;
  /** True when the content is text (also text that reads "=…"), false for a formula or number. */
  text: boolean;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  horizontalAlignment: string;
  wrapText: boolean;
}

export interface WorkbookDump {
  sheets: string[];
  /** "Sheet!row,col" → the cell, for every cell that is not blank and unformatted. */
  cells: Record<string, CellDump>;
}

export interface Host {
  name: HostName;
  port: WorkbookPort;
  /** Every non-default cell in rows 0..rows-1 and columns 0..cols-1 of every sheet. */
  dump(rows: number, cols: number): WorkbookDump;
  /** The text stored in a cell and whether the host keeps it as text (not a formula). */
  cellText(
    sheet: string,
    row: number,
    col: number,
  ): { content: CellValue; text: boolean };
  /** The user changes a cell's fill behind the pane's back. */
  userFill(sheet: string, row: number, col: number, fill: string): void;
  /** The user deletes a sheet behind the pane's back. */
  userDeleteSheet(sheet: string): void;
  /** For Excel: the fake, to make a sync fail. */
  excel?: FakeExcel;
}

const upper = (color: string | null) =>
  color === null ? null : color.toUpperCase();

function isDefault(cell: CellDump): boolean {
  return (
    cell.content === "" &&
    cell.numberFormat === "General" &&
    cell.fill === null &&
    !cell.bold &&
    !cell.italic &&
    cell.fontColor === "#000000" &&
    cell.horizontalAlignment === "General" &&
    !cell.wrapText
  );
}

function collect(
  sheets: string[],
  rows: number,
  cols: number,
  read: (sheet: string, row: number, col: number) => CellDump,
): WorkbookDump {
  const cells: Record<string, CellDump> = {};
  for (const sheet of sheets)
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const cell = read(sheet, r, c);
        if (!isDefault(cell)) cells[`${sheet}!${r},${c}`] = cell;
      }
  return { sheets, cells };
}

function memoryHost(sheets: string[]): Host {
  const port = new MemoryPort(new MemoryWorkbook(sheets));
  const book = port.book;
  const read = (sheet: string, row: number, col: number): CellDump => {
    const cell = book.cell(sheet, row, col);
    // MemoryWorkbook keeps no flag: a formula's shown value differs from its text.
    const text =
      typeof cell.content === "string" &&
      (!cell.content.startsWith("=") || cell.value === cell.content);
    return {
      content: cell.content,
      text,
      numberFormat: cell.numberFormat,
      fill: upper(cell.fill),
      bold: cell.bold,
      italic: cell.italic,
      fontColor: cell.fontColor.toUpperCase(),
      horizontalAlignment: cell.horizontalAlignment,
      wrapText: cell.wrapText,
    };
  };
  return {
    name: "memory",
    port,
    dump: (rows, cols) =>
      collect(
        book.sheets.map((s) => s.name),
        rows,
        cols,
        read,
      ),
    cellText: (sheet, row, col) => {
      const { content, text } = read(sheet, row, col);
      return { content, text };
    },
    userFill: (sheet, row, col, fill) => {
      book.apply([{ op: "cell", sheet, row, col, fill }], "user");
    },
    userDeleteSheet: (sheet) => {
      book.sheets.splice(
        book.sheets.findIndex((s) => s.name === sheet),
        1,
      );
    },
  };
}

function previewHost(sheets: string[]): Host {
  const book = new PreviewWorkbook(sheets);
  const port = new PreviewPort(book);
  const read = (sheet: string, row: number, col: number): CellDump => {
    const content = book.content(sheet, row, col);
    const style = book.style(sheet, row, col);
    return {
      content,
      text:
        typeof content === "string" &&
        (!content.startsWith("=") || book.isLiteralText(sheet, row, col)),
      numberFormat: style.numberFormat,
      fill: upper(style.fill),
      bold: style.bold,
      italic: style.italic,
      fontColor: style.fontColor.toUpperCase(),
      horizontalAlignment: style.horizontalAlignment,
      wrapText: style.wrapText,
    };
  };
  return {
    name: "preview",
    port,
    dump: (rows, cols) => collect(book.sheetNames(), rows, cols, read),
    cellText: (sheet, row, col) => {
      const { content, text } = read(sheet, row, col);
      return { content, text };
    },
    userFill: (sheet, row, col, fill) => {
      book.apply([{ op: "cell", sheet, row, col, fill }], "user");
    },
    userDeleteSheet: (sheet) => {
      book.engine.removeSheet(book.engine.getSheetId(sheet)!);
      const layouts = (book as unknown as { layouts: { name: string }[] })
        .layouts;
      layouts.splice(
        layouts.findIndex((l) => l.name === sheet),
        1,
      );
    },
  };
}

function excelHost(sheets: string[]): Host {
  const excel = new FakeExcel(sheets);
  excel.install();
  const read = (sheet: string, row: number, col: number): CellDump => {
    const cell = excel.cell(sheet, row, col);
    return {
      content: cell.input,
      text:
        typeof cell.input === "string" &&
        (!cell.input.startsWith("=") || cell.quotePrefix),
      numberFormat: cell.numberFormat,
      fill: upper(cell.fill),
      bold: cell.bold,
      italic: cell.italic,
      fontColor: cell.fontColor.toUpperCase(),
      horizontalAlignment: cell.horizontalAlignment,
      wrapText: cell.wrapText,
    };
  };
  return {
    name: "excel",
    port: new ExcelPort(),
    excel,
    dump: (rows, cols) =>
      collect(
        excel.sheets.map((s) => s.name),
        rows,
        cols,
        read,
      ),
    cellText: (sheet, row, col) => {
      const { content, text } = read(sheet, row, col);
      return { content, text };
    },
    userFill: (sheet, row, col, fill) =>
      excel.setCell(sheet, row, col, { fill: fill.toUpperCase() }),
    userDeleteSheet: (sheet) => {
      excel.sheets.splice(
        excel.sheets.findIndex((s) => s.name === sheet),
        1,
      );
    },
  };
}

/** A fresh workbook of the host with these (empty) sheets. */
export function makeHost(name: HostName, sheets: string[]): Host {
  if (name === "memory") return memoryHost(sheets);
  if (name === "preview") return previewHost(sheets);
  return excelHost(sheets);
}

/** A fresh host whose sheets hold the seed, written through the host's own port. */
export async function seededHost(
  name: HostName,
  sheets: string[],
  seed: Edit[],
): Promise<Host> {
  const host = makeHost(name, sheets);
  if (seed.length) await host.port.apply(seed, "seed");
  return host;
}
