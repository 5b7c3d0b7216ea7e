/**
 * Whatever a host passes — numbers (NaN and ±Infinity too), Swedish and broken number text,
 * booleans, null, empty text, error values, bare values, ragged and deeply nested arrays — every
 * function returns its declared type (a rectangular 2-D array of finite numbers, text or
 * CustomFunctions.Error) or throws a CustomFunctions.Error. Nothing else.
 */
import fc from "fast-check";
import * as functions from "../../src/functions/functions";

type Check = (cell: unknown) => boolean;

const isFiniteNumber: Check = (cell) =>
  typeof cell === "number" && Number.isFinite(cell);
const isText: Check = (cell) => typeof cell === "string";
const statuses = new Set([
  "Uppfyllt",
  "Delvis uppfyllt",
  "Ej uppfyllt",
  "Ej bedömd",
]);

const catalogue: Array<{
  name: keyof typeof functions;
  arity: [number, number];
  cell: Check;
}> = [
  { name: "avvikelse", arity: [2, 2], cell: isFiniteNumber },
  { name: "avvikelseProcent", arity: [2, 2], cell: isFiniteNumber },
  { name: "forandring", arity: [2, 2], cell: isFiniteNumber },
  { name: "forandringProcent", arity: [2, 3], cell: isFiniteNumber },
  {
    name: "riskvarde",
    arity: [2, 3],
    cell: (c) => isFiniteNumber(c) || c === "",
  },
  {
    name: "riskniva",
    arity: [2, 3],
    cell: (c) => isText(c) || isFiniteNumber(c),
  },
  {
    name: "riskmatris",
    arity: [2, 4],
    cell: (c) => isText(c) || isFiniteNumber(c),
  },
  {
    name: "maluppfyllelse",
    arity: [2, 5],
    cell: (c) => statuses.has(c as string),
  },
  { name: "tal", arity: [1, 1], cell: isFiniteNumber },
  { name: "periodbudget", arity: [2, 3], cell: isFiniteNumber },
  { name: "summakontroll", arity: [2, 3], cell: isFiniteNumber },
];

const swedishText = fc.oneof(
  fc.constantFrom(
    "45 725",
    "−1 741",
    "- 0,8",
    "8,5 %",
    "-301%",
    "12.3",
    "..",
    "-",
    "8/19",
    "1 23",
  ),
  fc.constantFrom(
    "≤38",
    ">73,5",
    "<= 1,0%",
    "≥975 per år",
    "95 %",
    "index 49",
    "> Länssnitt",
  ),
  fc.constantFrom(
    "Öka",
    "Minska",
    "Behåll",
    "Indikator",
    "högre",
    "lägre",
    "från",
    "till",
    "5x5",
  ),
  fc.constantFrom("#DIV/0!", "#N/A", "#REF!", "=SUM(A1)", "\u00A0", "0 mnkr"),
  fc.string({ maxLength: 12 }),
);

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(),
  fc.integer({ min: -6, max: 14 }),
  fc.constantFrom(0, 4, 5, 12, -0, Number.MAX_VALUE, -Number.MAX_VALUE),
  swedishText,
  fc.boolean(),
  fc.constantFrom(null, undefined, ""),
  fc.constant({}),
  fc.constant(
    new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "x"),
  ),
);

/** Rectangular grids of a few shapes, ragged arrays, empty arrays and deeper nesting. */
const argument: fc.Arbitrary<unknown> = fc.oneof(
  cell,
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
    ),
  fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 }),
  fc.array(cell, { maxLength: 3 }),
  fc.array(fc.array(fc.array(cell, { maxLength: 2 }), { maxLength: 2 }), {
    maxLength: 2,
  }),
  fc.constantFrom([], [[]], [[[1]]]),
);

function isDeclaredResult(result: unknown, check: Check): boolean {
  if (!Array.isArray(result) || result.length === 0) return false;
  const width = Array.isArray(result[0]) ? result[0].length : 0;
  if (width === 0) return false;
  return result.every(
    (row) =>
      Array.isArray(row) &&
      row.length === width &&
      row.every((c) => c instanceof CustomFunctions.Error || check(c)),
  );
}

describe.each(catalogue)(
  "KOLL function $name under arbitrary input",
  ({ name, arity, cell: check }) => {
    test("returns its declared type or throws CustomFunctions.Error", () => {
      const fn = functions[name] as (...args: unknown[]) => unknown;
      fc.assert(
        fc.property(
          fc.array(argument, { minLength: arity[0], maxLength: arity[1] }),
          (args) => {
            let result: unknown;
            try {
              result = fn(...args);
            } catch (error) {
              return (
                error instanceof CustomFunctions.Error &&
                typeof error.message === "string"
              );
            }
            return isDeclaredResult(result, check);
          },
        ),
        { numRuns: 400 },
      );
    });
  },
);

describe("properties that say what the result means", () => {
  const step = fc.oneof(
    fc.integer({ min: 1, max: 4 }),
    fc.constantFrom(null, "", 0, 5, 2.5, "3"),
  );

  test("KOLL.RISKMATRIS: counts add up to the filled rows, or the call names a bad row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(step, step), { minLength: 1, maxLength: 30 }),
        (rows) => {
          const likelihoods = rows.map(([s]) => [s]);
          const consequences = rows.map(([, k]) => [k]);
          let matrix: unknown[][];
          try {
            matrix = functions.riskmatris(likelihoods, consequences);
          } catch (error) {
            return (
              error instanceof CustomFunctions.Error &&
              ["#NUM!", "#N/A"].includes(error.code) &&
              /rad \d+/.test(error.message ?? "")
            );
          }
          const filled = rows.filter(
            ([s, k]) => !(s === null || s === "") || !(k === null || k === ""),
          );
          const total = matrix
            .flat()
            .reduce((sum: number, c) => sum + (c as number), 0);
          return matrix.length === 4 && total === filled.length;
        },
      ),
      { numRuns: 300 },
    );
  });

  test("KOLL.SUMMAKONTROLL: a total that is the sum of its parts checks to 0", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), {
          minLength: 1,
          maxLength: 50,
        }),
        fc.integer({ min: 1, max: 3 }),
        (amounts, decimals) => {
          const parts = amounts.map((a) => [a / 10 ** decimals]);
          const total = amounts.reduce((s, a) => s + a, 0) / 10 ** decimals;
          return functions.summakontroll(parts, [[total]])[0][0] === 0;
        },
      ),
      { numRuns: 300 },
    );
  });

  test("KOLL.AVVIKELSE and KOLL.FÖRÄNDRING are outcome − budget on finite numbers", () => {
    const amount = fc.double({ min: -1e12, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(amount, amount, (b, u) => {
        return (
          functions.avvikelse([[b]], [[u]])[0][0] === u - b &&
          functions.forandring([[b]], [[u]])[0][0] === u - b
        );
      }),
    );
  });
});
