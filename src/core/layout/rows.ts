/**
 * A first reading of every row from its cells alone: blank, title, header, heading, item,
 * note or a row of percentages, and what its label says (a total, Varav, income or cost).
 * Which rows a total sums is decided afterwards (structure.ts), where the figures can speak.
 */
import {
  CELL_BLANK,
  CELL_MISSING,
  CELL_NUMBER,
  CELL_TEXT,
  CELL_TEXT_NUMBER,
  SheetGrid,
} from "./grid";
import { looksLikeHeader } from "./headers";
import {
  MEANINGFUL_PAIRS,
  MEANINGFUL_WORDS,
  TotalLabel,
  flowOf,
  isPercentRowLabel,
  isVaravDetail,
  isVaravHeading,
  totalLabel,
} from "./labels";
import {
  CleanedLabel,
  cleanLabelInto,
  cleanScannedLabel,
  normalizeCleanLabel,
} from "./text";
import { RowInfo } from "./types";

/** Flags of a row, kept beside the rows in a typed array. */
export const HAS_NUMBERS = 1;
export const VARAV_HEADING = 2;
export const VARAV_DETAIL = 4;
/** A total over the rows beside it (label or formula), as opposed to a row with its own breakdown. */
export const SIBLING_TOTAL = 8;

/**
 * The rows of a sheet as RowInfo (the objects the layout hands out, created once, all of one
 * shape), and what recognition reads from their labels, in arrays indexed by row − top.
 */
export interface RowDrafts {
  rows: RowInfo[];
  /** Normalised labels ("summa netto"). */
  norm: string[];
  /** What kind of total a label names, null for none. */
  total: (TotalLabel | null)[];
  flags: Uint8Array;
  /** Indices of the title and note rows, in order: recognition reads units and notes there. */
  textRows: number[];
  /** First and last rows of the table body, -1 when there is none. */
  dataStart: number;
  dataEnd: number;
}

/**
 * Every row starts with the fields every row may get, in one order; totals gain parts, minus
 * and totalSource together (structure.ts), so a sheet's rows have a handful of shapes and
 * the loops over them stay fast.
 */
function newRow(row: number, label: string): RowInfo {
  return {
    row,
    role: "blank",
    label,
    level: undefined,
    parentRow: undefined,
    varav: undefined,
    flow: undefined,
  };
}

/**
 * Classifies the rows of a sheet. `valueCols` are the columns that hold figures; the header
 * rows and the first data row come from the header block.
 */
export function draftRows(
  grid: SheetGrid,
  labelCol: number,
  valueCols: readonly number[],
  headerRows: readonly number[],
  firstDataRow: number,
): RowDrafts {
  const height = grid.height;
  const rows = new Array<RowInfo>(height);
  const norm = new Array<string>(height).fill("");
  const total = new Array<TotalLabel | null>(height).fill(null);
  const flags = new Uint8Array(height);
  const textRows: number[] = [];
  const headerSet = new Set(headerRows);
  // Header rows lie above this one: the rows below it skip the set.
  let headerEnd = -1;
  for (const h of headerRows) if (h > headerEnd) headerEnd = h;
  const firstBody =
    headerRows.length > 0
      ? headerRows[headerRows.length - 1] + 1
      : firstDataRow;
  let dataEnd = -1;
  const colOffsets = valueCols.map((c) => c - grid.left);
  const { kind, width } = grid;
  for (let i = 0; i < height; i += 1) {
    const base = i * width;
    for (const offset of colOffsets) {
      const k = kind[base + offset];
      if (k === CELL_NUMBER || k === CELL_TEXT_NUMBER) {
        flags[i] = HAS_NUMBERS;
        break;
      }
    }
    if (flags[i] && grid.top + i >= firstDataRow && firstDataRow >= 0)
      dataEnd = grid.top + i;
  }

  const values = grid.sheet.values;
  const labelIndex = labelCol - grid.left;
  const cleaned: CleanedLabel = { text: "", mayHoldPair: false };
  const scans = labelIndex === 0 ? grid.firstScans : null;
  const firstTexts = grid.firstTexts;
  for (let i = 0; i < height; i += 1) {
    const row = grid.top + i;
    // The label cell as grid.value reads it, cleaned; whether it may hold a meaningful word is
    // told by the same pass over its characters. In the first column the grid has read and
    // scanned it already.
    const scan = scans === null ? 0 : scans[i];
    let label = "";
    let mayMean = false;
    if (scan !== 0) {
      cleanScannedLabel(firstTexts[i] as string, scan, cleaned);
      label = cleaned.text;
      mayMean = cleaned.mayHoldPair;
    } else {
      const value = values[i]?.[labelIndex];
      if (typeof value === "string") {
        cleanLabelInto(value, MEANINGFUL_PAIRS, cleaned);
        label = cleaned.text;
        mayMean = cleaned.mayHoldPair;
      } else if (typeof value === "number") {
        label = String(value);
        mayMean = true;
      }
    }
    const info = newRow(row, label);
    rows[i] = info;
    const numbers = (flags[i] & HAS_NUMBERS) !== 0;
    if (!numbers) {
      const base = i * width;
      let content = false;
      for (let c = 0; c < width; c += 1) {
        if (kind[base + c] !== CELL_BLANK) {
          content = true;
          break;
        }
      }
      if (!content) continue;
    }
    if (row <= headerEnd && headerSet.has(row)) {
      info.role = "header";
      continue;
    }
    if (firstDataRow < 0 || row < firstBody) {
      info.role = "title";
      textRows.push(i);
      continue;
    }
    if (row > dataEnd) {
      info.role = "note";
      textRows.push(i);
      continue;
    }
    // Only labels with a word that means something here are normalised for matching (and
    // headings, which totals may be named after); the rest of a long sheet is passed over.
    const meaningful = label !== "" && mayMean && MEANINGFUL_WORDS.test(label);
    if (numbers) {
      info.role = "item";
      if (!meaningful) continue;
    }
    const normalised = normalizeCleanLabel(label);
    norm[i] = normalised;
    if (numbers) {
      if (isPercentRowLabel(normalised)) {
        info.role = "percent";
        continue;
      }
      total[i] = totalLabel(normalised);
      if (isVaravDetail(normalised)) flags[i] |= VARAV_DETAIL;
      info.flow = flowOf(normalised);
      continue;
    }
    // No figures: a printed "no value" makes it an item without values, header words a new
    // header inside the sheet, a label alone a heading.
    let missing = 0;
    let texts = 0;
    let headerLike = 0;
    for (const c of valueCols) {
      const k = grid.kindAt(row, c);
      if (k === CELL_MISSING) missing += 1;
      else if (k === CELL_TEXT) {
        texts += 1;
        if (looksLikeHeader(grid.text(row, c))) headerLike += 1;
      }
    }
    if (headerLike >= 2 && headerLike === texts) info.role = "header";
    else if (missing > 0 && label !== "") {
      info.role = "item";
      if (meaningful) info.flow = flowOf(normalised);
    } else if (label !== "" || texts > 0) {
      info.role = "heading";
      if (meaningful && isVaravHeading(normalised)) flags[i] |= VARAV_HEADING;
    }
  }
  return {
    rows,
    norm,
    total,
    flags,
    textRows,
    dataStart: dataEnd >= 0 ? firstBody : -1,
    dataEnd,
  };
}
