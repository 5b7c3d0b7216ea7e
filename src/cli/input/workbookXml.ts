/**
 * What exceljs does not give back from an .xlsx but Office.js does: sheet-scoped defined names
 * (the recorded kind), and which worksheet part belongs to which sheet. Read from the small
 * workbook parts with regular expressions; the sheet data itself is left to exceljs.
 */
import { KIND_NAME, SheetKind, kindFromFormula } from "../../core/workbook";

export interface WorkbookSheetEntry {
  name: string;
  /** The relationship id that points at the sheet's part. */
  relationId: string;
}

export interface WorkbookXmlFacts {
  sheets: WorkbookSheetEntry[];
  date1904: boolean;
  /** Sheet name → the kind its `Rapportkoll_typ` name records. */
  recordedKinds: Map<string, SheetKind>;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function unescapeXml(text: string): string {
  return text.replace(
    /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g,
    (whole, entity: string) => {
      if (entity.startsWith("#x"))
        return safeCodePoint(parseInt(entity.slice(2), 16), whole);
      if (entity.startsWith("#"))
        return safeCodePoint(parseInt(entity.slice(1), 10), whole);
      return ENTITIES[entity] ?? whole;
    },
  );
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff
    ? String.fromCodePoint(code)
    : fallback;
}

/** The attributes of one start tag as a map (prefixes kept: "r:id"). */
export function attributes(tag: string): Map<string, string> {
  const result = new Map<string, string>();
  const pattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(tag)) !== null) {
    result.set(match[1], unescapeXml(match[2] ?? match[3] ?? ""));
  }
  return result;
}

function relationIdOf(attrs: Map<string, string>): string {
  for (const [key, value] of attrs) {
    if (/^[\w.-]+:id$/.test(key)) return value;
  }
  return "";
}

export function parseWorkbookXml(xml: string): WorkbookXmlFacts {
  const sheets: WorkbookSheetEntry[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const name = attrs.get("name");
    if (name !== undefined)
      sheets.push({ name, relationId: relationIdOf(attrs) });
  }

  const props = /<(?:\w+:)?workbookPr\s[^>]*>/.exec(xml);
  const date1904Attr = props ? attributes(props[0]).get("date1904") : undefined;
  const date1904 = date1904Attr === "1" || date1904Attr === "true";

  const recordedKinds = new Map<string, SheetKind>();
  const namePattern =
    /<(?:\w+:)?definedName\s([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g;
  for (const match of xml.matchAll(namePattern)) {
    const attrs = attributes(match[1]);
    if (attrs.get("name") !== KIND_NAME) continue;
    const sheetIndex = Number(attrs.get("localSheetId"));
    const sheet = Number.isInteger(sheetIndex) ? sheets[sheetIndex] : undefined;
    const kind = kindFromFormula(unescapeXml(match[2]).trim());
    if (sheet && kind) recordedKinds.set(sheet.name, kind);
  }
  return { sheets, date1904, recordedKinds };
}

/** Relationship id → the part it points at, as a zip entry name ("xl/worksheets/sheet1.xml"). */
export function parseWorkbookRels(xml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const id = attrs.get("Id");
    const target = attrs.get("Target");
    if (!id || !target || attrs.get("TargetMode") === "External") continue;
    targets.set(id, resolvePartName(target));
  }
  return targets;
}

function resolvePartName(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ["xl"];
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/**
 * Settings the task pane stored in the workbook (Office keeps an add-in's document settings as
 * JSON in a web-extension part). Undefined when the workbook has none.
 */
export function storedSettingsFrom(
  xml: string,
  key: string,
): string | undefined {
  for (const match of xml.matchAll(/<(?:\w+:)?property\s[^>]*>/g)) {
    const attrs = attributes(match[0]);
    if (attrs.get("name") === key) return attrs.get("value");
  }
  return undefined;
}
