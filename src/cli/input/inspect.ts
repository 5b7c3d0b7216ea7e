/**
 * Looks at a file before exceljs is allowed near it: is it an .xlsx at all (or an old .xls, an
 * encrypted workbook, a PDF), is the zip whole, and is it small enough once unpacked. Every
 * part is inflated once here as a stream, counting bytes, so a zip bomb is refused from its
 * directory, and one that lies in its directory is caught without exhausting memory.
 */
import { SheetKind } from "../../core/workbook";
import { InputError } from "../errors";
import { EmptyResultScanner } from "./emptyResults";
import { ZipEntry, inflateEntry, readZipDirectory, scanEntry } from "./zip";
import {
  parseWorkbookRels,
  parseWorkbookXml,
  storedSettingsFrom,
  unescapeXml,
} from "./workbookXml";

/** Largest unpacked worksheet or shared-strings part: about a million filled cells. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Largest unpacked workbook, all parts together. */
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
/** Small parts read whole here (workbook.xml, relationships, settings). */
const MAX_SMALL_PART_BYTES = 16 * 1024 * 1024;
/** Where the task pane keeps its settings in the document (src/host/excel.ts). */
export const SETTINGS_KEY = "rapportkoll.settings";

const MB = 1024 * 1024;

export interface XlsxFacts {
  /** Sheet names in tab order, as workbook.xml lists them. */
  sheetNames: string[];
  date1904: boolean;
  recordedKinds: Map<string, SheetKind>;
  /** Sheet name → cells whose cached formula result is the empty text. */
  emptyResults: Map<string, Set<string>>;
  /** The task pane's settings as stored in the workbook (JSON text), if any. */
  storedSettings?: string;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from("PK");

function utf16(text: string): Buffer {
  return Buffer.from(text, "utf16le");
}

/** An OLE compound file: an encrypted .xlsx (EncryptedPackage) or a binary .xls. */
function describeOle(buffer: Buffer): InputError {
  if (
    buffer.includes(utf16("EncryptedPackage")) ||
    buffer.includes(utf16("EncryptionInfo"))
  ) {
    return new InputError(
      "encrypted",
      "arbetsboken är lösenordsskyddad – ta bort lösenordet i Excel och spara igen",
      "the workbook is password-protected – remove the password in Excel and save again",
    );
  }
  if (buffer.includes(utf16("Workbook")) || buffer.includes(utf16("Book"))) {
    return new InputError(
      "oldXls",
      "filen är en äldre Excel-fil (.xls) – spara den som .xlsx",
      "the file is an old Excel file (.xls) – save it as .xlsx",
    );
  }
  return new InputError(
    "notXlsx",
    "filen är ett äldre Office-dokument, inte en xlsx-fil",
    "the file is an old Office document, not an xlsx file",
  );
}

function notXlsx(whatSv: string, whatEn: string): InputError {
  return new InputError(
    "notXlsx",
    `filen är inte en xlsx-fil (${whatSv})`,
    `the file is not an xlsx file (${whatEn})`,
  );
}

/** Printable bytes, tabs and line breaks only: a CSV or some other text saved as .xlsx. */
function looksLikeText(head: Buffer): boolean {
  return head.every(
    (b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127),
  );
}

function checkMagic(buffer: Buffer): void {
  if (buffer.subarray(0, 8).equals(OLE_MAGIC)) throw describeOle(buffer);
  if (buffer.subarray(0, 2).equals(ZIP_MAGIC)) return;
  const head = buffer.toString("latin1", 0, Math.min(buffer.length, 512));
  if (head.startsWith("%PDF")) throw notXlsx("en PDF-fil", "a PDF file");
  if (/^\s*</.test(head))
    throw notXlsx("en XML- eller HTML-fil", "an XML or HTML file");
  if (looksLikeText(buffer.subarray(0, 512))) {
    throw notXlsx("en textfil, kanske CSV", "a text file, perhaps CSV");
  }
  throw notXlsx("okänt format", "unknown format");
}

function describeOtherZip(names: Set<string>): InputError {
  if (names.has("xl/workbook.bin")) {
    return notXlsx(
      "binär arbetsbok .xlsb – spara som .xlsx",
      "binary workbook .xlsb – save as .xlsx",
    );
  }
  if (names.has("word/document.xml"))
    return notXlsx("ett Word-dokument", "a Word document");
  if (names.has("ppt/presentation.xml")) {
    return notXlsx("en PowerPoint-presentation", "a PowerPoint presentation");
  }
  if (names.has("mimetype") && names.has("content.xml")) {
    return notXlsx(
      "ett OpenDocument-dokument – spara som .xlsx",
      "an OpenDocument file",
    );
  }
  return notXlsx(
    "ett zip-arkiv utan arbetsbok",
    "a zip archive without a workbook",
  );
}

function tooBig(
  whatSv: string,
  whatEn: string,
  size: number,
  limit: number,
): InputError {
  const mb = (n: number) => `${Math.ceil(n / MB)} MB`;
  return new InputError(
    "zipBomb",
    `${whatSv} är ${mb(size)} uppackad, gränsen är ${mb(limit)} – filen läses inte`,
    `${whatEn} unpacks to ${mb(size)}, the limit is ${mb(limit)} – not read`,
  );
}

function isDataPart(name: string): boolean {
  return (
    /^xl\/worksheets\/[^/]+\.xml$/.test(name) ||
    name === "xl/sharedStrings.xml" ||
    name === "xl/styles.xml"
  );
}

export async function inspectXlsx(buffer: Buffer): Promise<XlsxFacts> {
  checkMagic(buffer);
  const entries = readZipDirectory(buffer);
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) byName.set(entry.name.replace(/^\//, ""), entry);

  const workbookEntry = byName.get("xl/workbook.xml");
  if (!workbookEntry) throw describeOtherZip(new Set(byName.keys()));

  let total = 0;
  for (const [name, entry] of byName) {
    total += entry.uncompressedSize;
    if (isDataPart(name) && entry.uncompressedSize > MAX_PART_BYTES) {
      throw tooBig(
        `delen ${name}`,
        `the part ${name}`,
        entry.uncompressedSize,
        MAX_PART_BYTES,
      );
    }
  }
  if (total > MAX_TOTAL_BYTES) {
    throw tooBig("arbetsboken", "the workbook", total, MAX_TOTAL_BYTES);
  }

  const readSmall = (entry: ZipEntry): string => {
    if (entry.uncompressedSize > MAX_SMALL_PART_BYTES) {
      throw tooBig(
        `delen ${entry.name}`,
        `the part ${entry.name}`,
        entry.uncompressedSize,
        MAX_SMALL_PART_BYTES,
      );
    }
    return inflateEntry(buffer, entry, MAX_SMALL_PART_BYTES).toString("utf8");
  };

  const workbook = parseWorkbookXml(readSmall(workbookEntry));
  const relsEntry = byName.get("xl/_rels/workbook.xml.rels");
  const rels = relsEntry
    ? parseWorkbookRels(readSmall(relsEntry))
    : new Map<string, string>();
  const sheetOfPart = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    const part = rels.get(sheet.relationId);
    if (part) sheetOfPart.set(part, sheet.name);
  }

  let storedSettings: string | undefined;
  for (const [name, entry] of byName) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/.test(name)) continue;
    const found = storedSettingsFrom(readSmall(entry), SETTINGS_KEY);
    if (found !== undefined) storedSettings = unescapeXml(found);
  }

  const emptyResults = new Map<string, Set<string>>();
  for (const [name, entry] of byName) {
    if (name.endsWith("/")) continue;
    const sheetName = sheetOfPart.get(name);
    if (sheetName === undefined) {
      await scanEntry(buffer, entry, () => undefined);
      continue;
    }
    const scanner = new EmptyResultScanner();
    await scanEntry(buffer, entry, (chunk) => scanner.push(chunk));
    scanner.end();
    if (scanner.addresses.size) emptyResults.set(sheetName, scanner.addresses);
  }
  return {
    sheetNames: workbook.sheets.map((s) => s.name),
    date1904: workbook.date1904,
    recordedKinds: workbook.recordedKinds,
    emptyResults,
    storedSettings,
  };
}
