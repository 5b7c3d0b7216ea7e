/**
 * Måluppfyllelse as KOLL.MÅLUPPFYLLELSE formulas, only when the user asks for them: computed
 * with the KOLL functions registered in HyperFormula, as the preview does.
 */
import { installCustomFunctionsRuntime } from "../../../src/preview/customFunctionsRuntime";
import { registerKollFunctions } from "../../../src/preview/kollPlugin";
import { CellEdit } from "../../../src/core/workbook";
import { buildTemplate } from "../../../src/core/templates";
import { applyTemplate, compute, grid } from "./support";

installCustomFunctionsRuntime();
registerKollFunctions();

const rows = [
  "Nöjd medborgarindex",
  "Andel elever med godkända betyg",
  "Antal besök",
  "Ny indikator",
];

test("without the choice the column is left for the task pane, with a list of the four judgements", () => {
  const result = buildTemplate(
    { kind: "indikatorer", year: 2024, unit: "tkr", rows },
    [],
  );
  expect(result.edits.some((e) => e.op === "cell" && e.formula)).toBe(false);
  expect(result.edits).toContainEqual(
    expect.objectContaining({
      op: "validation",
      rule: {
        type: "list",
        values: ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömd"],
      },
    }),
  );
});

test("with the choice each row judges its latest outcome against the etappmål, and computes", () => {
  const result = buildTemplate(
    { kind: "indikatorer", year: 2024, unit: "tkr", rows, kollFormulas: true },
    [],
  );
  const formulas = result.edits.filter(
    (e): e is CellEdit => e.op === "cell" && e.formula !== undefined,
  );
  // Indikator | Utfall 2022 | Utfall 2023 | Utfall 2024 | Etappmål 2024 | Målvärde 2030 | Måluppfyllelse 2024
  expect(formulas.map((e) => e.formula)).toEqual([
    "=KOLL.MÅLUPPFYLLELSE(D4,E4,C4)",
    "=KOLL.MÅLUPPFYLLELSE(D5,E5,C5)",
    "=KOLL.MÅLUPPFYLLELSE(D6,E6,C6)",
    "=KOLL.MÅLUPPFYLLELSE(D7,E7,C7)",
  ]);
  expect(result.edits.some((e) => e.op === "validation")).toBe(false);

  const book = applyTemplate(result, undefined);
  const put = (row: number, values: (string | number)[]) =>
    book.apply(
      values.map((value, i) => ({
        op: "cell" as const,
        sheet: result.sheetName,
        row,
        col: 1 + i,
        value,
      })),
      "Fyll i",
    );
  put(3, [60, 62, 66, "≥ 65", "≥ 70"]);
  put(4, [80, 82, 83, "≥ 85", "≥ 90"]);
  put(5, [1200, 1100, 1000, "Öka", "Öka"]);
  compute(book);
  const judgements = grid(book, result.sheetName)
    .slice(3, 7)
    .map((row) => row[6]);
  expect(judgements).toEqual([
    "Uppfyllt",
    "Delvis uppfyllt",
    "Ej uppfyllt",
    "Ej bedömd",
  ]);
});

test("with gender columns the formula still reads the total's latest outcome and the etappmål", () => {
  const result = buildTemplate(
    {
      kind: "indikatorer",
      year: 2024,
      unit: "tkr",
      rows: ["Antal anställda"],
      withGender: true,
      kollFormulas: true,
    },
    [],
  );
  // Indikator | Utfall 2022–2024 | Kvinnor 2024 | Män 2024 | Etappmål 2024 | …
  const formula = result.edits.find(
    (e): e is CellEdit => e.op === "cell" && e.formula !== undefined,
  )?.formula;
  expect(formula).toBe("=KOLL.MÅLUPPFYLLELSE(D4,G4,C4)");
});
