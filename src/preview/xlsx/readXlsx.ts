/**
 * Opens an .xlsx in the browser (exceljs): values, formulas, number formats, fills, fonts,
 * alignment, column widths, frozen panes, hidden rows and columns, protection, list and
 * whole-number validations, and the kind recorded by Rapportkoll. Everything goes into a new
 * PreviewWorkbook as one batch of Edits. A file that cannot be read gives a Swedish reason.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  CellEdit,
  Edit,
  FontEdit,
  SheetKind,
  ValidationEdit,
  parseRangeA1,
} from "../../core/workbook";
import { PreviewWorkbook } from "../model/previewWorkbook";
import { formulaChecker } from "../model/engine";
import { readKinds } from "./kindNames";
import { AddinParts, readAddinSettings } from "./addinSettings";

export class XlsxError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = "XlsxError";
  }
}

export interface OpenedWorkbook {
  book: PreviewWorkbook;
  /** Things the preview could not carry over, in Swedish (e.g. formulas it cannot compute). */
  notes: string[];
  /** The add-in's own parts (where Excel keeps Rapportkoll's settings), to write back on save. */
  addinParts: AddinParts | null;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** Refuses what is plainly not an .xlsx before exceljs tries, with a reason a person can act on. */
function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0)
    throw new XlsxError("Filen är tom.", "The file is empty.");
  if (
    bytes[0] === 0xd0 &&
    bytes[1] === 0xcf &&
    bytes[2] === 0x11 &&
    bytes[3] === 0xe0
  )
    throw new XlsxError(
      "Filen är lösenordsskyddad eller sparad i det gamla .xls-formatet. Spara den som .xlsx utan lösenord.",
      "The file is password-protected or in the old .xls format. Save it as .xlsx without a password.",
    );
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw new XlsxError(
      "Filen är inte en .xlsx-arbetsbok.",
      "The file is not an .xlsx workbook.",
    );
}

function color(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{6,8}$/i.test(argb)) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

type ReadContent =
  { formula: string } | { value: string | number | boolean | null };

/** A cell's content as an Edit takes it; formulas get their "=" and lose Excel's _xlfn. prefixes. */
function contentOf(cell: ExcelJS.Cell): ReadContent {
  const value = cell.value;
  if (value === null || value === undefined) return { value: null };
  if (
    typeof value === "number" ||
    typeof value === "string" ||
    typeof value === "boolean"
  )
    return { value };
  if (value instanceof Date)
    return { value: (value.getTime() - EXCEL_EPOCH) / 86400000 };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const formula = cell.formula;
      if (formula) return { formula: `=${formula.replace(/_xlfn\./g, "")}` };
    }
    if ("richText" in value)
      return { value: value.richText.map((r) => r.text).join("") };
    if ("text" in value && typeof value.text === "string")
      return { value: value.text };
    if ("error" in value) return { value: String(value.error) };
  }
  return { value: String(value) };
}

/** The cached result of a formula cell, for formulas the preview cannot compute. */
function cachedResult(cell: ExcelJS.Cell): string | number | boolean | null {
  const value = cell.value as { result?: unknown } | null;
  const result = value && typeof value === "object" ? value.result : undefined;
  if (
    typeof result === "number" ||
    typeof result === "string" ||
    typeof result === "boolean"
  )
    return result;
  if (result instanceof Date)
    return (result.getTime() - EXCEL_EPOCH) / 86400000;
  return null;
}

function lookOf(
  cell: ExcelJS.Cell,
): Omit<CellEdit, "op" | "sheet" | "row" | "col" | "formula" | "value"> {
  const look: Omit<
    CellEdit,
    "op" | "sheet" | "row" | "col" | "formula" | "value"
  > = {};
  if (cell.numFmt && cell.numFmt !== "General") look.numberFormat = cell.numFmt;
  const fill = cell.fill;
  if (fill && fill.type === "pattern" && fill.pattern === "solid") {
    const c = color(fill.fgColor?.argb);
    if (c) look.fill = c;
  }
  const font: FontEdit = {};
  if (cell.font?.bold) font.bold = true;
  if (cell.font?.italic) font.italic = true;
  const fontColor = color(cell.font?.color?.argb);
  if (fontColor && fontColor !== "#000000") font.color = fontColor;
  if (Object.keys(font).length) look.font = font;
  const horizontal = cell.alignment?.horizontal;
  if (
    horizontal === "left" ||
    horizontal === "center" ||
    horizontal === "right"
  )
    look.horizontalAlignment =
      horizontal === "left"
        ? "Left"
        : horizontal === "center"
          ? "Center"
          : "Right";
  if (cell.alignment?.wrapText) look.wrapText = true;
  return look;
}

/** exceljs hands validations per cell; a person sets them per range, so cells are merged back. */
function validationEdits(sheet: string, worksheet: ExcelJS.Worksheet): Edit[] {
  const model = (
    worksheet as unknown as {
      dataValidations?: { model?: Record<string, ExcelJS.DataValidation> };
    }
  ).dataValidations?.model;
  const groups = new Map<
    string,
    {
      rule: ValidationEdit["rule"];
      errorMessage?: string;
      cells: { row: number; col: number }[];
    }
  >();
  for (const [address, source] of Object.entries(model ?? {})) {
    let rule: ValidationEdit["rule"] | null = null;
    if (
      source.type === "list" &&
      typeof source.formulae?.[0] === "string" &&
      source.formulae[0].startsWith('"')
    ) {
      rule = {
        type: "list",
        values: source.formulae[0].replace(/^"|"$/g, "").split(","),
      };
    } else if (source.type === "whole" && source.operator === "between") {
      const [min, max] = (source.formulae ?? []).map(Number);
      if (Number.isFinite(min) && Number.isFinite(max))
        rule = { type: "wholeNumber", min, max };
    }
    if (!rule) continue;
    const key = JSON.stringify([rule, source.error ?? ""]);
    const group = groups.get(key) ?? {
      rule,
      errorMessage: source.error || undefined,
      cells: [],
    };
    groups.set(key, group);
    for (const part of address.split(" ")) {
      try {
        const r = parseRangeA1(part.replace(/^range:/, ""));
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++)
            group.cells.push({ row, col });
      } catch {
        // Not an address exceljs should give; such a rule is left out.
      }
    }
  }
  const edits: Edit[] = [];
  for (const { rule, errorMessage, cells } of groups.values())
    for (const range of rectangles(cells))
      edits.push({
        op: "validation",
        range: { sheet, ...range },
        rule,
        errorMessage,
      });
  return edits;
}

interface ConditionalSource {
  ref: string;
  rules: {
    type: string;
    operator?: string;
    formulae?: unknown[];
    style?: {
      fill?: { bgColor?: { argb?: string } };
      font?: { color?: { argb?: string } };
    };
  }[];
}

/** "Equal to this text → this fill" rules, the traffic lights Rapportkoll's templates set. */
function conditionalFillEdits(
  sheet: string,
  worksheet: ExcelJS.Worksheet,
): Edit[] {
  const sources = (
    worksheet as unknown as { conditionalFormattings?: ConditionalSource[] }
  ).conditionalFormattings;
  const edits: Edit[] = [];
  for (const source of sources ?? []) {
    const rules = source.rules.flatMap((rule) => {
      const text = rule.formulae?.[0];
      const fill = color(rule.style?.fill?.bgColor?.argb);
      if (
        rule.type !== "cellIs" ||
        rule.operator !== "equal" ||
        typeof text !== "string" ||
        !fill
      )
        return [];
      if (!/^".*"$/.test(text)) return [];
      const fontColor = color(rule.style?.font?.color?.argb);
      return [
        {
          equals: text.slice(1, -1).replace(/""/g, '"'),
          fill,
          ...(fontColor ? { fontColor } : {}),
        },
      ];
    });
    if (rules.length === 0) continue;
    for (const part of source.ref.split(" ")) {
      try {
        edits.push({
          op: "conditionalFill",
          range: { sheet, ...parseRangeA1(part) },
          rules,
        });
      } catch {
        // A reference that is not a plain range is left out.
      }
    }
  }
  return edits;
}

/** Cells as rectangles: the whole block when they fill it, else one run of rows per column. */
function rectangles(
  cells: { row: number; col: number }[],
): { top: number; left: number; bottom: number; right: number }[] {
  if (cells.length === 0) return [];
  // Bounds by a loop, not Math.min(...list): a range can hold more cells than a call takes.
  const block = {
    top: Infinity,
    bottom: -Infinity,
    left: Infinity,
    right: -Infinity,
  };
  for (const { row, col } of cells) {
    block.top = Math.min(block.top, row);
    block.bottom = Math.max(block.bottom, row);
    block.left = Math.min(block.left, col);
    block.right = Math.max(block.right, col);
  }
  const unique = new Set(cells.map((c) => `${c.row},${c.col}`));
  if (
    unique.size ===
    (block.bottom - block.top + 1) * (block.right - block.left + 1)
  )
    return [block];
  const out: { top: number; left: number; bottom: number; right: number }[] =
    [];
  for (let col = block.left; col <= block.right; col++) {
    let start = -1;
    for (let row = block.top; row <= block.bottom + 1; row++) {
      const inside = unique.has(`${row},${col}`);
      if (inside && start < 0) start = row;
      if (!inside && start >= 0) {
        out.push({ top: start, bottom: row - 1, left: col, right: col });
        start = -1;
      }
    }
  }
  return out;
}

export async function readXlsx(
  data: ArrayBuffer | Uint8Array,
): Promise<OpenedWorkbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkSignature(bytes);
  const workbook = new ExcelJS.Workbook();
  let kinds: Map<string, SheetKind>;
  let addin: Awaited<ReturnType<typeof readAddinSettings>>;
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file("xl/workbook.xml"))
      throw new XlsxError(
        "Filen är ett zip-arkiv men ingen Excel-arbetsbok.",
        "The file is a zip archive but not an Excel workbook.",
      );
    kinds = await readKinds(zip);
    addin = await readAddinSettings(zip);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof XlsxError) throw error;
    throw new XlsxError(
      `Filen är skadad eller inte en giltig .xlsx-fil (${(error as Error).message}).`,
      `The file is damaged or not a valid .xlsx file (${(error as Error).message}).`,
    );
  }
  if (workbook.worksheets.length === 0)
    throw new XlsxError(
      "Arbetsboken har inga blad.",
      "The workbook has no sheets.",
    );

  const formulas = formulaChecker();
  const edits: Edit[] = [];
  const notes: string[] = [];
  const states: {
    name: string;
    protected: boolean;
    hiddenRows: number[];
    hiddenColumns: number[];
  }[] = [];
  let uncomputable = 0;
  for (const worksheet of workbook.worksheets) {
    const sheet = worksheet.name;
    edits.push({ op: "addSheet", sheet });
    const hiddenRows: number[] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.hidden) hiddenRows.push(rowNumber - 1);
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        let content = contentOf(cell);
        if (
          "formula" in content &&
          !formulas.validateFormula(content.formula)
        ) {
          uncomputable += 1;
          content = { value: cachedResult(cell) };
        }
        const look = lookOf(cell);
        if (
          "value" in content &&
          content.value === null &&
          Object.keys(look).length === 0
        )
          return;
        edits.push({
          op: "cell",
          sheet,
          row: rowNumber - 1,
          col: colNumber - 1,
          ...content,
          ...look,
        });
      });
    });
    const hiddenColumns: number[] = [];
    (worksheet.columns ?? []).forEach((column, index) => {
      if (column.width !== undefined)
        edits.push({
          op: "columnWidth",
          sheet,
          col: index,
          width: column.width,
        });
      if (column.hidden) hiddenColumns.push(index);
    });
    const view = worksheet.views?.[0];
    if (view && view.state === "frozen" && (view.xSplit || view.ySplit))
      edits.push({
        op: "freeze",
        sheet,
        rows: view.ySplit ?? 0,
        cols: view.xSplit ?? 0,
      });
    edits.push(
      ...validationEdits(sheet, worksheet),
      ...conditionalFillEdits(sheet, worksheet),
    );
    const kind = kinds.get(sheet);
    if (kind) edits.push({ op: "recordKind", sheet, kind });
    const protectedSheet = Boolean(
      (worksheet as unknown as { sheetProtection?: { sheet?: boolean } })
        .sheetProtection?.sheet,
    );
    states.push({
      name: sheet,
      protected: protectedSheet,
      hiddenRows,
      hiddenColumns,
    });
  }
  let book: PreviewWorkbook;
  try {
    book = PreviewWorkbook.load(edits, "Öppna");
  } catch (error) {
    throw new XlsxError(
      `Arbetsboken kunde inte läsas in: ${(error as Error).message}`,
      `The workbook could not be loaded: ${(error as Error).message}`,
    );
  }
  for (const state of states) book.setSheetState(state.name, state);
  book.settings = addin.settings;
  book.activeSheet = book.sheetNames()[0] ?? null;
  if (book.activeSheet)
    book.selection = {
      sheet: book.activeSheet,
      row: 0,
      col: 0,
      top: 0,
      left: 0,
      bottom: 0,
      right: 0,
    };
  if (uncomputable)
    notes.push(
      `${uncomputable} formler kunde inte tolkas av förhandsvisningen och visas med sina sparade värden.`,
    );
  return { book, notes, addinParts: addin.parts };
}
