/**
 * Test helpers for templates: apply a template to an in-memory workbook, compute its formulas
 * with a real formula engine (HyperFormula, tests only), and fill its input cells with
 * consistent numbers the way a careful ekonom would.
 */
import { HyperFormula } from "hyperformula";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { CellValue, Edit } from "../../../src/core/workbook";
import {
  TemplateInput,
  TemplateResult,
  periodChoice,
  TemplatePeriod,
} from "../../../src/core/templates";

/** The workbook with the template applied (and optionally other sheets already in it). */
export function applyTemplate(
  result: TemplateResult,
  book = new MemoryWorkbook(["Blad1"]),
): MemoryWorkbook {
  book.apply(result.edits, "Skapa blad");
  return book;
}

type HfValue = ReturnType<HyperFormula["getCellValue"]>;

function toCellValue(value: HfValue): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return (value as { value: string }).value;
  return value;
}

/**
 * A formula cell in the memory workbook: its content starts with "=" and differs from its
 * shown value. A text constant such as "=1+1" shows itself.
 */
function isFormulaCell(cell: {
  content: CellValue;
  value: CellValue;
}): boolean {
  return (
    typeof cell.content === "string" &&
    cell.content.startsWith("=") &&
    cell.content !== cell.value
  );
}

/** The sheet's cells as HyperFormula takes them: formulas as text, constants as they are. */
function sheetContent(
  book: MemoryWorkbook,
  name: string,
): (CellValue | null)[][] {
  const sheet = book.sheet(name)!;
  const rows: (CellValue | null)[][] = [];
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    rows[r] ??= [];
    // Text that HyperFormula would read as a formula or a number gets the apostrophe that
    // means "text" to it, as to Excel.
    const content =
      typeof cell.content === "string" &&
      !isFormulaCell(cell) &&
      /^[=+\-@'\d.,\s]/.test(cell.content)
        ? `'${cell.content}`
        : cell.content;
    rows[r][c] = content === "" ? null : content;
  }
  let width = 0;
  for (let r = 0; r < rows.length; r++)
    width = Math.max(width, rows[r]?.length ?? 0);
  return Array.from({ length: rows.length }, (_, r) =>
    Array.from({ length: width }, (_, c) => rows[r]?.[c] ?? null),
  );
}

/**
 * Computes every formula of every sheet with HyperFormula and stores the results as the
 * cells' shown values, as Excel would before Office.js reads them.
 */
export function compute(book: MemoryWorkbook): HyperFormula {
  const sheets: Record<string, (CellValue | null)[][]> = {};
  for (const sheet of book.sheets)
    sheets[sheet.name] = sheetContent(book, sheet.name);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  for (const sheet of book.sheets) {
    const id = hf.getSheetId(sheet.name)!;
    for (const [key, cell] of sheet.cells) {
      if (typeof cell.content !== "string" || !cell.content.startsWith("="))
        continue;
      const [row, col] = key.split(",").map(Number);
      book.setComputedValue(
        sheet.name,
        row,
        col,
        toCellValue(hf.getCellValue({ sheet: id, row, col })),
      );
    }
  }
  return hf;
}

/** A small deterministic generator, so a failing case can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/**
 * How large a row is relative to the report's size, where it matters for the signs of the
 * totals: salaries charged to investments are a fraction of the personnel cost, and a
 * kommun's costs are covered by taxes and grants, not by its own income.
 */
const RELATIVE_SIZE: Record<string, number> = {
  "Verksamhetens intäkter": 0.25,
  Personalkostnader: 1,
  "Lön fördelad mot investeringsprojekt": 0.1,
  "Verksamhetens kostnader": 1,
  Avskrivningar: 0.05,
  Skatteintäkter: 0.7,
  "Generella statsbidrag och utjämning": 0.3,
  "Finansiella intäkter": 0.01,
  "Finansiella kostnader": 0.015,
  "Extraordinära poster": 0.001,
};

/** "Antal anställda": a count, whose breakdown adds up; other rows are shares or indices. */
function isCount(label: string | undefined): boolean {
  return label !== undefined && /^antal\b/i.test(label);
}

export interface FillContext {
  unit: "tkr" | "mnkr";
  period?: TemplatePeriod;
  riskSize?: number;
}

/**
 * Values for every input cell that a correct report could hold: amounts with the row's sign,
 * prognoses and outcomes near the budget, the period budget a share of the year's, women and
 * men adding up to a count and around a share or an index, risk steps on the scale, statuses
 * from the vocabulary.
 */
export function consistentValues(
  result: TemplateResult,
  random: () => number,
  context: FillContext,
): Edit[] {
  const decimals = context.unit === "mnkr" ? 1 : 0;
  const round = (x: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;
  const months = context.period ? periodChoice(context.period).months : 12;
  const byRow = new Map<number, TemplateInput[]>();
  for (const input of result.inputs) {
    const list = byRow.get(input.row) ?? [];
    list.push(input);
    byRow.set(input.row, list);
  }
  const edits: Edit[] = [];
  const put = (input: TemplateInput, value: string | number) =>
    edits.push({
      op: "cell",
      sheet: result.sheetName,
      row: input.row,
      col: input.col,
      value,
    });
  const labels = new Map<number, string>();
  for (const edit of result.edits) {
    if (edit.op === "cell" && edit.col === 0 && typeof edit.value === "string")
      labels.set(edit.row, edit.value);
  }
  // The size of the whole report, and of each row within it.
  const scale = 1000 + Math.floor(random() * 50000);
  let n = 0;
  for (const [row, inputs] of byRow) {
    n += 1;
    // A magnitude per row, so that a row's columns are related as in a real report.
    const base =
      scale * (RELATIVE_SIZE[labels.get(row) ?? ""] ?? 0.2 + random() * 0.8);
    const near = (x: number) => x * (0.9 + random() * 0.2);
    const budget = near(base);
    const outcome = random() * 40 + 10;
    let latestOutcome = 0;
    for (const input of inputs) {
      const sign = input.sign ?? 1;
      const amount = (x: number) => sign * Math.max(10 ** -decimals, round(x));
      switch (input.column) {
        case "label":
          put(input, `Rad ${n}`);
          break;
        case "budget":
        case "bokslut":
        case "plan":
        case "previousUtfall":
          put(input, amount(near(budget)));
          break;
        case "prognos":
        case "utfall":
          put(input, amount(near(budget)));
          break;
        case "periodBudget":
          put(input, amount((budget * months) / 12));
          break;
        case "periodUtfall":
          put(input, amount(near((budget * months) / 12)));
          break;
        case "positiveRisk":
        case "negativeRisk":
          put(input, amount(near(budget)));
          break;
        case "outcome":
          // Whole numbers: Kvinnor and Män add up to a count ("Antal …") and lie on either
          // side of a share or an index (domain.md §5).
          latestOutcome = Math.round(near(outcome));
          put(input, latestOutcome);
          break;
        case "women":
          put(
            input,
            isCount(labels.get(row))
              ? Math.floor(latestOutcome / 2)
              : latestOutcome - 1,
          );
          break;
        case "men":
          put(
            input,
            isCount(labels.get(row))
              ? latestOutcome - Math.floor(latestOutcome / 2)
              : latestOutcome + 1,
          );
          break;
        case "milestone":
          put(input, `≥ ${Math.round(outcome)}`);
          break;
        case "target":
          put(input, `≥ ${Math.round(outcome * 1.2)}`);
          break;
        case "attainment":
          break;
        case "source":
          put(input, "Kolada");
          break;
        case "likelihood":
        case "consequence":
          put(input, 1 + Math.floor(random() * (context.riskSize ?? 4)));
          break;
        case "status":
          put(input, "Blir klart i år");
          break;
        case "text":
          put(input, "Text");
          break;
      }
    }
  }
  return edits;
}

/** The sheet's shown values as a grid from A1 (for reading a test's failure). */
export function grid(book: MemoryWorkbook, name: string): CellValue[][] {
  const snapshot = book.toSnapshot().sheets.find((s) => s.name === name)!;
  const rows: CellValue[][] = [];
  for (let r = 0; r < snapshot.top + snapshot.values.length; r++) {
    rows.push(
      Array.from(
        { length: snapshot.left + (snapshot.values[0]?.length ?? 0) },
        (_, c) =>
          r < snapshot.top || c < snapshot.left
            ? ""
            : snapshot.values[r - snapshot.top][c - snapshot.left],
      ),
    );
  }
  return rows;
}
