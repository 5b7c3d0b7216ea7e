/**
 * Random money tables as the batches that write them: a driftredovisning (Budget, Prognos,
 * Avvikelse, Summa) with the faults the engine finds and fixes — a total that is off, an
 * avvikelse typed wrong or missing, numbers pasted as text, a total written as a formula —
 * labels that look like formulas, and the user's own fills, fonts and formats on top.
 */
import fc from "fast-check";
import { CellEdit, Edit } from "../../../src/core/workbook";

export const SHEET = "Drift";

/** Row labels a user may type, including ones Excel would take for formulas. */
export const HOSTILE_LABELS = [
  '=HYPERLINK("http://example.invalid","klicka")',
  "=1+1",
  "+46 8 123 45",
  "-Övrigt",
  "@kommun",
  "=cmd|' /C calc'!A0",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
];

const LABELS = [
  "Nämnd- och styrelseverksamhet",
  "Kultur och fritid",
  "Pedagogisk verksamhet",
  "Vård och omsorg",
  "Gemensam verksamhet",
  "Infrastruktur, skydd m.m.",
  ...HOSTILE_LABELS,
];

type Fault = "none" | "figure" | "deviation" | "blankDeviation" | "text";

export interface RowSpec {
  label: string;
  budget: number;
  prognos: number;
  fault: Fault;
}

export interface Look {
  row: number;
  col: number;
  fill?: string | null;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  numberFormat?: string;
  align?: "Left" | "Center" | "Right";
  wrap?: boolean;
}

export interface TableSpec {
  rows: RowSpec[];
  totalAsFormula: boolean;
  totalOff: number;
  looks: Look[];
}

export interface GeneratedTable {
  seed: Edit[];
  /** Rows and columns the table and its looks occupy (with room around them). */
  rows: number;
  cols: number;
}

const COLS = 4;

const rowSpec: fc.Arbitrary<RowSpec> = fc.record({
  label: fc.constantFrom(...LABELS),
  budget: fc.integer({ min: 1_000, max: 90_000 }).map((v) => -v),
  prognos: fc.integer({ min: -5_000, max: 5_000 }),
  fault: fc.constantFrom<Fault>(
    "none",
    "none",
    "figure",
    "deviation",
    "blankDeviation",
    "text",
  ),
});

const look = (rows: number): fc.Arbitrary<Look> =>
  fc.record(
    {
      row: fc.integer({ min: 0, max: rows + 1 }),
      col: fc.integer({ min: 0, max: COLS }),
      fill: fc.constantFrom(null, "#FFFF00", "#c6efce"),
      bold: fc.boolean(),
      italic: fc.boolean(),
      color: fc.constantFrom("#FF0000", "#1f4e79"),
      numberFormat: fc.constantFrom("0.0", "#,##0", "@", "0%"),
      align: fc.constantFrom<"Left" | "Center" | "Right">(
        "Left",
        "Center",
        "Right",
      ),
      wrap: fc.boolean(),
    },
    { requiredKeys: ["row", "col"] },
  );

export const tableSpec: fc.Arbitrary<TableSpec> = fc
  .array(rowSpec, { minLength: 3, maxLength: 9 })
  .chain((rows) =>
    fc.record({
      rows: fc.constant(rows),
      totalAsFormula: fc.boolean(),
      totalOff: fc.constantFrom(0, 0, 700),
      looks: fc.array(look(rows.length + 3), { maxLength: 8 }),
    }),
  );

/** Swedish number text as pasted from a PDF: "−12 345" with a no-break space. */
function asSwedishText(value: number): string {
  const digits = Math.abs(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return value < 0 ? `\u2212${digits}` : digits;
}

export function buildTable(spec: TableSpec, sheet = SHEET): GeneratedTable {
  const edits: CellEdit[] = [];
  const put = (row: number, col: number, rest: Partial<CellEdit>) =>
    edits.push({ op: "cell", sheet, row, col, ...rest });
  put(0, 0, { value: "Driftredovisning, tkr", font: { bold: true } });
  ["Budget 2024", "Prognos 2024", "Avvikelse"].forEach((header, i) =>
    put(1, i + 1, { value: header, font: { bold: true } }),
  );
  let budgetSum = 0;
  let prognosSum = 0;
  spec.rows.forEach((r, i) => {
    const row = i + 2;
    const prognos = r.budget + r.prognos;
    budgetSum += r.budget;
    prognosSum += prognos;
    put(row, 0, { value: r.label });
    const budget = r.fault === "figure" ? r.budget + 400 : r.budget;
    put(row, 1, {
      value: r.fault === "text" ? asSwedishText(budget) : budget,
      numberFormat: "#,##0",
    });
    put(row, 2, { value: prognos, numberFormat: "#,##0" });
    if (r.fault !== "blankDeviation")
      put(row, 3, {
        value: r.fault === "deviation" ? r.prognos + 50 : r.prognos,
        numberFormat: "#,##0",
      });
  });
  const total = spec.rows.length + 2;
  put(total, 0, { value: "Summa", font: { bold: true } });
  if (spec.totalAsFormula) {
    put(total, 1, {
      formula: `=SUM(B3:B${total})`,
      numberFormat: "#,##0",
    });
  } else {
    put(total, 1, { value: budgetSum + spec.totalOff, numberFormat: "#,##0" });
  }
  put(total, 2, { value: prognosSum, numberFormat: "#,##0" });
  put(total, 3, { value: prognosSum - budgetSum, numberFormat: "#,##0" });

  const seed: Edit[] = [...edits];
  for (const l of spec.looks) {
    const edit: CellEdit = { op: "cell", sheet, row: l.row, col: l.col };
    if (l.fill !== undefined) edit.fill = l.fill;
    if (l.bold !== undefined || l.italic !== undefined || l.color)
      edit.font = { bold: l.bold, italic: l.italic, color: l.color };
    if (l.numberFormat) edit.numberFormat = l.numberFormat;
    if (l.align) edit.horizontalAlignment = l.align;
    if (l.wrap !== undefined) edit.wrapText = l.wrap;
    seed.push(edit);
  }
  return { seed, rows: total + 4, cols: COLS + 3 };
}
