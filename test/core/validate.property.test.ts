/**
 * For any consistent sheet the engine finds no errors; change one figure and it finds an
 * error in that figure's row or column. Sheets are generated in three shapes: items with a
 * Summa, sections with subtotals and a Totalt, and parents with Varav details.
 */
import fc from "fast-check";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { validateWorkbook } from "../../src/core/validate";
import { CellValue, SheetSnapshot, parseA1 } from "../../src/core/workbook";
import { makeSheet } from "../support/sheets";

type Shape = "flat" | "sections" | "varav";

interface Generated {
  sheet: SheetSnapshot;
  /** Rows (0-based) and columns that hold figures, to pick one to change. */
  valueCells: { row: number; col: number }[];
}

/** One row of figures: Budget, Utfall, Avvikelse = Utfall − Budget. */
type Figures = [number, number, number];

const add = (a: Figures, b: Figures): Figures => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const ZERO: Figures = [0, 0, 0];

function build(shape: Shape, items: [number, number][]): Generated {
  const rows: (CellValue | null)[][] = [
    ["Driftredovisning, tkr", "", "", ""],
    ["", "Budget 2024", "Utfall 2024", "Avvikelse"],
  ];
  const figures = items.map(([b, u]): Figures => [b, u, u - b]);
  const push = (label: string, f: Figures | null) => rows.push([label, ...(f ?? ["", "", ""])]);
  if (shape === "flat") {
    figures.forEach((f, i) => push(`Enhet ${i + 1}`, f));
    push("Summa", figures.reduce(add, ZERO));
  } else if (shape === "sections") {
    const half = Math.max(1, Math.floor(figures.length / 2));
    const sections = [figures.slice(0, half), figures.slice(half)];
    let total = ZERO;
    sections.forEach((section, s) => {
      section.forEach((f, i) => push(`Enhet ${s + 1}.${i + 1}`, f));
      const subtotal = section.reduce(add, ZERO);
      push(`Summa sektion ${s + 1}`, subtotal);
      total = add(total, subtotal);
    });
    push("Totalt", total);
  } else {
    const half = Math.max(2, Math.floor(figures.length / 2));
    const groups = [figures.slice(0, half), figures.slice(half)].filter((g) => g.length >= 2);
    let total = ZERO;
    groups.forEach((group, g) => {
      const parent = group.reduce(add, ZERO);
      push(`Nämnd ${g + 1}`, parent);
      push("Varav:", null);
      group.forEach((f, i) => push(`Verksamhet ${g + 1}.${i + 1}`, f));
      total = add(total, parent);
    });
    push("Summa", total);
  }
  const sheet = makeSheet("Drift", rows, { numberFormat: "#,##0" });
  const valueCells: { row: number; col: number }[] = [];
  rows.forEach((row, r) => {
    if (r < 2) return;
    for (let c = 1; c <= 3; c += 1)
      if (typeof row[c] === "number") valueCells.push({ row: r, col: c });
  });
  return { sheet, valueCells };
}

const amount = fc.integer({ min: 1000, max: 100000 }).map((v) => -v);
const item = fc
  .tuple(amount, fc.integer({ min: -5000, max: 5000 }))
  .map(([b, d]): [number, number] => [b, b + d]);
const arbitrarySheet = fc
  .record({
    shape: fc.constantFrom<Shape>("flat", "sections", "varav"),
    items: fc.array(item, { minLength: 4, maxLength: 12 }),
  })
  .map(({ shape, items }) => build(shape, items));

const errorsOf = (sheet: SheetSnapshot) =>
  validateWorkbook({ sheets: [sheet] }, DEFAULT_SETTINGS).sheets[0].findings.filter(
    (f) => f.severity === "error"
  );

/** Anything a used range may hold: figures, Swedish number text, words, totals, markers, errors. */
const junkCell = fc.oneof(
  fc.constant(""),
  fc.integer({ min: -1e7, max: 1e7 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.constantFrom(
    "45 725",
    "−1 741",
    "- 0,8",
    "35%",
    "-301 %",
    "12.3",
    "..",
    "-",
    "8/19",
    "#DIV/0!",
    "#REF!",
    "Summa",
    "Totalt",
    "Varav:",
    "varav löner",
    "Budget 2024",
    "Prognos",
    "Avvikels e",
    "Förändring B 2023-B 2024, %",
    "Helår",
    "Jan-apr",
    "Personalkostnader, netto",
    "Verksamhetens kostnader",
    "Nettorisk",
    "Procentuell förändring",
    "Positiv risk",
    "Negativ risk",
    "Investeringar mnkr*",
    "* Positivt tal indikerar en intäkt."
  ),
  fc.boolean(),
  fc.string({ maxLength: 12 })
);

const junkSheet = fc
  .array(fc.array(junkCell, { minLength: 1, maxLength: 7 }), { minLength: 0, maxLength: 25 })
  .map((rows) => makeSheet("Blad", rows));

describe("properties of the engine", () => {
  test("whatever a sheet holds, validation finishes and every rule runs", () => {
    fc.assert(
      fc.property(junkSheet, junkSheet, (a, b) => {
        const result = validateWorkbook(
          { sheets: [a, { ...b, name: "Blad 2" }] },
          DEFAULT_SETTINGS
        );
        for (const sheet of result.sheets) {
          expect(sheet.findings.filter((f) => f.rule === "engine.failure")).toEqual([]);
          for (const f of sheet.findings) {
            expect(f.message).not.toMatch(/NaN|undefined|Infinity/);
            expect(f.cell).toMatch(/^[A-Z]+\d+$/);
          }
        }
      }),
      { numRuns: 400 }
    );
  });

  test("a consistent sheet has no errors", () => {
    fc.assert(
      fc.property(arbitrarySheet, ({ sheet }) => {
        expect(errorsOf(sheet)).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });

  test("one changed figure gives an error in its row or its column", () => {
    fc.assert(
      fc.property(
        arbitrarySheet,
        fc.nat(),
        fc.integer({ min: 50, max: 20000 }),
        fc.boolean(),
        ({ sheet, valueCells }, pick, size, up) => {
          const { row, col } = valueCells[pick % valueCells.length];
          const values = sheet.values.map((r) => [...r]);
          values[row][col] = (values[row][col] as number) + (up ? size : -size);
          const changed = {
            ...sheet,
            values,
            formulas: values.map((r) => [...r]),
          };
          const errors = errorsOf(changed);
          const hits = errors.filter((f) => {
            const at = parseA1(f.cell);
            return at.row === row || at.col === col;
          });
          expect(hits.length).toBeGreaterThan(0);
        }
      ),
      { numRuns: 300 }
    );
  });
});
