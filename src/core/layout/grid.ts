/**
 * A sheet's cells read once into flat typed arrays: every number (and every number stored as
 * text, parsed the Swedish way) as a float, and what kind of content each cell holds. Rules
 * and recognition then work on plain arrays, so a 100 000-row sheet is a few linear passes.
 */
import { abs, floor, isNaNValue, max, round } from "./fast";
import {
  ParsedNumber,
  decimalsOfFormat,
  isPercentFormat,
  parseSwedishNumber,
} from "../numbers";
import { CellValue, SheetSnapshot, isErrorValue, isFormula } from "../workbook";
import { MEANINGFUL_PAIRS } from "./labels";
import { scanLabel } from "./text";

export const CELL_BLANK = 0;
export const CELL_NUMBER = 1;
/** Text that parses as a Swedish number ("45 725", "−1 741", "35%"). */
export const CELL_TEXT_NUMBER = 2;
export const CELL_TEXT = 3;
/** A printed "no value": "-", "..", "x". */
export const CELL_MISSING = 4;
export const CELL_ERROR = 5;
export const CELL_BOOLEAN = 6;

/**
 * What a phase found when it read a cell's formula text (see SheetGrid.formulaMarks): a later
 * phase that asks the same of the cell reads a byte instead of the string again.
 */
export const FORMULA_UNREAD = 0;
export const FORMULA_PRESENT = 1;
export const FORMULA_ABSENT = 2;

const MISSING_TEXT = new Set([
  "-",
  "\u2212",
  "\u2013",
  "\u2014",
  "..",
  "...",
  "\u2026",
  "x",
  "X",
]);
/**
 * True when text could be a number: its first non-space character is a digit, a sign, "(",
 * "." or ",". Labels start with letters, so most text is turned away by one character.
 */
function mayBeNumber(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 0xa0 || code === 0x202f || code === 0x2009)
      continue;
    return (
      (code >= 48 && code <= 57) ||
      code === 45 ||
      code === 43 ||
      code === 40 ||
      code === 46 ||
      code === 44 ||
      code === 0x2212 ||
      code === 0x2013 ||
      code === 0x2012 ||
      code === 0xfe63 ||
      code === 0xff0d
    );
  }
  return false;
}

/**
 * True for text longer than three characters that starts with an ASCII letter: a label, which
 * classifyText would also call CELL_TEXT (it is no missing marker, no error value and cannot be
 * a number), decided without the call. Most text cells of a sheet are such labels.
 */
function startsAsWord(text: string): boolean {
  if (text.length <= 3) return false;
  // Setting bit 5 maps A–Z onto a–z and nothing else onto them.
  const code = text.charCodeAt(0) | 32;
  return code >= 97 && code <= 122;
}

/**
 * Buffers of grids whose owner has released them (SheetGrid.release), for the next grids.
 * Made afresh for every validation, a big sheet's typed arrays are enough memory outside V8's
 * heap that V8 answers with a full collection of the whole heap (the snapshot with it) every
 * few validations: measured at 100 000 rows, one every 6–8 validations, started by "external
 * memory pressure" while the heap was at 40 % of its limit. At most SPARE_LIMIT bytes are kept.
 */
const spareBuffers: ArrayBuffer[] = [];
let spareBytes = 0;
const SPARE_LIMIT = 256 * 1024 * 1024;

/** The smallest spare buffer of at least `bytes`, taken from the spares; null when none is. */
function takeSpare(bytes: number): ArrayBuffer | null {
  if (bytes === 0) return null;
  let best = -1;
  for (let i = 0; i < spareBuffers.length; i += 1) {
    const length = spareBuffers[i].byteLength;
    if (length >= bytes && (best < 0 || length < spareBuffers[best].byteLength))
      best = i;
  }
  if (best < 0) return null;
  const buffer = spareBuffers[best];
  spareBuffers[best] = spareBuffers[spareBuffers.length - 1];
  spareBuffers.pop();
  spareBytes -= buffer.byteLength;
  return buffer;
}

/**
 * A grid's buffer to the spares. Grids make their arrays themselves (floats, zeroBytes), so it
 * is an ArrayBuffer, never a shared one; not tested with instanceof, which fails when typed
 * arrays come from another realm than ArrayBuffer (as under Jest).
 */
function giveSpare(buffer: ArrayBufferLike): void {
  if (buffer.byteLength === 0 || spareBytes + buffer.byteLength > SPARE_LIMIT)
    return;
  spareBuffers.push(buffer as ArrayBuffer);
  spareBytes += buffer.byteLength;
}

/** `length` floats, from a spare buffer when there is one; the caller writes every one. */
function floats(length: number): Float64Array {
  const spare = takeSpare(length * 8);
  return spare ? new Float64Array(spare, 0, length) : new Float64Array(length);
}

/** `length` zero bytes, from a spare buffer when there is one. */
function zeroBytes(length: number): Uint8Array {
  const spare = takeSpare(length);
  return spare
    ? new Uint8Array(spare, 0, length).fill(0)
    : new Uint8Array(length);
}

/** Bytes held for the next grids (for tests). */
export function spareGridBytes(): number {
  return spareBytes;
}

export class SheetGrid {
  readonly sheet: SheetSnapshot;
  readonly top: number;
  readonly left: number;
  readonly height: number;
  readonly width: number;
  /** The number in each cell (NaN where there is none), row by row. */
  readonly num: Float64Array;
  readonly kind: Uint8Array;
  /**
   * The text of each row's first cell (undefined where it holds none), and its scanLabel (0
   * where none). Labels stand in the first column of nearly every sheet: scanned here, while the
   * row is being read, recognition need not go back to the snapshot for them, which on a big
   * sheet costs a memory read per row that misses the caches.
   */
  readonly firstTexts: (string | undefined)[];
  readonly firstScans: Uint8Array;
  /** How each number stored as text was written (its decimals, a % sign). */
  private readonly textNumbers = new Map<number, ParsedNumber>();
  private hasFormulasCache: boolean | null = null;
  private marks: Uint8Array | null = null;
  private released = false;
  /** decimalsOfFormat per format code: a sheet has few formats and many cells. */
  private readonly formatDecimals = new Map<string, number | null>();
  /** The format code formatDecimalsAt answered last, and its answer. */
  private lastFormat: string | null = null;
  private lastFormatDecimals: number | null = null;
  /** isPercentFormat per format code, for the same reason. */
  private readonly formatPercent = new Map<string, boolean>();

  constructor(sheet: SheetSnapshot) {
    this.sheet = sheet;
    this.top = sheet.top;
    this.left = sheet.left;
    this.height = sheet.values.length;
    const values = sheet.values;
    let width = 0;
    for (let r = 0; r < values.length; r += 1)
      if (values[r].length > width) width = values[r].length;
    this.width = width;
    this.num = floats(this.height * width);
    this.kind = zeroBytes(this.height * width);
    this.firstTexts = new Array<string | undefined>(this.height);
    this.firstScans = zeroBytes(this.height);
    this.read();
  }

  /**
   * One pass that writes every cell's number (NaN where there is none) and kind: writing NaN
   * here rather than filling the array with NaN first touches each cell once.
   */
  private read(): void {
    const { values } = this.sheet;
    const width = this.width;
    const num = this.num;
    const kind = this.kind;
    for (let r = 0; r < this.height; r += 1) {
      const row = values[r];
      const base = r * width;
      const length = row.length;
      for (let c = 0; c < length; c += 1) {
        const value: CellValue | null | undefined = row[c];
        const i = base + c;
        if (typeof value === "number") {
          // Number.isFinite written out (Infinity − Infinity and NaN − NaN are NaN).
          if (value - value === 0) {
            num[i] = value;
            kind[i] = CELL_NUMBER;
          } else {
            num[i] = NaN;
            kind[i] = CELL_ERROR;
          }
        } else {
          num[i] = NaN;
          if (typeof value === "string") {
            if (value !== "")
              kind[i] = startsAsWord(value)
                ? CELL_TEXT
                : this.classifyText(value, i);
          } else if (typeof value === "boolean") kind[i] = CELL_BOOLEAN;
        }
      }
      for (let i = base + length; i < base + width; i += 1) num[i] = NaN;
      const first = length > 0 ? row[0] : undefined;
      if (typeof first === "string" && first !== "") {
        this.firstTexts[r] = first;
        this.firstScans[r] = scanLabel(first, MEANINGFUL_PAIRS);
      }
    }
  }

  private classifyText(value: string, index: number): number {
    if (value.length <= 3) {
      const trimmed = value.trim();
      if (trimmed === "") return CELL_BLANK;
      if (MISSING_TEXT.has(trimmed)) return CELL_MISSING;
    }
    if (value.charCodeAt(0) === 35 && isErrorValue(value)) return CELL_ERROR;
    // Labels start with letters; only text that could be a number is parsed.
    if (!mayBeNumber(value)) return CELL_TEXT;
    const parsed = parseSwedishNumber(value);
    if (parsed.ok) {
      this.num[index] = parsed.value;
      this.textNumbers.set(index, parsed);
      return CELL_TEXT_NUMBER;
    }
    return parsed.missing ? CELL_MISSING : CELL_TEXT;
  }

  /** Flat index of a sheet cell, or -1 outside the used range. */
  index(row: number, col: number): number {
    const r = row - this.top;
    const c = col - this.left;
    if (r < 0 || c < 0 || r >= this.height || c >= this.width) return -1;
    return r * this.width + c;
  }

  /** The number at a sheet cell (numbers and Swedish number text), NaN when there is none. */
  number(row: number, col: number): number {
    const i = this.index(row, col);
    return i < 0 ? NaN : this.num[i];
  }

  kindAt(row: number, col: number): number {
    const i = this.index(row, col);
    return i < 0 ? CELL_BLANK : this.kind[i];
  }

  /** The cell's value as Office.js reports it. */
  value(row: number, col: number): CellValue {
    return this.sheet.values[row - this.top]?.[col - this.left] ?? "";
  }

  /** The cell's text ("" for numbers and blanks). */
  text(row: number, col: number): string {
    const value = this.value(row, col);
    return typeof value === "string" ? value : "";
  }

  /** How a number stored as text was written, when the cell holds one. */
  textNumber(row: number, col: number): ParsedNumber | undefined {
    if (this.textNumbers.size === 0) return undefined;
    const i = this.index(row, col);
    return i < 0 ? undefined : this.textNumbers.get(i);
  }

  /** Every cell holding a number stored as text, as sheet row and column. */
  textNumberCells(): { row: number; col: number; parsed: ParsedNumber }[] {
    const cells: { row: number; col: number; parsed: ParsedNumber }[] = [];
    for (const [i, parsed] of this.textNumbers) {
      cells.push({
        row: this.top + floor(i / this.width),
        col: this.left + (i % this.width),
        parsed,
      });
    }
    return cells;
  }

  /** The formula in a cell ("=SUM(B3:B9)"), or null for constants and blanks. */
  formula(row: number, col: number): string | null {
    const value = this.sheet.formulas[row - this.top]?.[col - this.left];
    return isFormula(value) ? value : null;
  }

  format(row: number, col: number): string {
    return (
      this.sheet.numberFormat[row - this.top]?.[col - this.left] ?? "General"
    );
  }

  /** Digits a cell's number format shows (null for General), cached per format code. */
  formatDecimalsAt(row: number, col: number): number | null {
    const format = this.format(row, col);
    // Neighbouring cells mostly share a format: the last answer is checked before the map.
    if (format === this.lastFormat) return this.lastFormatDecimals;
    let decimals = this.formatDecimals.get(format);
    if (decimals === undefined) {
      decimals = decimalsOfFormat(format);
      this.formatDecimals.set(format, decimals);
    }
    this.lastFormat = format;
    this.lastFormatDecimals = decimals;
    return decimals;
  }

  /**
   * Per cell (flat index), FORMULA_PRESENT or FORMULA_ABSENT where a phase has read the cell's
   * formula text, FORMULA_UNREAD elsewhere; made on first use. Reading a formula touches a string
   * object scattered through memory, and on a big sheet that is most of what the checks of
   * totals cost: recognition reads every candidate total's formulas, so the rules need not.
   */
  get formulaMarks(): Uint8Array {
    if (this.marks === null) this.marks = zeroBytes(this.height * this.width);
    return this.marks;
  }

  /**
   * Hands the grid's typed arrays to the next grids. Only an owner that knows nothing else can
   * reach the grid may call it (validateWorkbook, whose results hold no cells): a grid read
   * after its release reads whatever the next grid wrote.
   */
  release(): void {
    // Twice would hand the same buffers to two grids.
    if (this.released) return;
    this.released = true;
    giveSpare(this.num.buffer);
    giveSpare(this.kind.buffer);
    giveSpare(this.firstScans.buffer);
    if (this.marks !== null) giveSpare(this.marks.buffer);
  }

  /** True when any cell of the sheet holds a formula (the author works with formulas). */
  get hasFormulas(): boolean {
    if (this.hasFormulasCache === null) {
      this.hasFormulasCache = anyFormula(this.sheet.formulas);
    }
    return this.hasFormulasCache;
  }

  /** isPercentFormat of a format code, cached per code. */
  isPercentFormatCode(format: string): boolean {
    let percent = this.formatPercent.get(format);
    if (percent === undefined) {
      percent = isPercentFormat(format);
      this.formatPercent.set(format, percent);
    }
    return percent;
  }

  /** True when the cell shows a percentage: a % format, or text written with a % sign. */
  isPercentCell(row: number, col: number): boolean {
    const parsed = this.textNumber(row, col);
    if (parsed) return parsed.percent;
    return this.isPercentFormatCode(this.format(row, col));
  }

  /**
   * Digits the cell prints after the decimal comma: from its number format, from how text
   * was written, or (General format) from the value itself, at most 6.
   */
  printedDecimals(row: number, col: number): number {
    const parsed = this.textNumber(row, col);
    if (parsed) return parsed.decimals;
    const fromFormat = this.formatDecimalsAt(row, col);
    if (fromFormat !== null) return fromFormat;
    const value = this.number(row, col);
    if (isNaNValue(value)) return 0;
    return valueDecimals(value);
  }

  /**
   * Digits of the percentage a cell prints: 0.3518 in "0%" prints 35 % → 0; in "0.0%" 35,2 % → 1;
   * text "8,5 %" → 1; in General (0.3518) → 2. With `points`, the value is already in percent.
   */
  percentDecimals(row: number, col: number, points = false): number {
    const parsed = this.textNumber(row, col);
    if (parsed) return parsed.decimals;
    const fromFormat = this.formatDecimalsAt(row, col);
    if (fromFormat !== null) return fromFormat;
    const value = this.number(row, col);
    if (isNaNValue(value)) return 0;
    return valueDecimals(points ? value : value * 100);
  }
}

/** Marks for a sheet whose formulas are not read: holdsFormula is then never asked. */
export const NO_MARKS = new Uint8Array(0);

/**
 * Whether the cell `offset` columns into snapshot row `r` (flat grid index `index`) holds a
 * formula: from its mark (SheetGrid.formulaMarks) when a phase made one, else from its formula
 * text. A function of plain arguments, not a method of the grid: the loops over every row that
 * call it took twice as long calling a method (measured on 10 000 rows).
 */
export function holdsFormula(
  marks: Uint8Array,
  formulas: SheetSnapshot["formulas"],
  r: number,
  offset: number,
  index: number,
): boolean {
  const mark = marks[index];
  return mark === FORMULA_UNREAD
    ? isFormula(formulas[r]?.[offset])
    : mark === FORMULA_PRESENT;
}

/** isFormula over every cell, as plain loops: the first formula ends the scan. */
function anyFormula(formulas: readonly (readonly unknown[])[]): boolean {
  for (let r = 0; r < formulas.length; r += 1) {
    const row = formulas[r];
    for (let c = 0; c < row.length; c += 1) {
      if (isFormula(row[c])) return true;
    }
  }
  return false;
}

/** The digits after the decimal point a value needs (at most 6): 45.4 → 1, 98 → 0. */
export function valueDecimals(value: number): number {
  const magnitude = max(1, abs(value));
  for (let d = 0; d < 6; d += 1) {
    const factor = 10 ** d;
    if (abs(round(value * factor) / factor - value) <= 1e-9 * magnitude)
      return d;
  }
  return 6;
}
