/**
 * Indikatorer (domain.md §2 point 5): Indikator, outcome years, optional Kvinnor/Män for the
 * latest year, Etappmål, Målvärde, Måluppfyllelse and Källa. Måluppfyllelse is left for the
 * task pane (a list of the four judgements) unless the user asks for KOLL.MÅLUPPFYLLELSE
 * formulas, which only compute where Rapportkoll is installed.
 */
import { columnLetter } from "../workbook";
import { HEADER_FILL, SheetBuilder } from "./builder";
import { WIDTH } from "./formats";
import { FIRST_ROW, HEADER_ROW, TITLE_ROW } from "./moneyTable";
import { ResolvedOptions } from "./options";
import { InputColumn, TemplateInput, TemplateSummary } from "./types";

/** Goal attainment words (domain.md §5). */
export const ATTAINMENT_VALUES = [
  "Uppfyllt",
  "Delvis uppfyllt",
  "Ej uppfyllt",
  "Ej bedömd",
] as const;

interface IndicatorColumn {
  header: string;
  input: InputColumn;
  width: number;
}

function indicatorColumns(options: ResolvedOptions): IndicatorColumn[] {
  const columns: IndicatorColumn[] = [
    { header: "Indikator", input: "label", width: 45 },
  ];
  for (
    let y = options.year - options.outcomeYears + 1;
    y <= options.year;
    y++
  ) {
    columns.push({
      header: `Utfall ${y}`,
      input: "outcome",
      width: WIDTH.short,
    });
  }
  if (options.withGender) {
    columns.push({
      header: `Kvinnor ${options.year}`,
      input: "women",
      width: WIDTH.short,
    });
    columns.push({
      header: `Män ${options.year}`,
      input: "men",
      width: WIDTH.short,
    });
  }
  columns.push(
    {
      header: `Etappmål ${options.year}`,
      input: "milestone",
      width: WIDTH.short,
    },
    {
      header: `Målvärde ${options.targetYear}`,
      input: "target",
      width: WIDTH.short,
    },
    {
      header: `Måluppfyllelse ${options.year}`,
      input: "attainment",
      width: 16,
    },
    { header: "Källa", input: "source", width: 24 },
  );
  return columns;
}

/**
 * =KOLL.MÅLUPPFYLLELSE(utfall; mål; föregående utfall): the previous outcome lets "Öka",
 * "Minska" and "Behåll" be judged.
 */
function attainmentFormula(
  row: number,
  latest: number,
  target: number,
  previous: number | null,
): string {
  const ref = (col: number) => `${columnLetter(col)}${row + 1}`;
  const args = [
    ref(latest),
    ref(target),
    ...(previous === null ? [] : [ref(previous)]),
  ];
  return `=KOLL.MÅLUPPFYLLELSE(${args.join(",")})`;
}

export function buildIndikatorer(
  builder: SheetBuilder,
  options: ResolvedOptions,
): { inputs: TemplateInput[]; summary: TemplateSummary } {
  const columns = indicatorColumns(options);
  const labels =
    options.rows.length > 0
      ? options.rows.map((r) => r.trim())
      : Array<string>(options.rowCount).fill("");
  const colOf = (input: InputColumn) =>
    columns.findIndex((c) => c.input === input);
  const outcomeCols = columns.flatMap((c, i) =>
    c.input === "outcome" ? [i] : [],
  );
  const latest = outcomeCols[outcomeCols.length - 1];
  const previous =
    outcomeCols.length > 1 ? outcomeCols[outcomeCols.length - 2] : null;
  const attainment = colOf("attainment");
  const milestone = colOf("milestone");
  const inputs: TemplateInput[] = [];

  const title = `Indikatorer ${options.year}`;
  builder.text(TITLE_ROW, 0, title, { bold: true });
  columns.forEach((column, col) => {
    builder.text(HEADER_ROW, col, column.header, {
      bold: true,
      fill: HEADER_FILL,
      wrap: true,
    });
    builder.width(col, column.width);
  });

  labels.forEach((label, i) => {
    const row = FIRST_ROW + i;
    columns.forEach((column, col) => {
      if (col === 0) {
        if (label === "") inputs.push({ row, col, column: "label" });
        else builder.text(row, col, label, { wrap: true });
        return;
      }
      if (column.input === "attainment" && options.kollFormulas) {
        builder.formula(
          row,
          col,
          attainmentFormula(row, latest, milestone, previous),
        );
        return;
      }
      inputs.push({ row, col, column: column.input });
    });
  });

  const last = FIRST_ROW + labels.length - 1;
  if (!options.kollFormulas) {
    builder.validation(
      builder.range(FIRST_ROW, attainment, last, attainment),
      { type: "list", values: [...ATTAINMENT_VALUES] },
      `Välj måluppfyllelse i listan: ${ATTAINMENT_VALUES.join(", ")}.`,
    );
  }
  builder.freeze(HEADER_ROW + 1, 1);

  return {
    inputs,
    summary: {
      title,
      columns: columns.slice(1).map((c) => c.header),
      rows: labels.length,
      totals: 0,
      formulas: builder.formulaCount,
    },
  };
}
