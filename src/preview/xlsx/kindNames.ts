/**
 * The sheet kinds recorded in an .xlsx as sheet-scoped defined names (KIND_NAME, localSheetId)
 * in xl/workbook.xml. exceljs keeps only names that are ranges, so the preview reads and writes
 * these from the zip itself (JSZip, which exceljs is built on).
 */
import JSZip from "jszip";
import {
  KIND_NAME,
  SheetKind,
  kindFormula,
  kindFromFormula,
} from "../../core/workbook";

const WORKBOOK_XML = "xl/workbook.xml";

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]) : undefined;
}

/** Sheet name → recorded kind, read from the workbook part of an .xlsx. */
export async function readKinds(zip: JSZip): Promise<Map<string, SheetKind>> {
  const kinds = new Map<string, SheetKind>();
  const xml = await zip.file(WORKBOOK_XML)?.async("string");
  if (!xml) return kinds;
  const sheetNames = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(
    (m) => attribute(m[0], "name") ?? "",
  );
  for (const match of xml.matchAll(
    /<(?:\w+:)?definedName\b([^>]*)>([^<]*)<\/(?:\w+:)?definedName>/g,
  )) {
    const tag = match[1];
    if (attribute(tag, "name") !== KIND_NAME) continue;
    const local = attribute(tag, "localSheetId");
    if (local === undefined) continue;
    const kind = kindFromFormula(unescapeXml(match[2]).trim());
    const sheet = sheetNames[Number(local)];
    if (kind && sheet) kinds.set(sheet, kind);
  }
  return kinds;
}

/** Adds a sheet-scoped KIND_NAME per sheet to the workbook part; sheets are given in tab order. */
export async function writeKinds(
  zip: JSZip,
  sheets: string[],
  kinds: Map<string, SheetKind>,
): Promise<void> {
  if (kinds.size === 0) return;
  const xml = await zip.file(WORKBOOK_XML)?.async("string");
  if (!xml) throw new Error("xl/workbook.xml saknas.");
  const names = sheets
    .map((sheet, index) => {
      const kind = kinds.get(sheet);
      // The stored text is the formula without its "=": "driftredovisning" in quotes.
      return kind
        ? `<definedName name="${KIND_NAME}" localSheetId="${index}">${escapeXml(kindFormula(kind).slice(1))}</definedName>`
        : "";
    })
    .join("");
  const patched = /<definedNames>/.test(xml)
    ? xml.replace("</definedNames>", `${names}</definedNames>`)
    : /<definedNames\s*\/>/.test(xml)
      ? xml.replace(
          /<definedNames\s*\/>/,
          `<definedNames>${names}</definedNames>`,
        )
      : xml.replace(
          "</sheets>",
          `</sheets><definedNames>${names}</definedNames>`,
        );
  zip.file(WORKBOOK_XML, patched);
}
