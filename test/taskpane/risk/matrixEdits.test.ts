import fc from "fast-check";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { RISK_SCALE_5X5, RiskScale, startingScale } from "../../../src/core/riskScale";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { CellValue } from "../../../src/core/workbook";
import { contrastText } from "../../../src/taskpane/risk/colors";
import {
  MatrixSource,
  countFormula,
  matrixEdits,
  LAST_COLUMN,
  afterUsedPlacement,
  besidePlacement,
  newSheetPlacement,
  occupiedCells,
} from "../../../src/taskpane/risk/matrixEdits";
import { heatMap, riskSheetsOf } from "../../../src/taskpane/risk/model";
import { makeSheet, makeWorkbook } from "../../support/sheets";
import { computeFormulas } from "../../core/risk/compute";

function register(name: string, steps: [CellValue, CellValue][]) {
  const rows: CellValue[][] = [["Risk", "Sannolikhet", "Konsekvens"]];
  steps.forEach(([s, k], i) => rows.push([`Risk för händelse ${i + 1}`, s, k]));
  return makeSheet(name, rows);
}

/** Writes the matrix on a new sheet, computes it and reads the counts back. */
function writtenCounts(name: string, steps: [CellValue, CellValue][], scale: RiskScale): number[][] {
  const snapshot = makeWorkbook(register(name, steps));
  const book = MemoryWorkbook.fromSnapshot(snapshot);
  const placement = newSheetPlacement(snapshot, name);
  const source: MatrixSource = {
    sheet: name,
    title: "Riskmatris",
    likelihoodCol: 1,
    consequenceCol: 2,
    firstRow: 1,
    lastRow: steps.length,
  };
  book.apply(matrixEdits(scale, [source], placement), "Skriv riskmatris");
  computeFormulas(book);
  const counts: number[][] = [];
  for (let r = 0; r < scale.size; r += 1) {
    const row: number[] = [];
    for (let c = 0; c < scale.size; c += 1) row.push(book.cell(placement.sheet, 2 + r, 1 + c).value as number);
    counts.push(row);
  }
  return counts;
}

describe("the written risk matrix", () => {
  test("a sheet name with spaces and an apostrophe is quoted in the COUNTIFS", () => {
    const source: MatrixSource = {
      sheet: "Kim's plan 2020",
      title: "",
      likelihoodCol: 3,
      consequenceCol: 4,
      firstRow: 4,
      lastRow: 20,
    };
    expect(countFormula(source, { sheet: "Riskmatris", top: 0, left: 0, newSheet: true }, 3, 2)).toBe(
      "=COUNTIFS('Kim''s plan 2020'!$D$5:$D$21,3,'Kim''s plan 2020'!$E$5:$E$21,2)"
    );
  });

  test("axis labels, colours with readable text, a note naming the columns, widths on the new sheet", () => {
    const scale = startingScale(3);
    scale.levels[3].color = "#7F0000";
    const snapshot = makeWorkbook(register("Plan", [[1, 1]]));
    const placement = newSheetPlacement(snapshot, "Plan");
    const source: MatrixSource = {
      sheet: "Plan",
      title: "Riskmatris – Plan",
      likelihoodCol: 1,
      consequenceCol: 2,
      firstRow: 1,
      lastRow: 1,
    };
    const edits = matrixEdits(scale, [source], placement);
    expect(edits[0]).toEqual({ op: "addSheet", sheet: "Riskmatris Plan", activate: true });
    const cells = edits.filter((e) => e.op === "cell");
    const at = (row: number, col: number) => cells.find((e) => e.row === row && e.col === col);
    expect(at(1, 1)).toMatchObject({ value: "1 Konsekvens 1", font: { bold: true } });
    expect(at(2, 0)).toMatchObject({ value: "3 Sannolikhet 3" });
    expect(at(4, 0)).toMatchObject({ value: "1 Sannolikhet 1" });
    const top = at(2, 3);
    const level = scale.levels[scale.cellLevels[2][2]];
    expect(top).toMatchObject({ fill: level.color, font: { color: contrastText(level.color) } });
    expect(contrastText("#7F0000")).toBe("#FFFFFF");
    expect(contrastText("#FFEB84")).toBe("#000000");
    expect(at(5, 0)?.value).toBe(
      "Antal risker per ruta, räknat med ANTAL.OMF (COUNTIFS) ur kolumnerna B och C på bladet ”Plan”, rad 2–2."
    );
    expect(edits.filter((e) => e.op === "columnWidth")).toHaveLength(4);
  });

  test("a new sheet never takes an existing name", () => {
    const snapshot = makeWorkbook(register("Plan", [[1, 1]]), makeSheet("Riskmatris Plan", [["x"]]));
    expect(newSheetPlacement(snapshot, "Plan").sheet).toBe("Riskmatris Plan (2)");
  });

  test("beside the plan or after the used range only while the matrices end by XFD", () => {
    const size = { rows: 7, cols: 5 };
    expect(LAST_COLUMN).toBe(16383);
    expect(besidePlacement("Plan", 2, 11, size)).toEqual({ sheet: "Plan", top: 2, left: 13, newSheet: false });
    // Left at XFD − 4: the fifth column is XFD itself.
    expect(besidePlacement("Plan", 2, 16377, size)).toMatchObject({ left: 16379 });
    expect(besidePlacement("Plan", 2, 16378, size)).toBeNull();
    expect(besidePlacement("Plan", 0, 16383, size)).toBeNull();
    const near = makeSheet("Plan", [["Risk", "S", "K"]], { left: 16376 });
    expect(afterUsedPlacement(near, 0, { rows: 7, cols: 4 })).toMatchObject({ left: 16380 });
    expect(afterUsedPlacement(near, 0, size)).toBeNull();
  });

  test("occupied cells are listed, a new sheet has none", () => {
    const sheet = makeSheet("Plan", [["a", "", "b"], ["", "=1+1", ""]]);
    const size = { rows: 2, cols: 2 };
    expect(occupiedCells(sheet, { sheet: "Plan", top: 0, left: 1, newSheet: false }, size)).toEqual([
      { cell: "C1", content: "b" },
      { cell: "B2", content: "=1+1" },
    ]);
    expect(occupiedCells(sheet, { sheet: "New", top: 0, left: 0, newSheet: true }, size)).toEqual([]);
  });

  test("computed in a formula engine, the counts are the heat map's for any register", () => {
    const step = fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<CellValue> },
      { weight: 1, arbitrary: fc.constantFrom<CellValue>("", 0, 6, 2.5, "Hög", "3") }
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(step, step), { minLength: 1, maxLength: 30 }), (steps) => {
        const counts = writtenCounts("Risker", steps, RISK_SCALE_5X5);
        const [model] = riskSheetsOf(makeWorkbook(register("Risker", steps)), {
          ...DEFAULT_SETTINGS,
          riskScale: "5x5",
        });
        const expected = heatMap(model, 0).map((row) =>
          row.map((cell) => cell.entries.length)
        );
        // "3" written as text is counted by COUNTIFS as Excel does and read as 3 by the pane.
        expect(counts).toEqual(expected);
      }),
      { numRuns: 12 }
    );
  });
});
