import {
  explainSum,
  rowsOfSumFormula,
  sumFormula,
  sumToleranceUnits,
} from "../../../src/core/calc/sum";

describe("rounding tolerance", () => {
  test("one unit, up to ⌈n/2⌉ units for n parts; a number from the settings replaces it", () => {
    expect(sumToleranceUnits(1)).toBe(1);
    expect(sumToleranceUnits(2)).toBe(1);
    expect(sumToleranceUnits(5)).toBe(3);
    expect(sumToleranceUnits(8)).toBe(4);
    expect(sumToleranceUnits(8, 0)).toBe(0);
    expect(sumToleranceUnits(8, 2)).toBe(2);
  });
});

describe("why a total differs from its parts", () => {
  const parts = [10, 20, 30, 40, 50];
  test("a row left out", () => {
    expect(explainSum(130, parts, 0.5)).toEqual({
      kind: "leftOut",
      parts: [1],
    });
  });
  test("the last row left out is one row short", () => {
    expect(explainSum(100, parts, 0.5)).toEqual({
      kind: "leftOut",
      parts: [4],
    });
  });
  test("a range that stops early", () => {
    expect(explainSum(60, parts, 0.5)).toEqual({
      kind: "stopsEarly",
      count: 3,
    });
  });
  test("a range that starts late", () => {
    expect(explainSum(140, parts, 0.5)).toEqual({
      kind: "leftOut",
      parts: [0],
    });
    expect(explainSum(90, parts, 0.5)).toEqual({ kind: "startsLate", skip: 3 });
  });
  test("a row counted twice", () => {
    expect(explainSum(180, parts, 0.5)).toEqual({
      kind: "countedTwice",
      part: 2,
    });
  });
  test("two rows left out", () => {
    expect(explainSum(95, [10, 20, 30, 47, 55], 0.5)).toEqual({
      kind: "leftOut",
      parts: [1, 3],
    });
  });
  test("one of two equal rows left out", () => {
    expect(explainSum(57, [20, 30, 20, 7], 0.5)).toEqual({
      kind: "leftOutOneOf",
      parts: [0, 2],
    });
  });
  test("nothing simple explains it", () => {
    expect(explainSum(151.3, parts, 0.5)).toBeNull();
    expect(explainSum(150.2, parts, 0.5)).toBeNull();
  });
});

describe("sum formulas", () => {
  test("one range, single cells, several ranges, subtraction", () => {
    expect(sumFormula(1, [3, 4, 5, 6])).toBe("=SUM(B4:B7)");
    expect(sumFormula(1, [3])).toBe("=B4");
    expect(sumFormula(1, [3, 11])).toBe("=B4+B12");
    expect(sumFormula(1, [3, 4, 5, 9, 10, 11])).toBe("=SUM(B4:B6,B10:B12)");
    expect(sumFormula(2, [6, 7], [3])).toBe("=SUM(C7:C8)-C4");
  });
  test("a range may span rows with no number (headings, blanks)", () => {
    const noNumber = new Set([7]);
    expect(sumFormula(1, [5, 6, 8, 9], [], (r) => noNumber.has(r))).toBe("=SUM(B6:B10)");
    expect(sumFormula(1, [5, 6, 8, 9], [], () => false)).toBe("=SUM(B6:B7,B9:B10)");
  });
  test("reading the rows a formula sums", () => {
    expect(rowsOfSumFormula("=SUM(B4:B7)", 1)).toEqual({
      plus: [3, 4, 5, 6],
      minus: [],
    });
    expect(rowsOfSumFormula("=sum($B$4:$B$5)+B9-B2", 1)).toEqual({
      plus: [3, 4, 8],
      minus: [1],
    });
    expect(rowsOfSumFormula("=SUM(B4:B7,B9)", 1)).toEqual({
      plus: [3, 4, 5, 6, 8],
      minus: [],
    });
    expect(rowsOfSumFormula("=SUBTOTAL(9,B4:B7)", 1)).toEqual({ plus: [3, 4, 5, 6], minus: [] });
    expect(rowsOfSumFormula("=SUBTOTAL(1,B4:B7)", 1)).toBeNull();
    expect(rowsOfSumFormula("=SUM(C4:C7)", 1)).toBeNull();
    expect(rowsOfSumFormula("=AVERAGE(B4:B7)", 1)).toBeNull();
    expect(rowsOfSumFormula("=Blad2!B4+B5", 1)).toBeNull();
  });
});
