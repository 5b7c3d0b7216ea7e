/**
 * The money tables (resultaträkning, driftredovisning, investeringar, risk- och
 * känslighetsanalys) share one shape: a title with the unit, an optional group header row,
 * a header row, rows of items, headings and totals, and notes below. Totals, avvikelser,
 * förändringar and percentages are written as built-in Excel formulas, so the sheet computes
 * for readers without Rapportkoll.
 */
import { columnLetter } from "../workbook";
import { CellStyle, HEADER_FILL, SheetBuilder } from "./builder";
import { PERCENT_FORMAT, WIDTH, amountFormat } from "./formats";
import {
  InputColumn,
  TemplateInput,
  TemplateSummary,
  TemplateUnit,
} from "./types";

export type MoneyRow =
  /** A row the user fills; an empty label is left for the user too. */
  | { type: "item"; label: string; sign: 1 | -1; key?: string; varav?: boolean }
  | { type: "heading"; label: string }
  /** A sum of other rows (by key), in every amount column. */
  | {
      type: "total";
      label: string;
      parts: string[];
      key?: string;
      bold?: boolean;
    }
  /** One cell that adds cells of other rows and columns (Nettorisk = Σ positiv + Σ negativ). */
  | {
      type: "net";
      label: string;
      column: number;
      terms: { key: string; column: number }[];
    }
  | { type: "blank" };

export type MoneyColumn = { header: string; group?: string } & (
  | { type: "input"; input: InputColumn; sign?: 1 | -1 }
  /** outcome − budget (convention A: positive is favourable on every row). */
  | { type: "deviation"; budget: number; outcome: number }
  /** to − from. */
  | { type: "change"; from: number; to: number }
  /** (to − from) / from, blank on a zero base and on a change of sign (domain.md §3). */
  | { type: "percent"; from: number; to: number }
);

export interface MoneyTable {
  title: string;
  labelHeader: string;
  unit: TemplateUnit;
  columns: MoneyColumn[];
  rows: MoneyRow[];
  notes: string[];
}

export const TITLE_ROW = 0;
export const GROUP_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_ROW = 3;
const LABEL_COL = 0;

/** =SUM(B5:B7,B9): consecutive rows become one range. */
export function sumFormula(col: number, rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  const letter = columnLetter(col);
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(
      i === j
        ? `${letter}${sorted[i] + 1}`
        : `${letter}${sorted[i] + 1}:${letter}${sorted[j] + 1}`,
    );
    i = j + 1;
  }
  return `=SUM(${parts.join(",")})`;
}

function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

function columnFormula(
  column: MoneyColumn,
  row: number,
  firstCol: number,
): string | null {
  const at = (index: number) => cellRef(row, firstCol + index);
  switch (column.type) {
    case "deviation":
      return `=${at(column.outcome)}-${at(column.budget)}`;
    case "change":
      return `=${at(column.to)}-${at(column.from)}`;
    case "percent": {
      const from = at(column.from);
      const to = at(column.to);
      return `=IF(OR(${from}=0,${from}*${to}<0),"",(${to}-${from})/${from})`;
    }
    default:
      return null;
  }
}

/** "Helår 2024: Budget, Prognos, Avvikelse": a group's columns together, for the summary. */
function describeColumns(columns: MoneyColumn[]): string[] {
  const described: { group?: string; headers: string[] }[] = [];
  for (const column of columns) {
    const last = described[described.length - 1];
    if (column.group && last?.group === column.group)
      last.headers.push(column.header);
    else described.push({ group: column.group, headers: [column.header] });
  }
  return described.map((d) =>
    d.group ? `${d.group}: ${d.headers.join(", ")}` : d.headers[0],
  );
}

export function writeMoneyTable(
  builder: SheetBuilder,
  table: MoneyTable,
): { inputs: TemplateInput[]; summary: TemplateSummary } {
  const firstCol = LABEL_COL + 1;
  const amount = amountFormat(table.unit);
  const formatOf = (column: MoneyColumn) =>
    column.type === "percent" ? PERCENT_FORMAT : amount;
  const inputs: TemplateInput[] = [];
  const hasGroups = table.columns.some((c) => c.group);

  builder.text(TITLE_ROW, LABEL_COL, table.title, { bold: true });

  const headerStyle: CellStyle = { bold: true, fill: HEADER_FILL, wrap: true };
  builder.text(HEADER_ROW, LABEL_COL, table.labelHeader, headerStyle);
  if (hasGroups) builder.style(GROUP_ROW, LABEL_COL, headerStyle);
  let previousGroup: string | undefined;
  table.columns.forEach((column, i) => {
    const col = firstCol + i;
    builder.text(HEADER_ROW, col, column.header, {
      ...headerStyle,
      align: "Right",
    });
    if (hasGroups) {
      // The group's name stands over its first column only; the fill spans the row.
      if (column.group && column.group !== previousGroup) {
        builder.text(GROUP_ROW, col, column.group, headerStyle);
      } else {
        builder.style(GROUP_ROW, col, headerStyle);
      }
      previousGroup = column.group;
    }
    builder.width(
      col,
      column.type === "percent" ? WIDTH.percent : WIDTH.amount,
    );
  });
  const longest = Math.max(
    table.labelHeader.length,
    ...table.rows.map((r) => ("label" in r ? r.label.length : 0)),
  );
  builder.width(LABEL_COL, Math.min(60, Math.max(WIDTH.label, longest + 2)));

  const rowOf = new Map<string, number>();
  table.rows.forEach((spec, i) => {
    if ("key" in spec && spec.key) rowOf.set(spec.key, FIRST_ROW + i);
  });
  const rowsOf = (keys: string[]) =>
    keys.map((key) => {
      const row = rowOf.get(key);
      if (row === undefined)
        throw new Error(`Template row "${key}" is not defined`);
      return row;
    });

  let totals = 0;
  table.rows.forEach((spec, i) => {
    const row = FIRST_ROW + i;
    switch (spec.type) {
      case "blank":
        return;
      case "heading":
        builder.text(row, LABEL_COL, spec.label, { bold: true });
        return;
      case "net": {
        totals += 1;
        builder.text(row, LABEL_COL, spec.label, { bold: true });
        const terms = spec.terms.map((t) =>
          cellRef(rowsOf([t.key])[0], firstCol + t.column),
        );
        builder.formula(row, firstCol + spec.column, `=${terms.join("+")}`, {
          numberFormat: amount,
          bold: true,
        });
        return;
      }
      case "item": {
        const style: CellStyle = spec.varav ? { italic: true } : {};
        if (spec.label === "")
          inputs.push({ row, col: LABEL_COL, column: "label" });
        else builder.text(row, LABEL_COL, spec.label, style);
        table.columns.forEach((column, c) => {
          const col = firstCol + c;
          const formula = columnFormula(column, row, firstCol);
          if (formula) {
            builder.formula(row, col, formula, {
              ...style,
              numberFormat: formatOf(column),
            });
          } else if (column.type === "input") {
            builder.style(row, col, { ...style, numberFormat: amount });
            inputs.push({
              row,
              col,
              column: column.input,
              sign: column.sign ?? spec.sign,
              ...(spec.varav ? { varav: true } : {}),
            });
          }
        });
        return;
      }
      case "total": {
        totals += 1;
        const style: CellStyle = { bold: spec.bold ?? true };
        builder.text(row, LABEL_COL, spec.label, style);
        const parts = rowsOf(spec.parts);
        table.columns.forEach((column, c) => {
          const col = firstCol + c;
          const formula =
            columnFormula(column, row, firstCol) ?? sumFormula(col, parts);
          builder.formula(row, col, formula, {
            ...style,
            numberFormat: formatOf(column),
          });
        });
        return;
      }
    }
  });

  let noteRow = FIRST_ROW + table.rows.length + 1;
  for (const note of table.notes) {
    builder.text(noteRow, LABEL_COL, note, { italic: true });
    noteRow += 1;
  }

  builder.freeze(HEADER_ROW + 1, LABEL_COL + 1);

  return {
    inputs: inputs.sort((a, b) => a.row - b.row || a.col - b.col),
    summary: {
      title: table.title,
      columns: describeColumns(table.columns),
      rows: table.rows.filter((r) => r.type !== "blank").length,
      totals,
      formulas: builder.formulaCount,
    },
  };
}
