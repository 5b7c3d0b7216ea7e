import { avvikelse } from "../../src/functions/functions";

function expectError(fn: () => unknown, code: string, message: RegExp) {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(CustomFunctions.Error);
  expect((thrown as CustomFunctions.Error).code).toBe(code);
  expect((thrown as CustomFunctions.Error).message).toMatch(message);
}

describe("KOLL.AVVIKELSE", () => {
  test("utfall − budget for single cells", () => {
    expect(avvikelse([[-728162]], [[-734567]])).toEqual([[-6405]]);
    expect(avvikelse([[100]], [[120]])).toEqual([[20]]);
  });

  test("Swedish number text is read the Swedish way", () => {
    expect(avvikelse([["−1 741"]], [["45 725"]])).toEqual([[47466]]);
    expect(avvikelse([["- 0,8"]], [["1,2"]])).toEqual([[2]]);
  });

  test("an empty cell counts as 0", () => {
    expect(avvikelse([[""]], [[50]])).toEqual([[50]]);
    expect(avvikelse([[null]], [[null]])).toEqual([[0]]);
  });

  test("same-shaped ranges spill a same-shaped result", () => {
    expect(
      avvikelse(
        [
          [10, 20],
          [30, 40],
        ],
        [
          [11, 18],
          [30, "45"],
        ],
      ),
    ).toEqual([
      [1, -2],
      [0, 5],
    ]);
  });

  test("a single cell is used against every cell of a range, like Excel's own arithmetic", () => {
    expect(avvikelse([[100]], [[90], [110]])).toEqual([[-10], [10]]);
  });

  test("a non-number gives #VALUE! with a Swedish message, in its own cell", () => {
    const result = avvikelse([[10], ["abc"]], [[12], [5]]);
    expect(result[0][0]).toBe(2);
    const error = result[1][0] as CustomFunctions.Error;
    expect(error).toBeInstanceOf(CustomFunctions.Error);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/Budget.*inte ett tal/);
  });

  test("booleans are not numbers", () => {
    const [[cell]] = avvikelse([[true]], [[1]]);
    expect((cell as CustomFunctions.Error).code).toBe("#VALUE!");
    expect((cell as CustomFunctions.Error).message).toMatch(/sanningsvärde/);
  });

  test("ranges of different shapes give #VALUE! saying so", () => {
    expectError(
      () => avvikelse([[1], [2]], [[1], [2], [3]]),
      "#VALUE!",
      /olika storlek.*2×1.*3×1/,
    );
    expectError(
      () => avvikelse([[1, 2]], [[1], [2]]),
      "#VALUE!",
      /olika storlek/,
    );
  });

  test("an error value in a cell passes through as that error", () => {
    const [[cell]] = avvikelse([["#DIV/0!"]], [[1]]);
    expect((cell as CustomFunctions.Error).code).toBe("#DIV/0!");
  });
});
