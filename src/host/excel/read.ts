/**
 * Reading a workbook from Excel. The first round trip learns the sheet names; the second loads,
 * for every sheet, the size of its used range, its content (values, formulas, number formats)
 * up to a row limit, the sheet-scoped name that records its kind, and its protection. Only a
 * workbook too big for that — more rows than the limit, some 5 million cells — is read further
 * in row bands, one round trip each, reporting progress as it goes.
 */
import {
  CellValue,
  KIND_NAME,
  SheetSnapshot,
  WorkbookSnapshot,
  kindFromFormula,
} from "../../core/workbook";
import type { ReadOptions } from "../port";

/** Excel's grid. */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface ReadLimits {
  /** Rows of content read with the second round trip, shared by the sheets (0: none). */
  firstReadRows: number;
  /** Cells a further round trip may carry. */
  bandCells: number;
}

/** Up to 200 000 rows (about 5 million cells of a 25-column sheet) come in the second trip. */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  firstReadRows: 200_000,
  bandCells: 1_000_000,
};

/** After Excel refused an answer as too large (Excel on the web: 5 MB): small bands only. */
export const SMALL_READ_LIMITS: ReadLimits = {
  firstReadRows: 0,
  bandCells: 100_000,
};

interface Probe {
  name: string;
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  window: Excel.Range | null;
  kind: Excel.NamedItem;
}

interface Band {
  sheet: SheetSnapshot;
  worksheet: Excel.Worksheet;
  firstRow: number;
  rowCount: number;
}

export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions,
  limits: ReadLimits,
): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await context.sync();

  const wanted = worksheets.items.filter(
    (worksheet) => !options.sheets || options.sheets.includes(worksheet.name),
  );
  const windowRows =
    limits.firstReadRows > 0
      ? Math.min(
          MAX_ROWS,
          Math.max(
            1,
            Math.floor(limits.firstReadRows / Math.max(1, wanted.length)),
          ),
        )
      : 0;

  const probes: Probe[] = wanted.map((worksheet) => {
    const used = worksheet.getUsedRangeOrNullObject();
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    let window: Excel.Range | null = null;
    if (windowRows > 0) {
      window = worksheet
        .getRangeByIndexes(0, 0, windowRows, MAX_COLUMNS)
        .getUsedRangeOrNullObject();
      window.load(
        "values,formulas,numberFormat,rowIndex,columnIndex,rowCount,columnCount",
      );
    }
    const kind = worksheet.names.getItemOrNullObject(KIND_NAME);
    kind.load("formula");
    worksheet.protection.load("protected");
    return { name: worksheet.name, worksheet, used, window, kind };
  });
  await context.sync();

  const sheets: SheetSnapshot[] = [];
  const bands: Band[] = [];
  let total = 0;
  for (const probe of probes) {
    const sheet = emptySheet(probe);
    sheets.push(sheet);
    if (probe.used.isNullObject) continue;
    const rows = probe.used.rowCount;
    const cols = probe.used.columnCount;
    Object.assign(
      sheet,
      blankContent(probe.used.rowIndex, probe.used.columnIndex, rows, cols),
    );
    total += rows * cols;
    if (probe.window && !probe.window.isNullObject) place(sheet, probe.window);
    const firstUnread = Math.max(sheet.top, windowRows);
    const end = sheet.top + rows;
    const rowsPerBand = Math.max(1, Math.floor(limits.bandCells / cols));
    for (let row = firstUnread; row < end; row += rowsPerBand) {
      bands.push({
        sheet,
        worksheet: probe.worksheet,
        firstRow: row,
        rowCount: Math.min(rowsPerBand, end - row),
      });
    }
  }
  // Everything but the bands is read: a window's blank cells are blank in the sheet too.
  let done =
    total -
    bands.reduce(
      (sum, band) => sum + band.rowCount * band.sheet.values[0].length,
      0,
    );
  options.onProgress?.(done, total);

  let trip: { band: Band; range: Excel.Range }[] = [];
  let tripCells = 0;
  const flush = async () => {
    if (trip.length === 0) return;
    await context.sync();
    for (const { band, range } of trip) {
      place(band.sheet, range, band.firstRow, band.sheet.left);
      done += band.rowCount * band.sheet.values[0].length;
    }
    trip = [];
    tripCells = 0;
    options.onProgress?.(done, total);
  };
  for (const band of bands) {
    const cols = band.sheet.values[0].length;
    if (tripCells > 0 && tripCells + band.rowCount * cols > limits.bandCells)
      await flush();
    const range = band.worksheet.getRangeByIndexes(
      band.firstRow,
      band.sheet.left,
      band.rowCount,
      cols,
    );
    range.load("values,formulas,numberFormat");
    trip.push({ band, range });
    tripCells += band.rowCount * cols;
  }
  await flush();

  return { sheets, activeSheet: active.name };
}

function emptySheet(probe: Probe): SheetSnapshot {
  const kind = probe.kind.isNullObject
    ? null
    : kindFromFormula(probe.kind.formula);
  return {
    name: probe.name,
    top: 0,
    left: 0,
    values: [],
    formulas: [],
    numberFormat: [],
    protected: Boolean(probe.worksheet.protection.protected),
    ...(kind ? { recordedKind: kind } : {}),
  };
}

function blankContent(top: number, left: number, rows: number, cols: number) {
  const values: CellValue[][] = [];
  const formulas: CellValue[][] = [];
  const numberFormat: string[][] = [];
  for (let r = 0; r < rows; r++) {
    values.push(Array<CellValue>(cols).fill(""));
    formulas.push(Array<CellValue>(cols).fill(""));
    numberFormat.push(Array<string>(cols).fill("General"));
  }
  return { top, left, values, formulas, numberFormat };
}

/** Copies a loaded range into the sheet's arrays at its place (rowIndex/columnIndex when loaded). */
function place(
  sheet: SheetSnapshot,
  range: Excel.Range,
  firstRow?: number,
  firstCol?: number,
): void {
  const rowOffset = (firstRow ?? range.rowIndex) - sheet.top;
  const colOffset = (firstCol ?? range.columnIndex) - sheet.left;
  range.values.forEach((row, r) => {
    const values = sheet.values[rowOffset + r];
    const formulas = sheet.formulas[rowOffset + r];
    const formats = sheet.numberFormat[rowOffset + r];
    if (!values) return;
    row.forEach((value, c) => {
      values[colOffset + c] = value as CellValue;
      formulas[colOffset + c] = range.formulas[r][c] as CellValue;
      formats[colOffset + c] = String(range.numberFormat[r][c]);
    });
  });
}
