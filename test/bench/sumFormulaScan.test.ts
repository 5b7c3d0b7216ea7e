/**
 * The regex-free scan of sum formulas (a fix for B1's cost, issue 11) gives exactly what the
 * pattern version gives, on formulas built from the pieces totals are made of and on ASCII noise.
 */
import fc from "fast-check";
import {
  rowsOfSumFormula,
  rowsOfSumFormulaAbove,
  rowsOfSumFormulaByPattern,
} from "../../src/core/calc/sum";
import {
  scanSumFormula,
  startsAtOrBelow,
} from "../../src/core/calc/sumFormulaScan";
import { columnLetter } from "../../src/core/workbook";

const COLUMNS = [0, 1, 2, 25, 26, 27, 701];

/** Formulas of mostly the right column's references, with the slips and oddities of real ones. */
function formulaFor(col: number): fc.Arbitrary<string> {
  const own = columnLetter(col);
  const letters = fc.oneof(
    { weight: 8, arbitrary: fc.constant(own) },
    { weight: 1, arbitrary: fc.constant(own.toLowerCase()) },
    {
      weight: 2,
      arbitrary: fc.constantFrom("A", "C", "AB", "ZZ", "ABC", "ABCD", ""),
    },
  );
  const row = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 40 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom("0", "007", "", "1e3", "4.5") },
  );
  const dollar = fc.constantFrom("", "", "$");
  const cell = fc.tuple(dollar, letters, dollar, row).map((p) => p.join(""));
  const ref = fc.oneof(
    { weight: 4, arbitrary: cell },
    { weight: 4, arbitrary: fc.tuple(cell, cell).map(([a, b]) => `${a}:${b}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom("Blad2!B4", `${own}4:`, `:${own}4`, "#REF!"),
    },
  );
  const refs = fc
    .array(ref, { minLength: 0, maxLength: 3 })
    .map((r) => r.join(","));
  const call = fc.oneof(
    refs.map((r) => `SUM(${r})`),
    refs.map((r) => `sum(${r})`),
    refs.map((r) => `SUBTOTAL(9,${r})`),
    refs.map((r) => `SUBTOTAL(109,${r})`),
    refs.map((r) => `SUBTOTAL(1,${r})`),
    refs.map((r) => `AVERAGE(${r})`),
    refs.map((r) => `SUM(${r}`),
  );
  const term = fc.oneof(ref, call);
  const space = fc.constantFrom("", "", " ", "\t", "\n", "\r", "\v", "\f");
  const sign = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom("+", "-") },
    { weight: 1, arbitrary: fc.constantFrom("", "++", "+-", "--") },
  );
  return fc
    .tuple(
      fc.constantFrom("=", "=", "", "=="),
      term,
      fc.array(fc.tuple(space, sign, space, term), { maxLength: 3 }),
      fc.constantFrom("", "", "+", " "),
    )
    .map(
      ([head, first, rest, tail]) =>
        head + first + rest.map((p) => p.join("")).join("") + tail,
    );
}
const sumLike = fc
  .constantFrom(...COLUMNS)
  .chain((col) => fc.tuple(fc.constant(col), formulaFor(col)));
const asciiNoise = fc.string({
  unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
  maxLength: 30,
});

/** Whether the two agree; counts the sums found, so that a run of nothing but nulls shows. */
let sums = 0;
const agree = (text: string, col: number) => {
  const expected = rowsOfSumFormulaByPattern(text, col);
  if (expected) sums += 1;
  expect(scanSumFormula(text, columnLetter(col))).toEqual(expected);
};

test("the scan and the pattern agree on sum-like formulas", () => {
  sums = 0;
  fc.assert(
    fc.property(sumLike, ([col, text]) => agree(text, col)),
    { numRuns: 5000 },
  );
  expect(sums).toBeGreaterThan(400);
});

test("the scan and the pattern agree on ASCII noise", () => {
  fc.assert(
    fc.property(asciiNoise, fc.constantFrom(0, 1, 27), (text, col) =>
      agree(text, col),
    ),
    { numRuns: 5000 },
  );
});

/** What recognition wants of a total at `row`: the pattern's rows, when all added rows are above. */
function above(text: string, col: number, row: number) {
  const parsed = rowsOfSumFormulaByPattern(text, col);
  return parsed && parsed.plus.every((r) => r < row) ? parsed : null;
}

test("only rows above: the scan stops early and still agrees", () => {
  let kept = 0;
  fc.assert(
    fc.property(
      sumLike,
      fc.integer({ min: 0, max: 45 }),
      ([col, text], row) => {
        const expected = above(text, col, row);
        if (expected) kept += 1;
        expect(scanSumFormula(text, columnLetter(col), row)).toEqual(expected);
        expect(rowsOfSumFormulaAbove(text, col, row)).toEqual(expected);
      },
    ),
    { numRuns: 5000 },
  );
  expect(kept).toBeGreaterThan(100);
  expect(rowsOfSumFormulaAbove("=SUM(B7:B16)", 1, 4)).toBeNull();
  expect(rowsOfSumFormulaAbove("=SUM(B4:B5)-B9", 1, 6)).toEqual({
    plus: [3, 4],
    minus: [8],
  });
  expect(rowsOfSumFormulaAbove("=SUM(B4:B5)\u00a0", 1, 5)).toEqual({
    plus: [3, 4],
    minus: [],
  });
  expect(rowsOfSumFormulaAbove("=SUM(B4:B5)\u00a0", 1, 4)).toBeNull();
});

test("formulas beyond ASCII go to the pattern version, which knows Unicode spaces", () => {
  expect(scanSumFormula("=SUM(B4:B5)\u00a0", "B")).toBeUndefined();
  expect(rowsOfSumFormula("=SUM(B4:B5)\u00a0", 1)).toEqual({
    plus: [3, 4],
    minus: [],
  });
  expect(rowsOfSumFormula("=ſum(b4:b5)", 1)).toEqual(
    rowsOfSumFormulaByPattern("=ſum(b4:b5)", 1),
  );
});

test("the cases totals are made of", () => {
  expect(rowsOfSumFormula("=SUM(B7:B16)", 1)).toEqual({
    plus: [6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    minus: [],
  });
  expect(rowsOfSumFormula("= sum($B$4:$B$5) + B9 - B2", 1)).toEqual({
    plus: [3, 4, 8],
    minus: [1],
  });
  expect(rowsOfSumFormula("=C7-B7", 2)).toBeNull();
  expect(rowsOfSumFormula("=AB3+AB5", 27)).toEqual({ plus: [2, 4], minus: [] });
});

test("a formula turned away by its first reference is no sum of the rows above, whatever follows", () => {
  const tail = fc.constantFrom("", "\u00a0", "ß", "\u2009+B3", ",ſ", ")");
  let turned = 0;
  fc.assert(
    fc.property(
      sumLike,
      tail,
      fc.integer({ min: 0, max: 45 }),
      ([col, text], extra, row) => {
        const formula = text + extra;
        if (!startsAtOrBelow(formula, row)) return;
        turned += 1;
        expect(above(formula, col, row)).toBeNull();
        expect(rowsOfSumFormulaAbove(formula, col, row)).toBeNull();
      },
    ),
    { numRuns: 5000 },
  );
  expect(turned).toBeGreaterThan(100);
  expect(startsAtOrBelow("=SUM(B7:B16)", 6)).toBe(true);
  expect(startsAtOrBelow("=SUM(B7:B16)", 7)).toBe(false);
  expect(startsAtOrBelow("=SUM(B7 9)", 6)).toBe(false);
  expect(startsAtOrBelow("=SUM($B$7:$B$16)", 6)).toBe(true);
  expect(startsAtOrBelow("=$C$7-$B$7", 6)).toBe(true);
  expect(startsAtOrBelow("=SUM($$B7:B16)", 6)).toBe(false);
  expect(startsAtOrBelow("=sum(B7:B16)", 6)).toBe(false);
});
