import { percentChange } from "../../../src/core/calc/percent";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import {
  RISK_SCALE_4X4,
  riskLevelOf,
  RiskScale,
} from "../../../src/core/riskScale";
import {
  CellEdit,
  CellValue,
  Edit,
  isErrorValue,
} from "../../../src/core/workbook";
import { TemplateResult, buildTemplate } from "../../../src/core/templates";
import { CASES, Case } from "./cases";
import {
  applyTemplate,
  compute,
  consistentValues,
  grid,
  seededRandom,
} from "./support";

const HEADER_ROW = 2;
const BUILT_IN = new Set(["SUM", "IF", "OR", "INDEX"]);

function cellEdits(edits: Edit[]): CellEdit[] {
  return edits.filter((e): e is CellEdit => e.op === "cell");
}

function functionsIn(formula: string): string[] {
  return [
    ...formula.replace(/"[^"]*"/g, "").matchAll(/([A-ZÅÄÖ][A-ZÅÄÖ0-9.]*)\(/g),
  ].map((m) => m[1]);
}

/** The sheet's computed values, with a lookup of columns by header. */
function view(book: MemoryWorkbook, result: TemplateResult) {
  const cells = grid(book, result.sheetName);
  const headers = cells[HEADER_ROW].map(String);
  const column = (predicate: (header: string) => boolean) =>
    headers.findIndex(predicate);
  const rowOf = (label: string) => cells.findIndex((row) => row[0] === label);
  const num = (value: CellValue) =>
    typeof value === "number" ? value : Number.NaN;
  return { cells, headers, column, rowOf, num };
}

function filled(testCase: Case, seed: number) {
  const result = buildTemplate(testCase.options, ["Blad1"]);
  const book = applyTemplate(result);
  book.apply(
    consistentValues(result, seededRandom(seed), {
      unit: testCase.options.unit,
      period: testCase.options.period ?? "jan-apr",
      riskSize: testCase.options.riskScale?.size ?? 4,
    }),
    "Fyll i",
  );
  compute(book);
  return { result, book };
}

describe.each(CASES)("$name", (testCase) => {
  const result = buildTemplate(testCase.options, ["Blad1"]);

  test("starts a new sheet and records its kind, in one batch", () => {
    expect(result.edits[0]).toEqual({
      op: "addSheet",
      sheet: result.sheetName,
      activate: true,
    });
    expect(result.edits[1]).toEqual({
      op: "recordKind",
      sheet: result.sheetName,
      kind: testCase.options.kind,
    });
    const book = applyTemplate(result);
    const snapshot = book
      .toSnapshot()
      .sheets.find((s) => s.name === result.sheetName)!;
    expect(snapshot.recordedKind).toBe(testCase.options.kind);
    expect(book.activeSheet).toBe(result.sheetName);
  });

  test("writes built-in Excel functions only, in English with commas", () => {
    const formulas = cellEdits(result.edits).flatMap((e) =>
      e.formula ? [e.formula] : [],
    );
    for (const formula of formulas) {
      expect(formula.startsWith("=")).toBe(true);
      expect(formula).not.toMatch(/;/);
      for (const name of functionsIn(formula)) expect(BUILT_IN).toContain(name);
    }
  });

  test("writes text as values, never as formulas, and no cell both ways", () => {
    for (const edit of cellEdits(result.edits)) {
      expect(edit.formula !== undefined && edit.value !== undefined).toBe(
        false,
      );
      if (edit.formula !== undefined) expect(edit.formula).toMatch(/^=[A-Z(]/);
    }
  });

  test("header row bold with a fill, panes frozen below it, every used column given a width", () => {
    const headerCells = cellEdits(result.edits).filter(
      (e) => e.row === HEADER_ROW && typeof e.value === "string",
    );
    expect(headerCells.length).toBeGreaterThan(1);
    for (const cell of headerCells) {
      expect(cell.font?.bold).toBe(true);
      expect(cell.fill).toMatch(/^#[0-9A-F]{6}$/);
    }
    expect(result.edits).toContainEqual({
      op: "freeze",
      sheet: result.sheetName,
      rows: HEADER_ROW + 1,
      cols: 1,
    });
    const widths = new Set(
      result.edits.flatMap((e) => (e.op === "columnWidth" ? [e.col] : [])),
    );
    for (const cell of cellEdits(result.edits))
      expect(widths).toContain(cell.col);
  });

  test("the empty template computes without an error value", () => {
    const book = applyTemplate(result);
    compute(book);
    for (const row of grid(book, result.sheetName))
      for (const value of row) expect(isErrorValue(value)).toBe(false);
  });

  test("filled with consistent numbers, every formula computes the right value", () => {
    for (const seed of [1, 2, 3, 42, 2024]) {
      const { book } = filled(testCase, seed);
      const v = view(book, result);
      for (const row of v.cells)
        for (const value of row) expect(isErrorValue(value)).toBe(false);
      checkFormulaValues(testCase, result, v);
    }
  });
});

function checkFormulaValues(
  testCase: Case,
  result: TemplateResult,
  v: ReturnType<typeof view>,
): void {
  const { cells, headers, num } = v;
  const dataRows = cells.map((_, r) => r).filter((r) => r > HEADER_ROW);
  const inputsIn = (col: number) =>
    result.inputs.filter((i) => i.col === col && i.column !== "label");
  const kind = testCase.options.kind;

  if (
    kind === "resultatrakning" ||
    kind === "driftredovisning" ||
    kind === "investeringar"
  ) {
    const grandTotal = {
      resultatrakning: "Årets resultat",
      driftredovisning: "Summa netto",
      investeringar: "Summa investeringar",
    }[kind];
    const totalRow = v.rowOf(grandTotal);
    expect(totalRow).toBeGreaterThan(HEADER_ROW);
    headers.forEach((_, col) => {
      const inputs = inputsIn(col);
      if (inputs.length === 0) return;
      // Every subtotal is a plain sum, so the grand total is the sum of every amount entered.
      const expected = inputs.reduce(
        (sum, i) => sum + num(cells[i.row][i.col]),
        0,
      );
      expect(num(cells[totalRow][col])).toBeCloseTo(expected, 6);
    });
  }

  headers.forEach((header, col) => {
    for (const r of dataRows) {
      const value = cells[r][col];
      if (/^Avvikelse/.test(header) && value !== "") {
        // Avvikelse = the outcome (the column on its left) − the budget (two to the left).
        expect(num(value)).toBeCloseTo(
          num(cells[r][col - 1]) - num(cells[r][col - 2]),
          6,
        );
      }
      const change = /^Förändring ([BP]) (\d{4})-B (\d{4}), (%|tkr|mnkr)$/.exec(
        header,
      );
      if (change && cells[r][0] !== "" && typeof cells[r][1] === "number") {
        const from = num(cells[r][change[1] === "B" ? 1 : 2]);
        const to = num(cells[r][3]);
        if (change[4] === "%") {
          const expected = percentChange(from, to, "from");
          if (expected.ok) expect(num(value)).toBeCloseTo(expected.value, 9);
          else expect(value).toBe("");
        } else {
          expect(num(value)).toBeCloseTo(to - from, 6);
        }
      }
    }
  });

  if (kind === "riskanalys") {
    const sumRow = v.rowOf("Summa risker");
    const netRow = v.rowOf("Nettorisk");
    let all = 0;
    for (const col of [1, 2]) {
      const sum = inputsIn(col).reduce(
        (s, i) => s + num(cells[i.row][i.col]),
        0,
      );
      expect(num(cells[sumRow][col])).toBeCloseTo(sum, 6);
      all += sum;
    }
    expect(num(cells[netRow][1])).toBeCloseTo(all, 6);
  }

  if (kind === "internkontroll") {
    const scale: RiskScale = testCase.options.riskScale ?? RISK_SCALE_4X4;
    const [s, k, value, level] = [
      "Sannolikhet",
      "Konsekvens",
      "Riskvärde",
      "Risknivå",
    ].map((h) => v.column((x) => x === h));
    for (const r of dataRows) {
      const likelihood = cells[r][s];
      const consequence = cells[r][k];
      if (typeof likelihood !== "number" || typeof consequence !== "number")
        continue;
      expect(cells[r][value]).toBe(likelihood * consequence);
      expect(cells[r][level]).toBe(
        riskLevelOf(scale, likelihood, consequence)!.name,
      );
    }
  }

  if (kind === "indikatorer") {
    const attainment = v.column((h) => h.startsWith("Måluppfyllelse"));
    for (const r of dataRows) expect(cells[r][attainment]).toBe("");
  }
}
