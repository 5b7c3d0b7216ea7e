/**
 * "Skriv riskmatris till bladet": the risk matrix as Edits. Each cell counts its risks with a
 * built-in COUNTIFS over the plan's sannolikhet and konsekvens columns, so the matrix keeps
 * computing for readers without Rapportkoll; the cells are filled in the scale's colours, the
 * highest sannolikhet on top and konsekvens increasing to the right (domain.md §6).
 */
import { RiskScale } from "../../core/riskScale";
import { uniqueSheetName } from "../../core/templates/sheetName";
import {
  CellEdit,
  ColumnWidthEdit,
  Edit,
  SheetSnapshot,
  WorkbookSnapshot,
  columnLetter,
  formulaAt,
  quoteSheetName,
} from "../../core/workbook";
import { isBlank } from "../../core/numbers";
import { contrastText } from "./colors";

export interface MatrixSource {
  /** The plan's sheet. */
  sheet: string;
  /** Title shown above the matrix ("Riskmatris – Internkontrollplan, före åtgärd"). */
  title: string;
  likelihoodCol: number;
  consequenceCol: number;
  /** Rows of the plan the counts run over (inclusive). */
  firstRow: number;
  lastRow: number;
}

export interface MatrixPlacement {
  sheet: string;
  top: number;
  left: number;
  /** The sheet does not exist yet: the batch adds it. */
  newSheet: boolean;
}

/**
 * The matrix's title on the sheet. The sheet is a Swedish report, so it is Swedish whatever
 * language the pane speaks.
 */
export function matrixTitle(
  planSheet: string,
  stage: "single" | "brutto" | "netto",
): string {
  const words =
    stage === "brutto"
      ? ", före åtgärd"
      : stage === "netto"
        ? ", efter åtgärd"
        : "";
  return `Riskmatris – ${planSheet}${words}`;
}

/** The write's name on the undo stack (Swedish, as every UndoRecord label). */
export function matrixUndoLabel(planSheet: string): string {
  return `Skriv riskmatris för ”${planSheet}”`;
}

/** Rows and columns one matrix takes: title, axis row, n rows, note. */
export function matrixSize(scale: RiskScale): { rows: number; cols: number } {
  return { rows: scale.size + 3, cols: scale.size + 1 };
}

/** Columns between two matrices written side by side (brutto, netto). */
const GAP = 1;

/** Rows and columns of several matrices side by side. */
export function matricesSize(
  scale: RiskScale,
  count: number,
): { rows: number; cols: number } {
  const one = matrixSize(scale);
  return { rows: one.rows, cols: count * one.cols + (count - 1) * GAP };
}

function absolute(row: number, col: number): string {
  return `$${columnLetter(col)}$${row + 1}`;
}

function rangeRef(
  source: MatrixSource,
  col: number,
  placement: MatrixPlacement,
): string {
  const prefix =
    placement.sheet === source.sheet ? "" : `${quoteSheetName(source.sheet)}!`;
  return `${prefix}${absolute(source.firstRow, col)}:${absolute(source.lastRow, col)}`;
}

/** The COUNTIFS of one cell of the matrix. */
export function countFormula(
  source: MatrixSource,
  placement: MatrixPlacement,
  likelihood: number,
  consequence: number,
): string {
  const s = rangeRef(source, source.likelihoodCol, placement);
  const k = rangeRef(source, source.consequenceCol, placement);
  return `=COUNTIFS(${s},${likelihood},${k},${consequence})`;
}

function oneMatrix(
  scale: RiskScale,
  source: MatrixSource,
  placement: MatrixPlacement,
  left: number,
): CellEdit[] {
  const sheet = placement.sheet;
  const top = placement.top;
  const n = scale.size;
  const edits: CellEdit[] = [
    {
      op: "cell",
      sheet,
      row: top,
      col: left,
      value: source.title,
      font: { bold: true },
    },
    {
      op: "cell",
      sheet,
      row: top + 1,
      col: left,
      value: "Sannolikhet \\ Konsekvens",
      font: { bold: true },
      wrapText: true,
    },
  ];
  for (let k = 1; k <= n; k += 1) {
    edits.push({
      op: "cell",
      sheet,
      row: top + 1,
      col: left + k,
      value: `${k} ${scale.consequenceLabels[k - 1]}`,
      font: { bold: true },
      horizontalAlignment: "Center",
      wrapText: true,
    });
  }
  for (let i = 0; i < n; i += 1) {
    const s = n - i;
    const row = top + 2 + i;
    edits.push({
      op: "cell",
      sheet,
      row,
      col: left,
      value: `${s} ${scale.likelihoodLabels[s - 1]}`,
      font: { bold: true },
      wrapText: true,
    });
    for (let k = 1; k <= n; k += 1) {
      const level = scale.levels[scale.cellLevels[s - 1][k - 1]];
      edits.push({
        op: "cell",
        sheet,
        row,
        col: left + k,
        formula: countFormula(source, placement, s, k),
        numberFormat: "0",
        fill: level.color,
        font: { color: contrastText(level.color) },
        horizontalAlignment: "Center",
      });
    }
  }
  const s = columnLetter(source.likelihoodCol);
  const k = columnLetter(source.consequenceCol);
  edits.push({
    op: "cell",
    sheet,
    row: top + 2 + n,
    col: left,
    value: `Antal risker per ruta, räknat med ANTAL.OMF (COUNTIFS) ur kolumnerna ${s} och ${k} på bladet ”${source.sheet}”, rad ${source.firstRow + 1}–${source.lastRow + 1}.`,
    font: { italic: true },
  });
  return edits;
}

/**
 * The Edits that write one or more matrices (brutto and netto side by side) at a placement.
 * Column widths are set only on a new sheet: on the plan's own sheet they are the author's.
 */
export function matrixEdits(
  scale: RiskScale,
  sources: readonly MatrixSource[],
  placement: MatrixPlacement,
): Edit[] {
  const edits: Edit[] = [];
  if (placement.newSheet)
    edits.push({ op: "addSheet", sheet: placement.sheet, activate: true });
  const width = matrixSize(scale).cols;
  sources.forEach((source, i) => {
    const left = placement.left + i * (width + GAP);
    edits.push(...oneMatrix(scale, source, placement, left));
    if (placement.newSheet) {
      const widths: ColumnWidthEdit[] = [
        { op: "columnWidth", sheet: placement.sheet, col: left, width: 22 },
      ];
      for (let k = 1; k <= scale.size; k += 1)
        widths.push({
          op: "columnWidth",
          sheet: placement.sheet,
          col: left + k,
          width: 12,
        });
      edits.push(...widths);
    }
  });
  return edits;
}

/** The rightmost column with content or format on a sheet (its used range), -1 when empty. */
export function usedRight(sheet: SheetSnapshot): number {
  let width = 0;
  for (const row of sheet.values) width = Math.max(width, row.length);
  return width === 0 ? -1 : sheet.left + width - 1;
}

/** A new sheet for the matrix, named after the plan and never taking an existing name. */
export function newSheetPlacement(
  snapshot: WorkbookSnapshot,
  planSheet: string,
): MatrixPlacement {
  const sheet = uniqueSheetName(
    `Riskmatris ${planSheet}`,
    snapshot.sheets.map((s) => s.name),
  );
  return { sheet, top: 0, left: 0, newSheet: true };
}

/** Excel's last column, XFD (0-based): a sheet has 16 384 columns and no more. */
export const LAST_COLUMN = 16383;

/**
 * A placement on an existing sheet, or null when the matrices would run past XFD: Excel
 * refuses the whole batch then, so the pane offers a new sheet instead of trying.
 */
function onSheet(
  sheet: string,
  top: number,
  left: number,
  size: { rows: number; cols: number },
): MatrixPlacement | null {
  if (left + size.cols - 1 > LAST_COLUMN) return null;
  return { sheet, top, left, newSheet: false };
}

/**
 * Beside the plan: one empty column after the plan's last column, level with its header;
 * null when that runs past Excel's last column.
 */
export function besidePlacement(
  planSheet: string,
  headerRow: number,
  lastTableCol: number,
  size: { rows: number; cols: number },
): MatrixPlacement | null {
  return onSheet(planSheet, headerRow, lastTableCol + 2, size);
}

/**
 * Beside everything on the sheet: one empty column after its used range; null when that
 * runs past Excel's last column.
 */
export function afterUsedPlacement(
  sheet: SheetSnapshot,
  headerRow: number,
  size: { rows: number; cols: number },
): MatrixPlacement | null {
  return onSheet(sheet.name, headerRow, usedRight(sheet) + 2, size);
}

export interface Occupied {
  /** A1 address. */
  cell: string;
  content: string | number | boolean;
}

/** Cells with content where the matrices would go (an empty list for a new sheet). */
export function occupiedCells(
  sheet: SheetSnapshot | undefined,
  placement: MatrixPlacement,
  size: { rows: number; cols: number },
): Occupied[] {
  if (!sheet || placement.newSheet) return [];
  const found: Occupied[] = [];
  for (let r = placement.top; r < placement.top + size.rows; r += 1) {
    for (let c = placement.left; c < placement.left + size.cols; c += 1) {
      const content = formulaAt(sheet, r, c);
      if (!isBlank(content))
        found.push({ cell: `${columnLetter(c)}${r + 1}`, content });
    }
  }
  return found;
}
