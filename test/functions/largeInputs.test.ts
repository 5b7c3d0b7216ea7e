/**
 * Issue 12: ranges of 1 000 000 cells come back (no quadratic paths, no stack overflow from
 * spreading huge arrays), and a range above MAX_CELLS is refused at once with #NUM!.
 *
 * Speed is measured in bench/functions-b3.ts, not here: inside jest's vm context every lookup
 * of a global such as Number or CustomFunctions costs about a microsecond, so a million cells
 * take seconds here and tens of milliseconds in Node or Excel.
 */
import * as functions from "../../src/functions/functions";
import { MAX_CELLS } from "../../src/functions/args";
import { expectThrows } from "./helpers";

const SIDE = 1000; // 1 000 × 1 000 = 1 000 000 cells

function grid(
  fill: (r: number, c: number) => unknown,
  rows = SIDE,
  cols = SIDE,
): unknown[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => fill(r, c)),
  );
}

describe("1 000 000-cell ranges", () => {
  const budget = grid((r, c) => r * SIDE + c + 1);
  const outcome = grid((r, c) => (r * SIDE + c) * 1.1);

  /** Checks every 997th cell: reading all million back would cost more than the call. */
  function sampled(
    result: unknown[][],
    expected: (r: number, c: number) => unknown,
  ) {
    const cols = result[0].length;
    for (let i = 0; i < result.length * cols; i += 997) {
      const [r, c] = [Math.floor(i / cols), i % cols];
      expect(result[r][c]).toEqual(expected(r, c));
    }
  }

  test("avvikelse (the elementwise path most functions share)", () => {
    const result = functions.avvikelse(budget, outcome);
    expect(result).toHaveLength(SIDE);
    sampled(
      result,
      (r, c) => (outcome[r][c] as number) - (budget[r][c] as number),
    );
  });

  test("forandringProcent", () => {
    const result = functions.forandringProcent(budget, outcome);
    sampled(result, (r, c) => {
      const from = budget[r][c] as number;
      return ((outcome[r][c] as number) - from) / from;
    });
  });

  test("summakontroll, column by column", () => {
    const result = functions.summakontroll(budget, [budget[0]]);
    expect(result[0]).toHaveLength(SIDE);
    expect(result[0][0]).toBe(
      budget.reduce((s, row) => s + (row[0] as number), 0) - 1,
    );
  });

  test("maluppfyllelse on a million cells (the path of functions with many arguments)", () => {
    const steps = grid((r, c) => ((r + c) % 4) + 1);
    const statuses = functions.maluppfyllelse(steps, [["≤ 2"]]);
    expect(statuses[0][1]).toBe("Uppfyllt");
    expect(statuses[0][2]).toBe("Ej uppfyllt");
  });

  test("riskmatris over a register of a million rows, one column as Excel passes it", () => {
    const steps = grid((r) => (r % 4) + 1, 1_000_000, 1);
    expect(functions.riskmatris(steps, steps)[0][3]).toBe(250_000);
  });

  test(`a range above ${MAX_CELLS} cells is #NUM! at once`, () => {
    const huge = new Array(MAX_CELLS + 1).fill([1]);
    const started = Date.now();
    expectThrows(
      () => functions.avvikelse(huge, [[1]]),
      "#NUM!",
      /högst 2000000 celler/,
    );
    expectThrows(
      () => functions.riskmatris(huge, huge),
      "#NUM!",
      /Sannolikheter/,
    );
    expectThrows(() => functions.summakontroll(huge, [[1]]), "#NUM!", /Delar/);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
