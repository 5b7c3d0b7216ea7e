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
  TotalLabel,
  flowOf,
  isPercentRowLabel,
  isVaravDetail,
  isVaravHeading,
  totalLabel,
} from "./labels";
import { cleanText, normalizeLabel } from "./text";
import { RowRole, TotalSource } from "./types";

export interface RowDraft {
  row: number;
  role: RowRole;
  label: string;
  norm: string;
  total: TotalLabel | null;
  varavHeading: boolean;
  varavDetail: boolean;
  flow?: "income" | "cost";
  /** The row holds a number in a value column. */
  hasNumbers: boolean;
  parts?: number[];
  minus?: number[];
  parentRow?: number;
  totalSource?: TotalSource;
  varav?: boolean;
  acrossColumns?: number[];
  acrossMinusColumns?: number[];
  percentOf?: number;
  /** A total over the rows beside it (label or formula), as opposed to a row with its own breakdown. */
  siblingTotal?: boolean;
}

export interface RowDrafts {
  drafts: RowDraft[];
  /** First and last rows of the table body, -1 when there is none. */
  dataStart: number;
  dataEnd: number;
}

function labelOf(grid: SheetGrid, row: number, labelCol: number): string {
  const value = grid.value(row, labelCol);
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") return String(value);
  return "";
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
  firstDataRow: number
): RowDrafts {
  const drafts: RowDraft[] = new Array<RowDraft>(grid.height);
  const headerSet = new Set(headerRows);
  const firstBody = headerRows.length > 0 ? headerRows[headerRows.length - 1] + 1 : firstDataRow;
  let dataEnd = -1;
  const hasNumbers = new Uint8Array(grid.height);
  const colOffsets = valueCols.map((c) => c - grid.left);
  for (let i = 0; i < grid.height; i += 1) {
    const base = i * grid.width;
    for (const offset of colOffsets) {
      const kind = grid.kind[base + offset];
      if (kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER) {
        hasNumbers[i] = 1;
        break;
      }
    }
    if (hasNumbers[i] && grid.top + i >= firstDataRow && firstDataRow >= 0) dataEnd = grid.top + i;
  }

  for (let i = 0; i < grid.height; i += 1) {
    const row = grid.top + i;
    const label = labelOf(grid, row, labelCol);
    const draft: RowDraft = {
      row,
      role: "blank",
      label,
      norm: "",
      total: null,
      varavHeading: false,
      varavDetail: false,
      hasNumbers: hasNumbers[i] === 1,
    };
    drafts[i] = draft;
    const base = i * grid.width;
    let content = false;
    for (let c = 0; c < grid.width; c += 1) {
      if (grid.kind[base + c] !== CELL_BLANK) {
        content = true;
        break;
      }
    }
    if (!content) continue;
    if (headerSet.has(row)) {
      draft.role = "header";
      continue;
    }
    if (firstDataRow < 0 || row < firstBody) {
      draft.role = "title";
      continue;
    }
    if (row > dataEnd) {
      draft.role = "note";
      continue;
    }
    draft.norm = normalizeLabel(label);
    if (draft.hasNumbers) {
      if (isPercentRowLabel(draft.norm)) {
        draft.role = "percent";
        continue;
      }
      draft.role = "item";
      draft.total = totalLabel(draft.norm);
      draft.varavDetail = isVaravDetail(draft.norm);
      const flow = flowOf(draft.norm);
      if (flow) draft.flow = flow;
      continue;
    }
    // No figures: a printed "no value" makes it an item without values, header words a new
    // header inside the sheet, a label alone a heading.
    let missing = 0;
    let texts = 0;
    let headerLike = 0;
    for (const c of valueCols) {
      const kind = grid.kindAt(row, c);
      if (kind === CELL_MISSING) missing += 1;
      else if (kind === CELL_TEXT) {
        texts += 1;
        if (looksLikeHeader(grid.text(row, c))) headerLike += 1;
      }
    }
    if (headerLike >= 2 && headerLike === texts) draft.role = "header";
    else if (missing > 0 && label !== "") {
      draft.role = "item";
      const flow = flowOf(draft.norm);
      if (flow) draft.flow = flow;
    } else if (label !== "" || texts > 0) {
      draft.role = "heading";
      draft.varavHeading = isVaravHeading(draft.norm);
    }
  }
  return { drafts, dataStart: dataEnd >= 0 ? firstBody : -1, dataEnd };
}
