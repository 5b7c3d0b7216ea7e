/**
 * "Fyll i": what a recognised money table is missing, as Edits — the Avvikelse, Förändring and
 * percentage cells of every row, the sums of the total rows, and numbers stored as text made
 * numbers. Formulas (the default) use Excel's built-in functions only, in its invariant
 * language, so the workbook computes for readers without the add-in; as values, the same
 * figures computed here. A cell that has content is never planned as a plain edit: it is an
 * overwrite, for the pane to show and ask about. Formulas already in the sheet are left alone.
 */
import { sumFormula } from "./calc/sum";
import { CELL_NUMBER, CELL_TEXT_NUMBER } from "./layout/grid";
import { PreparedSheet } from "./layout/prepared";
import { deviationSign } from "./layout/convention";
import { totalLabel } from "./layout/labels";
import { normalizeLabel } from "./layout/text";
import {
  ColumnInfo,
  RowInfo,
  SheetLayout,
  displayHeader,
  isBaseAmountColumn,
} from "./layout/types";
import { roundHalfAway } from "./numbers";
import { createContext } from "./rules/context";
import { PercentCheck } from "./rules/evaluate/percentages";
import {
  differenceFormula,
  formulaEdit,
  percentFormula,
  textToNumberEdit,
} from "./rules/fixes";
import { FINANCIAL_KINDS, RuleContext } from "./rules/types";
import { Settings } from "./settings";
import {
  CellEdit,
  CellValue,
  SheetSnapshot,
  formulaAt,
  toA1,
} from "./workbook";

export type FillMode = "formulas" | "values";

export type FillCategory =
  "deviation" | "change" | "percent" | "total" | "text";

export interface FillOverwrite {
  /** What would be written. */
  edit: CellEdit;
  category: FillCategory;
  /** A1 address. */
  cell: string;
  /** What the cell holds now. */
  current: CellValue;
}

export interface FillSummary {
  deviation: number;
  change: number;
  percent: number;
  total: number;
  text: number;
  /** The computed columns that get cells, with how many (blank cells only). */
  columns: {
    col: number;
    header: string;
    role: ColumnInfo["role"];
    cells: number;
  }[];
  /** The total rows that get sums, with how many cells. */
  totalRows: { row: number; label: string; cells: number }[];
}

export interface FillPlan {
  /** Blank cells filled and numbers stored as text converted: safe to apply. */
  edits: CellEdit[];
  /** Cells with content that a fill would replace; applied only when the user agrees. */
  overwrites: FillOverwrite[];
  summary: FillSummary;
  /** Why nothing can be filled on this sheet, or null. */
  unsupported: "kind" | "empty" | null;
}

export interface FillOptions {
  mode: FillMode;
}

const COMPUTED_ROLES: ReadonlySet<ColumnInfo["role"]> = new Set([
  "avvikelse",
  "forandring",
  "forandringProcent",
  "avvikelseProcent",
]);

function emptySummary(): FillSummary {
  return {
    deviation: 0,
    change: 0,
    percent: 0,
    total: 0,
    text: 0,
    columns: [],
    totalRows: [],
  };
}

/** Rounds away binary noise from a computed figure (0.1 + 0.2 stays 0.3). */
function clean(value: number): number {
  return roundHalfAway(value, 10);
}

export function planFill(
  sheet: SheetSnapshot,
  layout: SheetLayout,
  settings: Settings,
  options: FillOptions,
): FillPlan {
  const plan: FillPlan = {
    edits: [],
    overwrites: [],
    summary: emptySummary(),
    unsupported: null,
  };
  if (!FINANCIAL_KINDS.includes(layout.kind)) {
    plan.unsupported = "kind";
    return plan;
  }
  if (layout.dataStart < 0) {
    plan.unsupported = "empty";
    return plan;
  }
  const grid = new PreparedSheet(sheet).grid;
  const analysed = { sheet, grid, layout };
  const ctx = createContext(analysed, settings, [analysed]);
  const values = options.mode === "values";

  /** Figures filled in values mode, so later cells can compute from them. */
  const filled = new Map<string, number>();
  const key = (row: number, col: number) => `${row},${col}`;
  const numberAt = (row: number, col: number): number | null =>
    filled.get(key(row, col)) ?? ctx.number(row, col);
  const hasFormula = (row: number, col: number) =>
    ctx.formula(row, col) !== null;
  const blank = (row: number, col: number) =>
    ctx.isBlank(row, col) && !hasFormula(row, col);

  const columnCounts = new Map<number, number>();
  const rowCounts = new Map<number, number>();

  /** Plans one computed cell: an edit when blank, an overwrite when it holds something else. */
  const place = (
    category: Exclude<FillCategory, "text">,
    row: number,
    col: number,
    formula: string,
    value: number | null,
    percent: boolean,
  ) => {
    if (hasFormula(row, col)) return;
    if (values && value === null) return;
    const edit: CellEdit = values
      ? valueEdit(ctx, row, col, value as number, percent)
      : formulaEdit(ctx, row, col, formula, percent);
    if (value !== null) filled.set(key(row, col), value);
    if (blank(row, col)) {
      plan.edits.push(edit);
      plan.summary[category] += 1;
      if (category === "total")
        rowCounts.set(row, (rowCounts.get(row) ?? 0) + 1);
      else columnCounts.set(col, (columnCounts.get(col) ?? 0) + 1);
      return;
    }
    const current = formulaAt(sheet, row, col);
    const stored = ctx.number(row, col);
    // A ratio shown as a percentage has two more digits than the percentage it prints.
    const shownDecimals = (ctx.column(col)?.decimals ?? 0) + (percent ? 2 : 0);
    if (
      values &&
      stored !== null &&
      value !== null &&
      roundHalfAway(stored, shownDecimals) ===
        roundHalfAway(value, shownDecimals)
    )
      return;
    plan.overwrites.push({ edit, category, cell: toA1(row, col), current });
  };

  // Sums of the total rows first: the computed columns of a total row may use them.
  const baseColumns = layout.columns.filter(isBaseAmountColumn);
  const newTotals = blankTotals(layout, ctx.valueRows, (row) =>
    baseColumns.every((c) => blank(row, c.col)),
  );
  const totals = [
    ...ctx.valueRows.filter(
      (info): info is RowInfo & { parts: number[] } =>
        info.role === "total" && Boolean(info.parts) && !info.acrossColumns,
    ),
    ...newTotals,
  ];
  for (const info of dependencyOrder(totals)) {
    const minus = info.minus ?? [];
    for (const column of baseColumns) {
      const col = column.col;
      const parts = [...info.parts, ...minus].map((p) => numberAt(p, col));
      if (parts.every((v) => v === null)) continue;
      let sum = 0;
      for (const p of info.parts) sum += numberAt(p, col) ?? 0;
      for (const p of minus) sum -= numberAt(p, col) ?? 0;
      const formula = sumFormula(col, info.parts, minus, (r) => {
        const kind = grid.kindAt(r, col);
        return kind !== CELL_NUMBER && kind !== CELL_TEXT_NUMBER;
      });
      place("total", info.row, col, formula, clean(sum), false);
    }
  }

  const computed = layout.columns.filter(
    (c) =>
      COMPUTED_ROLES.has(c.role) && c.from !== undefined && c.to !== undefined,
  );
  for (const info of [...ctx.valueRows, ...newTotals]) {
    if (info.role === "percent") continue;
    const row = info.row;
    for (const column of computed) {
      const fromCol = column.from as number;
      const toCol = column.to as number;
      const from = numberAt(row, fromCol);
      const to = numberAt(row, toCol);
      if (from === null || to === null) continue;
      if (column.role === "avvikelse") {
        const sign = deviationSign(layout.signConvention, info.flow, from);
        const formula =
          sign === 1
            ? differenceFormula(row, toCol, fromCol)
            : differenceFormula(row, fromCol, toCol);
        place(
          "deviation",
          row,
          column.col,
          formula,
          clean(sign * (to - from)),
          false,
        );
      } else if (column.role === "forandring") {
        const oldMinusNew = column.direction === "fromMinusTo";
        const formula = oldMinusNew
          ? differenceFormula(row, fromCol, toCol)
          : differenceFormula(row, toCol, fromCol);
        place(
          "change",
          row,
          column.col,
          formula,
          clean(oldMinusNew ? from - to : to - from),
          false,
        );
      } else {
        const check = percentCheck(layout, info, column, from, to);
        place(
          "percent",
          row,
          column.col,
          percentFormula(check),
          check.expected === null
            ? null
            : clean(check.expected * (check.points ? 100 : 1)),
          !check.points,
        );
      }
    }
  }

  // Numbers stored as text, wherever the table has figures.
  const figureColumns = layout.columns.filter(
    (c) => isBaseAmountColumn(c) || COMPUTED_ROLES.has(c.role),
  );
  const planned = new Set(
    [...plan.edits, ...plan.overwrites.map((o) => o.edit)].map((e) =>
      key(e.row, e.col),
    ),
  );
  for (const info of ctx.valueRows) {
    for (const column of figureColumns) {
      if (planned.has(key(info.row, column.col))) continue;
      if (!ctx.isTextNumber(info.row, column.col)) continue;
      const edit = textToNumberEdit(ctx, info.row, column.col);
      if (!edit) continue;
      plan.edits.push(edit);
      plan.summary.text += 1;
    }
  }

  plan.summary.columns = [...columnCounts]
    .sort((a, b) => a[0] - b[0])
    .map(([col, cells]) => {
      const column = ctx.column(col);
      return {
        col,
        header: displayHeader(column),
        role: column?.role ?? "unknown",
        cells,
      };
    });
  plan.summary.totalRows = [...rowCounts]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => ({ row, label: ctx.rowLabel(row), cells }));
  return plan;
}

/** Rows after the table's last figures that may hold its grand total. */
const TOTAL_GAP = 2;

/**
 * A "Summa" (or "Totalt", "Summa netto", "Årets resultat") row under the table with no figures
 * yet: recognition cannot tell it is a total from its numbers, so its label and place decide.
 * It sums the table's top-level rows (items and subtotals, not the parts of subtotals).
 */
function blankTotals(
  layout: SheetLayout,
  valueRows: readonly RowInfo[],
  isEmpty: (row: number) => boolean,
): (RowInfo & { parts: number[] })[] {
  const found: (RowInfo & { parts: number[] })[] = [];
  const parts = valueRows
    .filter(
      (r) => r.role !== "percent" && r.parentRow === undefined && !r.varav,
    )
    .map((r) => r.row);
  if (parts.length === 0) return found;
  for (const info of layout.rows) {
    if (info.row <= layout.dataEnd || info.row > layout.dataEnd + TOTAL_GAP + 1)
      continue;
    if (info.role === "blank") continue;
    const label = totalLabel(normalizeLabel(info.label));
    if (!label || (label.cls !== "grand" && label.cls !== "result")) break;
    if (!isEmpty(info.row)) break;
    found.push({ ...info, role: "total", parts, totalSource: "label" });
    break;
  }
  return found;
}

/** Totals ordered so that a total comes after the totals it sums (a grand total last). */
function dependencyOrder<T extends RowInfo & { parts: number[] }>(
  totals: readonly T[],
): T[] {
  const byRow = new Map(totals.map((t) => [t.row, t]));
  const ordered: T[] = [];
  const state = new Map<number, "visiting" | "done">();
  const visit = (total: T) => {
    if (state.get(total.row)) return;
    state.set(total.row, "visiting");
    for (const part of [...total.parts, ...(total.minus ?? [])]) {
      const inner = byRow.get(part);
      if (inner) visit(inner);
    }
    state.set(total.row, "done");
    ordered.push(total);
  };
  for (const total of totals) visit(total);
  return ordered;
}

/** A number written as a constant, with a number format when the cell needs one. */
function valueEdit(
  ctx: RuleContext,
  row: number,
  col: number,
  value: number,
  percent: boolean,
): CellEdit {
  const numberFormat = ctx.formatForNumber(row, col, percent);
  return {
    op: "cell",
    sheet: ctx.sheet.name,
    row,
    col,
    value,
    ...(numberFormat ? { numberFormat } : {}),
  };
}

/** The percentage a row's cell should hold, described as the engine checks it. */
function percentCheck(
  layout: SheetLayout,
  info: RowInfo,
  column: ColumnInfo,
  from: number,
  to: number,
): PercentCheck {
  const kind = column.role === "avvikelseProcent" ? "deviation" : "change";
  const base = column.base ?? layout.percentBase;
  const sign =
    kind === "deviation"
      ? deviationSign(layout.signConvention, info.flow, from)
      : 1;
  let expected: number | null;
  if (kind === "deviation")
    expected = from === 0 ? null : (sign * (to - from)) / Math.abs(from);
  else {
    const baseValue = base === "from" ? from : to;
    expected =
      baseValue === 0 || from * to < 0 ? null : (to - from) / baseValue;
  }
  return {
    row: info.row,
    col: column.col,
    kind,
    fromCell: { row: info.row, col: column.from as number },
    toCell: { row: info.row, col: column.to as number },
    from,
    to,
    stored: null,
    expected,
    base,
    sign,
    points: column.percentPoints === true,
    decimals: column.decimals ?? 0,
    status:
      expected === null
        ? from * to < 0
          ? "signChange"
          : "zeroBase"
        : "missing",
  };
}
