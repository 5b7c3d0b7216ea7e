/**
 * KOLL.* computed by HyperFormula, as the preview shows them: values, spills, per-cell errors
 * with their Swedish messages, English aliases, and the same names and parameter counts as
 * the functions.json Excel reads.
 */
import path from "path";
import { DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  KOLL_FUNCTIONS,
  englishFormulaName,
  registerKollFunctions,
  swedishFormulaName,
} from "../../src/preview/kollPlugin";
import { installCustomFunctionsRuntime } from "../../src/preview/customFunctionsRuntime";

registerKollFunctions();

function sheet(rows: RawCellContent[][]): HyperFormula {
  return HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3" });
}

function value(hf: HyperFormula, a1: string) {
  const address = hf.simpleCellAddressFromString(a1, 0);
  if (!address) throw new Error(`bad address ${a1}`);
  return hf.getCellValue(address);
}

function expectError(cell: unknown, type: string, message: RegExp) {
  expect(cell).toBeInstanceOf(DetailedCellError);
  expect((cell as DetailedCellError).type).toBe(type);
  expect((cell as DetailedCellError).message).toMatch(message);
}

describe("KOLL.* in HyperFormula", () => {
  test("=KOLL.AVVIKELSE(A1:A3,B1:B3) spills utfall − budget down the column", () => {
    const hf = sheet([
      [-728162, -734567, "=KOLL.AVVIKELSE(A1:A3,B1:B3)"],
      [100, 120],
      ["−1 741", "45 725"],
    ]);
    expect(value(hf, "C1")).toBe(-6405);
    expect(value(hf, "C2")).toBe(20);
    expect(value(hf, "C3")).toBe(47466);
  });

  test("a single cell works against a range, and an empty cell counts as 0", () => {
    const hf = sheet([
      [100, 90, "=KOLL.AVVIKELSE(A1,B1:B2)"],
      [null, 110],
      [null, null, "=KOLL.AVVIKELSE(A3,B1)"],
    ]);
    expect(value(hf, "C1")).toBe(-10);
    expect(value(hf, "C2")).toBe(10);
    expect(value(hf, "C3")).toBe(90);
  });

  test("KOLL.FÖRÄNDRING.PROCENT with both bases, and per-cell errors with their messages", () => {
    const hf = sheet([
      [
        -12696,
        -17162,
        "=KOLL.FÖRÄNDRING.PROCENT(A1:A4,B1:B4)",
        '=KOLL.FÖRÄNDRING.PROCENT(A1,B1,"till")',
      ],
      [16718, 23424],
      [0, 50],
      [-100, 50],
      [16718, 23424, '=koll.förändring.procent(A5,B5,"ny")'],
    ]);
    expect(value(hf, "C1")).toBeCloseTo(0.35176, 5);
    expect(value(hf, "C2")).toBeCloseTo(0.40112, 5);
    expectError(value(hf, "C3"), "DIV_BY_ZERO", /Från är 0/);
    expectError(value(hf, "C4"), "NUM", /olika tecken/);
    expect(value(hf, "D1")).toBeCloseTo(0.26023, 5);
    expect(value(hf, "C5")).toBeCloseTo(0.28629, 5);
  });

  test("an error in an input cell passes through with its code", () => {
    const hf = sheet([
      ["=1/0", 5, "=KOLL.AVVIKELSE(A1:A2,B1:B2)"],
      [1, 2],
    ]);
    expectError(value(hf, "C1"), "DIV_BY_ZERO", /.*/);
    expect(value(hf, "C2")).toBe(1);
  });

  test("a whole-call error (shapes that differ) is an error with the Swedish message", () => {
    const hf = sheet([
      [1, 1, "=KOLL.AVVIKELSE(A1:A2,B1:B3)"],
      [2, 2],
      [3, 3],
    ]);
    expectError(value(hf, "C1"), "VALUE", /olika storlek/);
  });

  test("English names are aliases: KOLL.VARIANCE, KOLL.PCTCHANGE, KOLL.RISKVALUE", () => {
    const hf = sheet([
      [
        100,
        150,
        "=KOLL.VARIANCE(A1,B1)",
        "=KOLL.PCTCHANGE(A1,B1)",
        "=KOLL.RISKVALUE(3,4)",
      ],
    ]);
    expect(value(hf, "C1")).toBe(50);
    expect(value(hf, "D1")).toBeCloseTo(0.5, 12);
    expect(value(hf, "E1")).toBe(12);
    expect(hf.getCellFormula({ sheet: 0, row: 0, col: 3 })).toBe(
      "=KOLL.PCTCHANGE(A1,B1)",
    );
  });

  test("KOLL.RISKMATRIS spills a 4×4 or 5×5 matrix, highest sannolikhet on top", () => {
    const hf = sheet([
      [
        2,
        3,
        "R1",
        "=KOLL.RISKMATRIS(A1:A4,B1:B4)",
        null,
        null,
        null,
        "=KOLL.RISKMATRIS(A1:A4,B1:B4,C1:C4,5)",
      ],
      [4, 1, "R2"],
      [2, 3, "R4"],
      [1, 4, "R5"],
    ]);
    const counts = hf.getRangeValues({
      start: { sheet: 0, row: 0, col: 3 },
      end: { sheet: 0, row: 3, col: 6 },
    });
    expect(counts).toEqual([
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 2, 0],
      [0, 0, 0, 1],
    ]);
    const ids = hf.getRangeValues({
      start: { sheet: 0, row: 0, col: 7 },
      end: { sheet: 0, row: 4, col: 11 },
    });
    expect(ids[1][0]).toBe("R2");
    expect(ids[3][2]).toBe("R1, R4");
    expect(ids[4][3]).toBe("R5");
    expect(ids).toHaveLength(5);
  });

  test("KOLL.RISKMATRIS with the scale in a cell that changes the size says why it cannot spill", () => {
    const hf = sheet([[2, 3, 5, "=KOLL.RISKMATRIS(A1,B1,,C1)"]]);
    expectError(value(hf, "D1"), "VALUE", /skriv skalan som ett tal/);
  });

  test("KOLL.RISKNIVÅ with a level table in the sheet", () => {
    const hf = sheet([
      ["Gul", "Röd", "Röd", 3, 1, "=KOLL.RISKNIVÅ(D1:D2,E1:E2,A1:C3)"],
      ["Grön", "Gul", "Röd", 1, 3],
      ["Grön", "Grön", "Gul", 1, 1, "=KOLL.RISKNIVÅ(3,3)"],
    ]);
    expect(value(hf, "F1")).toBe("Gul");
    expect(value(hf, "F2")).toBe("Gul");
    expect(value(hf, "F3")).toBe("Hög");
  });

  test("KOLL.MÅLUPPFYLLELSE, KOLL.TAL, KOLL.PERIODBUDGET and KOLL.SUMMAKONTROLL", () => {
    const hf = sheet([
      [
        36,
        "≤38",
        "=KOLL.MÅLUPPFYLLELSE(A1:A3,B1:B3)",
        '=KOLL.TAL("8,5 %")',
        "=KOLL.PERIODBUDGET(1200,4)",
      ],
      [
        31,
        "Indikator",
        null,
        '=KOLL.TAL("8/19")',
        "=KOLL.SUMMAKONTROLL(A1:A3,100)",
      ],
      [null, "Öka", null, null, "=KOLL.SUMMAKONTROLL(A1:A3,67)"],
    ]);
    expect(value(hf, "C1")).toBe("Uppfyllt");
    expect(value(hf, "C2")).toBe("Ej bedömd");
    expect(value(hf, "C3")).toBe("Ej bedömd");
    expect(value(hf, "D1")).toBeCloseTo(0.085, 12);
    expectError(value(hf, "D2"), "VALUE", /rankning/);
    expect(value(hf, "E1")).toBe(400);
    expect(value(hf, "E2")).toBe(-33);
    expect(value(hf, "E3")).toBe(0);
  });

  test("KOLL.SUMMAKONTROLL with a total row spills per column", () => {
    const hf = sheet([
      [1, 2, 3],
      [4, 5, 6],
      [5, 7, 10],
      ["=KOLL.SUMMAKONTROLL(A1:C2,A3:C3)"],
    ]);
    expect(
      hf.getRangeValues({
        start: { sheet: 0, row: 3, col: 0 },
        end: { sheet: 0, row: 3, col: 2 },
      }),
    ).toEqual([[0, 0, -1]]);
  });

  test("the plugin's names and parameter counts are those of functions.json", async () => {
    const result = await generateCustomFunctionsMetadata(
      [path.resolve(__dirname, "../../src/functions/functions.ts")],
      true,
    );
    const metadata: Array<{
      id: string;
      name: string;
      parameters: Array<{ optional?: boolean }>;
    }> = JSON.parse(result.metadataJson).functions;
    expect(KOLL_FUNCTIONS.map((f) => f.id)).toEqual(metadata.map((f) => f.id));
    for (const fn of KOLL_FUNCTIONS) {
      const meta = metadata.find((m) => m.id === fn.id)!;
      expect(fn.name).toBe(meta.name);
      expect(fn.required).toBe(
        meta.parameters.filter((p) => !p.optional).length,
      );
      expect(fn.optional).toBe(
        meta.parameters.filter((p) => p.optional).length,
      );
    }
    const registered = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const fn of KOLL_FUNCTIONS) {
      expect(registered).toContain(swedishFormulaName(fn));
      expect(registered).toContain(englishFormulaName(fn));
    }
  }, 60000);
});

describe("the preview's CustomFunctions runtime", () => {
  test("defines Error and ErrorCode where no host did, and leaves a host's own alone", () => {
    const scope = globalThis as { CustomFunctions?: typeof CustomFunctions };
    const host = scope.CustomFunctions;
    try {
      delete scope.CustomFunctions;
      const runtime = installCustomFunctionsRuntime();
      expect(scope.CustomFunctions).toBe(runtime);
      const error = new runtime.Error(
        runtime.ErrorCode.divisionByZero,
        "Budget är 0.",
      );
      expect(error.code).toBe("#DIV/0!");
      expect(error.message).toBe("Budget är 0.");
      expect(runtime.ErrorCode.invalidValue).toBe("#VALUE!");
      expect(runtime.ErrorCode.notAvailable).toBe("#N/A");
      expect(runtime.ErrorCode.invalidNumber).toBe("#NUM!");
      expect(installCustomFunctionsRuntime()).toBe(runtime);
    } finally {
      scope.CustomFunctions = host;
    }
    expect(installCustomFunctionsRuntime()).toBe(host);
  });
});
