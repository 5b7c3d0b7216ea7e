/**
 * Internkontroll (domain.md §2 point 6 and §6): one row per risk with Sannolikhet and
 * Konsekvens limited to the scale's steps, Riskvärde = S × K and Risknivå looked up with
 * INDEX in the scale's level table, which the template writes beside the risks (highest
 * sannolikhet on top, as a risk matrix is drawn and as KOLL.RISKNIVÅ reads a level table).
 * Built-in functions only, so the sheet computes without Rapportkoll.
 */
import { RiskScale } from "../riskScale";
import { columnLetter } from "../workbook";
import { HEADER_FILL, SheetBuilder } from "./builder";
import { WIDTH } from "./formats";
import { FIRST_ROW, HEADER_ROW, TITLE_ROW } from "./moneyTable";
import { ResolvedOptions } from "./options";
import { InputColumn, TemplateInput, TemplateSummary } from "./types";

/** Uppdrag and åtgärder (domain.md §5). */
export const ACTION_STATUSES = [
  "Klart",
  "Blir klart i år",
  "Troligen klart i år",
  "Ej klart i år",
] as const;

/** Excel's own Good / Neutral / Bad cell styles: readable on screen and in black and white. */
const STATUS_COLOURS: Record<
  (typeof ACTION_STATUSES)[number],
  { fill: string; fontColor: string }
> = {
  Klart: { fill: "#C6EFCE", fontColor: "#006100" },
  "Blir klart i år": { fill: "#C6EFCE", fontColor: "#006100" },
  "Troligen klart i år": { fill: "#FFEB9C", fontColor: "#9C5700" },
  "Ej klart i år": { fill: "#FFC7CE", fontColor: "#9C0006" },
};

interface RiskColumn {
  header: string;
  input: InputColumn | "value" | "level";
  width: number;
}

const COLUMNS: RiskColumn[] = [
  { header: "Risk", input: "label", width: WIDTH.label },
  { header: "Orsak", input: "text", width: WIDTH.text },
  { header: "Sannolikhet", input: "likelihood", width: WIDTH.short },
  { header: "Konsekvens", input: "consequence", width: WIDTH.short },
  { header: "Riskvärde", input: "value", width: WIDTH.short },
  { header: "Risknivå", input: "level", width: WIDTH.short },
  { header: "Åtgärd", input: "text", width: WIDTH.text },
  { header: "Ägare", input: "text", width: 16 },
  { header: "Tidplan", input: "text", width: WIDTH.short },
  { header: "Status", input: "status", width: 18 },
  { header: "Kommentar", input: "text", width: WIDTH.text },
];

const S = 2;
const K = 3;
const LEVEL = 5;
const STATUS = 9;
/** The level table stands one empty column to the right of the risks. */
const MATRIX_COL = COLUMNS.length + 1;

const ref = (row: number, col: number, absolute = false) =>
  absolute
    ? `$${columnLetter(col)}$${row + 1}`
    : `${columnLetter(col)}${row + 1}`;

/**
 * The level table: a caption, a header row of konsekvens steps, then one row per sannolikhet
 * step from the highest down, each cell the level's name in its colour. It starts on the first
 * risk row so that the risks' header row holds only the risks' headers. Returns the A1 range
 * of the level names.
 */
function writeLevelTable(builder: SheetBuilder, scale: RiskScale): string {
  const n = scale.size;
  const caption = FIRST_ROW;
  const axis = caption + 1;
  builder.text(caption, MATRIX_COL, `Risknivåer (skala ${n}×${n})`, {
    bold: true,
  });
  builder.text(axis, MATRIX_COL, "Sannolikhet \\ konsekvens", {
    bold: true,
    fill: HEADER_FILL,
    wrap: true,
  });
  builder.width(MATRIX_COL, 24);
  for (let k = 1; k <= n; k++) {
    builder.text(
      axis,
      MATRIX_COL + k,
      `${k} ${scale.consequenceLabels[k - 1]}`,
      {
        bold: true,
        fill: HEADER_FILL,
        wrap: true,
        align: "Center",
      },
    );
    builder.width(MATRIX_COL + k, WIDTH.short);
  }
  for (let i = 0; i < n; i++) {
    const s = n - i;
    const row = axis + 1 + i;
    builder.text(row, MATRIX_COL, `${s} ${scale.likelihoodLabels[s - 1]}`, {
      bold: true,
    });
    for (let k = 1; k <= n; k++) {
      const level = scale.levels[scale.cellLevels[s - 1][k - 1]];
      builder.text(row, MATRIX_COL + k, level.name, {
        fill: level.color,
        align: "Center",
      });
    }
  }
  const top = axis + 1;
  return `${ref(top, MATRIX_COL + 1, true)}:${ref(top + n - 1, MATRIX_COL + n, true)}`;
}

export function buildInternkontroll(
  builder: SheetBuilder,
  options: ResolvedOptions,
): { inputs: TemplateInput[]; summary: TemplateSummary } {
  const scale = options.riskScale;
  const n = scale.size;
  const labels =
    options.rows.length > 0
      ? options.rows.map((r) => r.trim())
      : Array<string>(options.rowCount).fill("");
  const inputs: TemplateInput[] = [];

  const title = `Internkontrollplan ${options.year}`;
  builder.text(TITLE_ROW, 0, title, { bold: true });
  COLUMNS.forEach((column, col) => {
    builder.text(HEADER_ROW, col, column.header, {
      bold: true,
      fill: HEADER_FILL,
      wrap: true,
    });
    builder.width(col, column.width);
  });
  const levelTable = writeLevelTable(builder, scale);

  labels.forEach((label, i) => {
    const row = FIRST_ROW + i;
    const s = ref(row, S);
    const k = ref(row, K);
    COLUMNS.forEach((column, col) => {
      if (column.input === "value") {
        builder.formula(row, col, `=IF(OR(${s}="",${k}=""),"",${s}*${k})`, {
          numberFormat: "0",
        });
      } else if (column.input === "level") {
        builder.formula(
          row,
          col,
          `=IF(OR(${s}="",${k}=""),"",INDEX(${levelTable},${n + 1}-${s},${k}))`,
        );
      } else if (col === 0 && label !== "") {
        builder.text(row, col, label, { wrap: true });
      } else {
        inputs.push({ row, col, column: column.input });
        if (column.input === "text" || column.input === "label")
          builder.style(row, col, { wrap: true });
      }
    });
  });

  const last = FIRST_ROW + labels.length - 1;
  builder.validation(
    builder.range(FIRST_ROW, S, last, K),
    { type: "wholeNumber", min: 1, max: n },
    `Sannolikhet och konsekvens är heltal från 1 till ${n}.`,
  );
  builder.validation(
    builder.range(FIRST_ROW, STATUS, last, STATUS),
    { type: "list", values: [...ACTION_STATUSES] },
    `Välj en status i listan: ${ACTION_STATUSES.join(", ")}.`,
  );
  builder.conditionalFill(
    builder.range(FIRST_ROW, LEVEL, last, LEVEL),
    scale.levels.map((level) => ({ equals: level.name, fill: level.color })),
  );
  builder.conditionalFill(
    builder.range(FIRST_ROW, STATUS, last, STATUS),
    ACTION_STATUSES.map((status) => ({
      equals: status,
      ...STATUS_COLOURS[status],
    })),
  );
  builder.freeze(HEADER_ROW + 1, 1);

  return {
    inputs,
    summary: {
      title,
      columns: COLUMNS.slice(1).map((c) => c.header),
      rows: labels.length,
      totals: 0,
      formulas: builder.formulaCount,
    },
  };
}
