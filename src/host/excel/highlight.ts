/**
 * Colouring the cells with findings, and taking the colours away again. Each cell's fill before
 * is remembered; clearing puts it back only where the cell still has our colour, so a fill the
 * user chose in between is kept.
 */
import { HighlightRecord, Mark } from "../port";
import { FILL_LOAD, fillOf } from "./cellFormat";
import { protectedSheetError } from "./errors";
import { groupIntoRects } from "./rects";

interface Indexed {
  row: number;
  col: number;
  index: number;
}

interface FillProbe {
  rect: ReturnType<typeof groupIntoRects<Indexed>>[number];
  properties: ReturnType<Excel.Range["getCellProperties"]>;
}

function bySheet<T extends { sheet: string }>(
  items: readonly T[],
): Map<string, (T & { index: number })[]> {
  const groups = new Map<string, (T & { index: number })[]>();
  items.forEach((item, index) => {
    const list = groups.get(item.sheet) ?? [];
    list.push({ ...item, index });
    groups.set(item.sheet, list);
  });
  return groups;
}

/** Queues a getCellProperties (fill only) for every rectangle of the cells. */
function probeFills(
  worksheet: Excel.Worksheet,
  cells: readonly Indexed[],
): FillProbe[] {
  return groupIntoRects(cells).map((rect) => ({
    rect,
    properties: worksheet
      .getRangeByIndexes(
        rect.top,
        rect.left,
        rect.bottom - rect.top + 1,
        rect.right - rect.left + 1,
      )
      .getCellProperties(FILL_LOAD),
  }));
}

/** The fill each cell has, by "row,col". */
function fillsOf(probes: readonly FillProbe[]): Map<string, string | null> {
  const fills = new Map<string, string | null>();
  for (const { rect, properties } of probes) {
    rect.cells.forEach((row, r) =>
      row.forEach((cell, c) =>
        fills.set(`${cell.row},${cell.col}`, fillOf(properties.value[r][c])),
      ),
    );
  }
  return fills;
}

/** Queues the fills: a colour per cell, null to remove the fill. */
function queueFills(
  worksheet: Excel.Worksheet,
  cells: readonly { row: number; col: number; fill: string | null }[],
) {
  const byFill = new Map<string | null, { row: number; col: number }[]>();
  for (const cell of cells) {
    const key = cell.fill === null ? null : cell.fill.toUpperCase();
    const list = byFill.get(key) ?? [];
    list.push(cell);
    byFill.set(key, list);
  }
  for (const [fill, list] of byFill) {
    for (const rect of groupIntoRects(list)) {
      const format = worksheet.getRangeByIndexes(
        rect.top,
        rect.left,
        rect.bottom - rect.top + 1,
        rect.right - rect.left + 1,
      ).format;
      if (fill === null) format.fill.clear();
      else format.fill.color = fill;
    }
  }
}

export async function highlightCells(
  context: Excel.RequestContext,
  marks: readonly Mark[],
): Promise<HighlightRecord> {
  const groups = bySheet(marks);
  const probes = new Map<
    string,
    { worksheet: Excel.Worksheet; fills: FillProbe[] }
  >();
  for (const [sheet, cells] of groups) {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.protection.load("protected");
    probes.set(sheet, { worksheet, fills: probeFills(worksheet, cells) });
  }
  await context.sync();
  for (const [sheet, { worksheet }] of probes) {
    if (worksheet.protection.protected) throw protectedSheetError(sheet);
  }

  const priorFills: (string | null)[] = marks.map(() => null);
  for (const [sheet, cells] of groups) {
    const { worksheet, fills } = probes.get(sheet)!;
    const before = fillsOf(fills);
    for (const cell of cells)
      priorFills[cell.index] = before.get(`${cell.row},${cell.col}`) ?? null;
    queueFills(
      worksheet,
      cells.map((cell) => ({ row: cell.row, col: cell.col, fill: cell.color })),
    );
  }
  try {
    await context.sync();
  } catch (error) {
    // Excel keeps what it wrote before the failure: put those cells' fills back.
    for (const [sheet, cells] of groups) {
      queueFills(
        probes.get(sheet)!.worksheet,
        cells.map((cell) => ({
          row: cell.row,
          col: cell.col,
          fill: priorFills[cell.index],
        })),
      );
    }
    await context.sync().catch(() => undefined);
    throw error;
  }
  return { marks: [...marks], priorFills };
}

export async function clearHighlightCells(
  context: Excel.RequestContext,
  record: HighlightRecord,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const existing = new Set(worksheets.items.map((w) => w.name));

  const groups = bySheet(record.marks);
  const probes = new Map<
    string,
    { worksheet: Excel.Worksheet; fills: FillProbe[] }
  >();
  for (const [sheet, cells] of groups) {
    if (!existing.has(sheet)) continue;
    const worksheet = worksheets.getItem(sheet);
    worksheet.protection.load("protected");
    probes.set(sheet, { worksheet, fills: probeFills(worksheet, cells) });
  }
  if (probes.size === 0) return;
  await context.sync();
  for (const [sheet, { worksheet }] of probes) {
    if (worksheet.protection.protected) throw protectedSheetError(sheet);
  }

  let writes = 0;
  for (const [sheet, { worksheet, fills }] of probes) {
    const now = fillsOf(fills);
    const restore = groups
      .get(sheet)!
      .filter(
        (cell) =>
          now.get(`${cell.row},${cell.col}`) === cell.color.toUpperCase(),
      )
      .map((cell) => ({
        row: cell.row,
        col: cell.col,
        fill: record.priorFills[cell.index],
      }));
    writes += restore.length;
    queueFills(worksheet, restore);
  }
  if (writes > 0) await context.sync();
}
