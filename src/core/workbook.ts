/**
 * The workbook as the core sees it: plain 2-D arrays in the shapes Office.js returns for a
 * used range, A1 addresses, the Edits that every write is made of, and the UndoRecord that
 * takes a write back.
 */

/** A cell value as Office.js reports it: "" for a blank cell, error values as text ("#DIV/0!"). */
export type CellValue = string | number | boolean;

export type SheetKind =
  | "resultatrakning"
  | "driftredovisning"
  | "investeringar"
  | "indikatorer"
  | "internkontroll"
  | "riskanalys"
  | "okand";

export const SHEET_KINDS: readonly SheetKind[] = [
  "resultatrakning",
  "driftredovisning",
  "investeringar",
  "indikatorer",
  "internkontroll",
  "riskanalys",
  "okand",
];

/**
 * How a sheet records its kind in every host: a worksheet-scoped defined name with this name
 * whose formula is the kind as text, e.g. ="driftredovisning". Excel, .xlsx files and the
 * preview all keep sheet-scoped names, and readers without Rapportkoll never see them.
 */
export const KIND_NAME = "Rapportkoll_typ";

/** The defined name's formula for a kind: ="driftredovisning". */
export function kindFormula(kind: SheetKind): string {
  return `="${kind}"`;
}

/** The kind a defined name's formula or value records, or null when it is not one of ours. */
export function kindFromFormula(formula: unknown): SheetKind | null {
  if (typeof formula !== "string") return null;
  const text = formula.replace(/^=?"?/, "").replace(/"$/, "");
  return (SHEET_KINDS as readonly string[]).includes(text)
    ? (text as SheetKind)
    : null;
}

export interface SheetSnapshot {
  name: string;
  /** Zero-based sheet row of values[0][0] (the used range need not start in A1). */
  top: number;
  /** Zero-based sheet column of values[0][0]. */
  left: number;
  /** `range.values`: numbers, text, booleans; "" when blank. */
  values: CellValue[][];
  /** `range.formulas`: the formula text ("=SUM(B3:B9)") where a cell has one, else its constant. */
  formulas: CellValue[][];
  /** `range.numberFormat`: the format code of every cell ("General", "#,##0", "0%"). */
  numberFormat: string[][];
  /** The kind a Rapportkoll template recorded on the sheet, if any. */
  recordedKind?: SheetKind;
  /** True when the sheet is protected: it can be read, not written. */
  protected?: boolean;
  /** Zero-based sheet rows that are hidden. */
  hiddenRows?: number[];
  /** Zero-based sheet columns that are hidden. */
  hiddenColumns?: number[];
}

export interface WorkbookSnapshot {
  /** In the workbook's tab order. */
  sheets: SheetSnapshot[];
  /** The sheet the user is on. */
  activeSheet?: string;
}

/** A cell in sheet coordinates (zero-based). */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A rectangle in sheet coordinates (zero-based, inclusive). */
export interface RangeRef {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FontEdit {
  bold?: boolean;
  italic?: boolean;
  /** "#RRGGBB" */
  color?: string;
}

/**
 * One cell written: a formula, a constant, or only its format. Text constants are always
 * written as text: "=1+1" in `value` stays the four characters, never a formula.
 */
export interface CellEdit {
  op: "cell";
  sheet: string;
  row: number;
  col: number;
  /** A formula in Excel's invariant (English, comma-separated) language, starting with "=". */
  formula?: string;
  /** A constant; null clears the cell's content. */
  value?: string | number | boolean | null;
  numberFormat?: string;
  /** Fill colour "#RRGGBB"; null removes the fill. */
  fill?: string | null;
  font?: FontEdit;
  horizontalAlignment?: "Left" | "Center" | "Right";
  wrapText?: boolean;
}

export interface AddSheetEdit {
  op: "addSheet";
  sheet: string;
  /** Make the new sheet the active one. */
  activate?: boolean;
}

/** Records on the sheet which kind it is, so that validation needs no guessing. */
export interface RecordKindEdit {
  op: "recordKind";
  sheet: string;
  kind: SheetKind;
}

export interface ColumnWidthEdit {
  op: "columnWidth";
  sheet: string;
  col: number;
  /** Width in characters of the default font (Excel's column width unit). */
  width: number;
}

export interface FreezeEdit {
  op: "freeze";
  sheet: string;
  rows: number;
  cols: number;
}

export type ValidationRule =
  | { type: "list"; values: string[] }
  | { type: "wholeNumber"; min: number; max: number };

export interface ValidationEdit {
  op: "validation";
  range: RangeRef;
  rule: ValidationRule;
  /** Shown when a value breaks the rule (Swedish). */
  errorMessage?: string;
}

/** Colours cells whose text equals one of the given words (traffic lights for statuses). */
export interface ConditionalFillEdit {
  op: "conditionalFill";
  range: RangeRef;
  rules: { equals: string; fill: string; fontColor?: string }[];
}

export type Edit =
  | CellEdit
  | AddSheetEdit
  | RecordKindEdit
  | ColumnWidthEdit
  | FreezeEdit
  | ValidationEdit
  | ConditionalFillEdit;

/** A cell as it was before a write: enough to put it back exactly. */
export interface CellState {
  sheet: string;
  row: number;
  col: number;
  /** The formula text, or the constant ("" when blank). */
  formula: CellValue;
  numberFormat: string;
  /** "#RRGGBB", or null for no fill. */
  fill: string | null;
  font?: { bold: boolean; italic: boolean; color: string };
  horizontalAlignment?: string;
  wrapText?: boolean;
}

/** What an applied batch of Edits changed, so that `undo` can put it back. */
export interface UndoRecord {
  id: string;
  /** What the batch did, for the Ångra button (Swedish). */
  label: string;
  cells: CellState[];
  /** Sheets the batch created; undo deletes them. */
  addedSheets: string[];
  columnWidths: { sheet: string; col: number; width: number }[];
  freezes: { sheet: string; rows: number; cols: number }[];
  /** Ranges whose data validation the batch set, with what they had before (null: none). */
  validations: { range: RangeRef; prior: ValidationRule | null }[];
  /** Ranges the batch gave conditional fills; undo removes them. */
  conditionalFills: RangeRef[];
  recordedKinds: { sheet: string; prior: SheetKind | null }[];
}

export function emptyUndoRecord(label: string): UndoRecord {
  return {
    id: newId(),
    label,
    cells: [],
    addedSheets: [],
    columnWidths: [],
    freezes: [],
    validations: [],
    conditionalFills: [],
    recordedKinds: [],
  };
}

let idCounter = 0;
export function newId(): string {
  idCounter += 1;
  return `${Date.now().toString(36)}-${idCounter}`;
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based column index of "A", "AB", … */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A1 address of a zero-based cell: (11, 3) → "D12". */
export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A1 address of a rectangle: "B3:B9" (or "B3" for one cell). */
export function rangeToA1(
  top: number,
  left: number,
  bottom: number,
  right: number,
): string {
  const start = toA1(top, left);
  return top === bottom && left === right
    ? start
    : `${start}:${toA1(bottom, right)}`;
}

/** Parses "D12" (or "$D$12") to zero-based row and column. */
export function parseA1(address: string): { row: number; col: number } {
  // Plain addresses ("C473"), what rules and fixes write, are read with char codes; anything
  // else ("$C$473", lower case, spaces) goes through the pattern.
  const length = address.length;
  let i = 0;
  let col = 0;
  while (i < length && i < 3) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
    i += 1;
  }
  // Up to nine digits: the row is then exact in a plain number, as Number() reads it.
  if (i > 0 && i < length && length - i <= 9) {
    let row = 0;
    let j = i;
    for (; j < length; j += 1) {
      const code = address.charCodeAt(j);
      if (code < 48 || code > 57) break;
      row = row * 10 + (code - 48);
    }
    if (j === length) return { row: row - 1, col: col - 1 };
  }
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Ogiltig celladress: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** Parses "B3:D9" or "B3" to a rectangle (sheet left empty). */
export function parseRangeA1(address: string): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  const [first, second = first] = address.split(":");
  const a = parseA1(first);
  const b = parseA1(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Quotes a sheet name for use in a formula or address when Excel requires it. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

const ERROR_VALUES =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|TIMEOUT!)$/;

/** True for Excel's error values as Office.js reports them ("#DIV/0!", "#N/A", …). */
export function isErrorValue(value: unknown): boolean {
  return typeof value === "string" && ERROR_VALUES.test(value);
}

/** True when a `formulas` entry is a formula. */
export function isFormula(value: unknown): value is string {
  // Char codes rather than startsWith: the engine asks this of every total and avvikelse cell.
  return (
    typeof value === "string" && value.length > 1 && value.charCodeAt(0) === 61
  );
}

/** Text that Excel would take as a formula if written as a value: it must be written as text. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** The value at a zero-based sheet position, or "" outside the snapshot. */
export function valueAt(
  sheet: SheetSnapshot,
  row: number,
  col: number,
): CellValue {
  return sheet.values[row - sheet.top]?.[col - sheet.left] ?? "";
}

/** The formula (or constant) at a zero-based sheet position, or "" outside the snapshot. */
export function formulaAt(
  sheet: SheetSnapshot,
  row: number,
  col: number,
): CellValue {
  return sheet.formulas[row - sheet.top]?.[col - sheet.left] ?? "";
}
