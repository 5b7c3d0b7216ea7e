/**
 * The context a rule checks one sheet in: the cells, the layout, the settings, the other
 * sheets, and helpers that name cells the way findings must (A1, row label, column header,
 * numbers the Swedish way).
 */
import { isNaNValue, min } from "../layout/fast";
import { Finding } from "../findings";
import { CELL_BLANK, CELL_TEXT_NUMBER } from "../layout/grid";
import { AnalysedSheet } from "../layout/registry";
import {
  ColumnInfo,
  RowInfo,
  columnInfoAt,
  displayHeader,
  rowInfoAt,
} from "../layout/types";
import { roundHalfAway } from "../layout/compare";
import { decimalsOfFormat, formatNumber, isPercentFormat } from "../numbers";
import { Settings } from "../settings";
import { toA1 } from "../workbook";
import { DeviationEvaluation, evaluateDeviations } from "./evaluate/deviations";
import { PercentCheck, evaluatePercentages } from "./evaluate/percentages";
import { pairingConfirmed } from "./evaluate/pairing";
import { TotalCheck, evaluateTotals } from "./evaluate/totals";
import {
  FLOW_COST,
  FLOW_INCOME,
  FindingDetails,
  ROW_ITEM,
  ROW_PERCENT,
  ROW_TOTAL,
  Rule,
  RuleContext,
  ValueRowIndex,
} from "./types";

export function createContext(
  analysed: AnalysedSheet,
  settings: Settings,
  workbook: readonly AnalysedSheet[],
): RuleContext {
  const { sheet, layout, grid } = analysed;
  // The value rows as typed arrays, in one pass over the body. Loops over every row read these;
  // the list of RowInfo objects is made only when something asks for it (see valueRows).
  const capacity =
    layout.dataStart >= 0 ? layout.dataEnd - layout.dataStart + 1 : 0;
  const rowsOf = new Int32Array(capacity);
  const rolesOf = new Uint8Array(capacity);
  const flowsOf = new Uint8Array(capacity);
  const infos = layout.rows;
  const firstRow = infos.length > 0 ? infos[0].row : 0;
  let count = 0;
  for (let r = layout.dataStart; capacity > 0 && r <= layout.dataEnd; r += 1) {
    const info = infos[r - firstRow];
    if (!info) continue;
    const role = info.role;
    const code =
      role === "item"
        ? ROW_ITEM
        : role === "total"
          ? ROW_TOTAL
          : role === "percent"
            ? ROW_PERCENT
            : 0;
    if (code === 0) continue;
    rowsOf[count] = info.row;
    rolesOf[count] = code;
    flowsOf[count] =
      info.flow === "income"
        ? FLOW_INCOME
        : info.flow === "cost"
          ? FLOW_COST
          : 0;
    count += 1;
  }
  const index: ValueRowIndex = {
    length: count,
    rows: rowsOf.subarray(0, count),
    roles: rolesOf.subarray(0, count),
    flows: flowsOf.subarray(0, count),
  };
  let valueRows: RowInfo[] | null = null;
  const listValueRows = (): RowInfo[] => {
    if (!valueRows) {
      valueRows = new Array<RowInfo>(count);
      for (let i = 0; i < count; i += 1)
        valueRows[i] = infos[rowsOf[i] - firstRow];
    }
    return valueRows;
  };
  let totals: TotalCheck[] | null = null;
  let percentages: PercentCheck[] | null = null;
  let deviations: DeviationEvaluation | null = null;
  const numericFormats = new Map<number, string | undefined>();
  const confirmations = new Map<number, boolean>();

  const column = (col: number): ColumnInfo | undefined =>
    columnInfoAt(layout, col);
  const row = (r: number): RowInfo | undefined => rowInfoAt(layout, r);
  const rowLabel = (r: number): string => row(r)?.label ?? "";
  const columnHeader = (c: number): string => displayHeader(column(c));
  const refSv = (r: number) => {
    const label = rowLabel(r);
    return label ? `"${label}" (rad ${r + 1})` : `rad ${r + 1}`;
  };
  const refEn = (r: number) => {
    const label = rowLabel(r);
    return label ? `"${label}" (row ${r + 1})` : `row ${r + 1}`;
  };

  /** The number format used by the column's numeric cells, to give a cell that gets a number. */
  const columnFormat = (c: number): string | undefined => {
    if (numericFormats.has(c)) return numericFormats.get(c);
    let found: string | undefined;
    for (let i = 0; i < count; i += 1) {
      const r = rowsOf[i];
      const kind = grid.kindAt(r, c);
      if (kind === CELL_BLANK || kind === CELL_TEXT_NUMBER) continue;
      const format = grid.format(r, c);
      if (
        format !== "General" &&
        format !== "@" &&
        decimalsOfFormat(format) !== null
      ) {
        found = format;
        break;
      }
    }
    numericFormats.set(c, found);
    return found;
  };

  const ctx: RuleContext = {
    sheet,
    layout,
    grid,
    settings,
    workbook,
    get valueRows() {
      return listValueRows();
    },
    index,
    number(r, c) {
      const v = grid.number(r, c);
      return isNaNValue(v) ? null : v;
    },
    isTextNumber: (r, c) => grid.kindAt(r, c) === CELL_TEXT_NUMBER,
    isBlank: (r, c) => grid.kindAt(r, c) === CELL_BLANK,
    formula: (r, c) => grid.formula(r, c),
    a1: (r, c) => toA1(r, c),
    rowLabel,
    columnHeader,
    row,
    column,
    rowRef: refSv,
    rowRefEn: refEn,
    fmt(value, c, signed = false) {
      const info = column(c);
      const decimals = info && !info.percent ? (info.decimals ?? 0) : 0;
      return formatNumber(value, { decimals: min(decimals, 4), signed });
    },
    formatForNumber(r, c, percent = false) {
      const current = grid.format(r, c);
      if (percent) {
        if (isPercentFormat(current)) return undefined;
        const decimals = column(c)?.decimals ?? 0;
        return decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%";
      }
      if (current !== "@" && current !== "General" && !isPercentFormat(current))
        return undefined;
      const fromColumn = columnFormat(c);
      if (fromColumn) return fromColumn;
      if (current === "General") return undefined;
      const decimals = column(c)?.decimals ?? 0;
      return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
    },
    finding(
      rule: Rule,
      r: number,
      c: number,
      details: FindingDetails,
    ): Finding {
      // Amounts as the column prints them (−497,9, not −497.90000000000003); text as it is.
      const info = column(c);
      const clean = (value: number | string | null | undefined) =>
        typeof value === "number" && info && !info.percent
          ? roundHalfAway(value, min(info.decimals ?? 6, 6))
          : value;
      details = {
        ...details,
        expected: clean(details.expected),
        actual: clean(details.actual),
      };
      return {
        rule: rule.id,
        severity: rule.severity,
        sheet: sheet.name,
        cell: toA1(r, c),
        rowLabel: rowLabel(r),
        columnHeader: columnHeader(c),
        message: details.message,
        messageEn: details.messageEn,
        ...(details.expected !== undefined
          ? { expected: details.expected }
          : {}),
        ...(details.actual !== undefined ? { actual: details.actual } : {}),
        ...(details.related && details.related.length > 0
          ? { related: details.related }
          : {}),
        ...(details.fix ? { fix: details.fix } : {}),
      };
    },
    totals() {
      if (!totals) totals = evaluateTotals(ctx);
      return totals;
    },
    confirmed(columnInfo) {
      let answer = confirmations.get(columnInfo.col);
      if (answer === undefined) {
        answer = pairingConfirmed(ctx, columnInfo);
        confirmations.set(columnInfo.col, answer);
      }
      return answer;
    },
    deviations() {
      if (!deviations) deviations = evaluateDeviations(ctx);
      return deviations;
    },
    percentages() {
      if (!percentages) percentages = evaluatePercentages(ctx);
      return percentages;
    },
  };
  return ctx;
}
