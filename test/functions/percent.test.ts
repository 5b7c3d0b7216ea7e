import {
  avvikelseProcent,
  forandring,
  forandringProcent,
} from "../../src/functions/functions";
import { expectKollError, expectThrows } from "./helpers";

describe("KOLL.AVVIKELSE.PROCENT", () => {
  test("(utfall − budget) / |budget| keeps the deviation's sign", () => {
    const [[cell]] = avvikelseProcent([[-728162]], [[-734567]]);
    expect(cell).toBeCloseTo(-0.0088, 4);
    expect(avvikelseProcent([[-1000]], [[-900]])[0][0]).toBeCloseTo(0.1, 12);
    expect(avvikelseProcent([["45 725"]], [["50 297,5"]])[0][0]).toBeCloseTo(
      0.1,
      12,
    );
  });

  test("budget 0 gives #DIV/0! with a message, in its own cell", () => {
    const result = avvikelseProcent([[100], [0], [""]], [[110], [5], [5]]);
    expect(result[0][0]).toBeCloseTo(0.1, 12);
    expectKollError(result[1][0], "#DIV/0!", /Budget är 0/);
    expectKollError(result[2][0], "#DIV/0!", /Budget är 0/);
  });

  test("ranges of different shapes are refused", () => {
    expectThrows(
      () => avvikelseProcent([[1], [2]], [[1, 2]]),
      "#VALUE!",
      /olika storlek/,
    );
  });
});

describe("KOLL.FÖRÄNDRING", () => {
  test("till − från, elementwise, empty as 0", () => {
    expect(
      forandring([[-511.3], [47.6]], [[-518.2], [45.4]])[0][0],
    ).toBeCloseTo(-6.9, 10);
    expect(forandring([[""]], [["−1 741"]])).toEqual([[-1741]]);
    expect(forandring([[10]], [[12], [8]])).toEqual([[2], [-2]]);
  });

  test("overflow is #NUM!, never Infinity", () => {
    expectKollError(
      forandring([[-1.7e308]], [[1.7e308]])[0][0],
      "#NUM!",
      /för stort/,
    );
  });
});

describe("KOLL.FÖRÄNDRING.PROCENT (domain.md §3)", () => {
  test("net cost −12 696 → −17 162 gives +0,3518 (the cost grew)", () => {
    expect(forandringProcent([[-12696]], [[-17162]])[0][0]).toBeCloseTo(
      0.35176,
      5,
    );
    expect(
      forandringProcent([["−12 696"]], [["−17 162"]], "från")[0][0],
    ).toBeCloseTo(0.35176, 5);
  });

  test('16 718 → 23 424 with base "till" gives 0,2863', () => {
    expect(forandringProcent([[16718]], [[23424]], "till")[0][0]).toBeCloseTo(
      0.28629,
      5,
    );
    expect(forandringProcent([[16718]], [[23424]], [["ny"]])[0][0]).toBeCloseTo(
      0.28629,
      5,
    );
    expect(forandringProcent([[16718]], [[23424]], "new")[0][0]).toBeCloseTo(
      0.28629,
      5,
    );
  });

  test('75 000 → 18 700 with base "till" gives −3,0107', () => {
    expect(forandringProcent([[75000]], [[18700]], "till")[0][0]).toBeCloseTo(
      -3.0107,
      4,
    );
  });

  test("the base names of old and new: gammal, old, från; omitted or blank is från", () => {
    for (const base of ["gammal", "old", "Från", "", null, undefined]) {
      expect(forandringProcent([[100]], [[150]], base)[0][0]).toBeCloseTo(
        0.5,
        12,
      );
    }
  });

  test("a zero base is #DIV/0! and different signs #NUM!, each with a message", () => {
    const result = forandringProcent([[0], [-100], [100]], [[50], [50], [0]]);
    expectKollError(result[0][0], "#DIV/0!", /Från är 0/);
    expectKollError(result[1][0], "#NUM!", /olika tecken/);
    expect(result[2][0]).toBe(-1);
    expectKollError(
      forandringProcent([[100]], [[0]], "till")[0][0],
      "#DIV/0!",
      /Till är 0/,
    );
  });

  test("a spill of many rows carries per-cell errors", () => {
    const result = forandringProcent([[100], [0], [200]], [[110], [5], [100]]);
    expect(result[0][0]).toBeCloseTo(0.1, 12);
    expectKollError(result[1][0], "#DIV/0!");
    expect(result[2][0]).toBeCloseTo(-0.5, 12);
  });

  test("an unknown base is #VALUE! naming the choices", () => {
    expectThrows(
      () => forandringProcent([[1]], [[2]], "mitten"),
      "#VALUE!",
      /"från".*"till"/,
    );
    expectThrows(() => forandringProcent([[1]], [[2]], 3), "#VALUE!", /text/);
    expectThrows(
      () => forandringProcent([[1]], [[2]], [["från", "till"]]),
      "#VALUE!",
      /cell/,
    );
  });
});
