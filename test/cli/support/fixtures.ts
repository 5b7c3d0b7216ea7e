/**
 * .xlsx fixtures written by the tests with exceljs: the Huddinge seed tables (with faults
 * planted where a test asks), odd cell contents, and hostile files built part by part.
 */
import * as ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { SeedTable, seedTableCells } from "../../../src/samples/huddinge2020";
import { SheetKind } from "../../../src/core/workbook";
import { addKindNames } from "../../../src/cli/template/writeXlsx";
import { RawEntry, writeZip } from "./zipWriter";

export type FixtureCell = ExcelJS.CellValue;

export interface FixtureSheet {
  name: string;
  /** Row by row from A1 (or from `origin`). */
  cells: FixtureCell[][];
  /** Format for every number cell. */
  numFmt?: string;
  /** 1-based sheet row and column of cells[0][0]. */
  origin?: { row: number; col: number };
  kind?: SheetKind;
  hiddenRows?: number[];
  hiddenColumns?: number[];
  protect?: boolean;
}

export function tempDir(prefix = "rapportkoll-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function workbookBuffer(sheets: FixtureSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const ws = workbook.addWorksheet(spec.name);
    const origin = spec.origin ?? { row: 1, col: 1 };
    spec.cells.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null || value === undefined || value === "") return;
        const cell = ws.getCell(origin.row + r, origin.col + c);
        cell.value = value;
        const isNumber =
          typeof value === "number" ||
          (typeof value === "object" &&
            "formula" in value &&
            typeof value.result === "number");
        if (spec.numFmt && isNumber) cell.numFmt = spec.numFmt;
      }),
    );
    for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of spec.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    if (spec.protect) await ws.protect("", {});
  }
  let buffer: Buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  const kinds = new Map(
    sheets
      .filter((s) => s.kind)
      .map((s) => [s.name, s.kind as SheetKind] as const),
  );
  if (kinds.size) {
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", addKindNames(xml, kinds));
    buffer = await zip.generateAsync({
      type: "nodebuffer",
      compression: "DEFLATE",
    });
  }
  return buffer;
}

export async function writeWorkbook(
  file: string,
  sheets: FixtureSheet[],
): Promise<string> {
  fs.writeFileSync(file, await workbookBuffer(sheets));
  return file;
}

/** A seed table as printed, the way it would arrive from a nämnd (mnkr, one decimal). */
export function seedFixture(
  name: string,
  table: SeedTable,
  plant?: (cells: FixtureCell[][]) => void,
): FixtureSheet {
  const cells: FixtureCell[][] = seedTableCells(table).map((row) => [...row]);
  plant?.(cells);
  return { name, cells, numFmt: "#,##0.0" };
}

/** Row index in seedTableCells of the row with this label (first match). */
export function rowOf(table: SeedTable, label: string): number {
  const index = table.rows.findIndex((row) => row[0] === label);
  if (index < 0) throw new Error(`no row ${label}`);
  return index + 3;
}

/** The parts of an .xlsx, to rebuild it with some parts replaced. */
export async function xlsxParts(buffer: Buffer): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(buffer);
  const entries: RawEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    entries.push({ name: file.name, data: await file.async("nodebuffer") });
  }
  return entries;
}

/** A minimal valid workbook with one sheet, rebuilt through writeZip with `change` applied. */
export async function craftedXlsx(
  change: (entries: RawEntry[]) => RawEntry[],
): Promise<Buffer> {
  const base = await workbookBuffer([{ name: "Blad1", cells: [["Summa", 1]] }]);
  return writeZip(change(await xlsxParts(base)));
}

/**
 * Valid sheet XML of `rows` identical rows of eight numbers (row and cell references may be
 * left out), about 160 bytes a row: it packs a thousandfold, as a zip bomb does.
 */
export function bigSheetXml(rows: number): Buffer {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const row =
    "<row><c><v>1111</v></c><c><v>2222</v></c><c><v>3333</v></c><c><v>4444</v></c>" +
    "<c><v>5555</v></c><c><v>6666</v></c><c><v>7777</v></c><c><v>8888</v></c></row>          ";
  return Buffer.concat([
    Buffer.from(head),
    Buffer.from(row.repeat(rows)),
    Buffer.from("</sheetData></worksheet>"),
  ]);
}

/** The first bytes of an OLE compound file holding the given stream names (UTF-16). */
export function oleFile(streams: string[]): Buffer {
  const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096);
  let at = 512;
  for (const stream of streams) {
    body.write(stream, at, "utf16le");
    at += 128;
  }
  return Buffer.concat([magic, body]);
}
