/**
 * Issue 12: ranges of 1 000 000 cells come back (no quadratic paths, no stack overflow from
 * spreading huge arrays), and a range above MAX_CELLS is refused at once with #NUM!.
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

  test.each([
    [
      "avvikelse",
      (b: unknown[][], u: unknown[][]) => functions.avvikelse(b, u),
    ],
    [
      "avvikelseProcent",
      (b: unknown[][], u: unknown[][]) => functions.avvikelseProcent(b, u),
    ],
    [
      "forandring",
      (b: unknown[][], u: unknown[][]) => functions.forandring(b, u),
    ],
    [
      "forandringProcent",
      (b: unknown[][], u: unknown[][]) => functions.forandringProcent(b, u),
    ],
    ["periodbudget", (b: unknown[][]) => functions.periodbudget(b, [[4]])],
    ["tal", (b: unknown[][]) => functions.tal(b)],
    ["summakontroll", (b: unknown[][]) => functions.summakontroll(b, [b[0]])],
  ])("%s returns a full result", (_, run) => {
    const result = run(budget, outcome) as unknown[][];
    expect(result.length * result[0].length).toBeGreaterThanOrEqual(SIDE);
    expect(
      result.flat().every((c) => typeof c === "number" && Number.isFinite(c)),
    ).toBe(true);
  });

  test("riskvarde, riskniva and maluppfyllelse on a million-row register", () => {
    const steps = grid((r) => (r % 4) + 1, 1_000_000, 1);
    expect(functions.riskvarde(steps, steps)[999_999][0]).toBe(16);
    expect(functions.riskniva(steps, steps)[0][0]).toBe("Låg");
    expect(functions.riskmatris(steps, steps)[0][3]).toBe(250_000);
    const statuses = functions.maluppfyllelse(steps, [["≤ 2"]]);
    expect(statuses[1][0]).toBe("Uppfyllt");
    expect(statuses[2][0]).toBe("Ej uppfyllt");
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
