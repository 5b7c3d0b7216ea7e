import { periodbudget } from "../../src/functions/functions";
import { expectKollError, expectThrows } from "./helpers";

describe("KOLL.PERIODBUDGET", () => {
  test("linear: jan–apr is 4/12 of the year", () => {
    expect(periodbudget([[-728162]], [[4]])[0][0]).toBeCloseTo(-242720.667, 3);
    expect(periodbudget([[1200], ["2 400"]], [[8]])).toEqual([[800], [1600]]);
    expect(periodbudget([[1200]], [[0]])).toEqual([[0]]);
    expect(periodbudget([[1200]], [[12]])).toEqual([[1200]]);
  });

  test("a 12-cell profile weights the months, as a row or a column", () => {
    const schoolYear = [[1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]];
    expect(periodbudget([[1100]], [[8]], schoolYear)[0][0]).toBeCloseTo(700, 9);
    const column = schoolYear[0].map((w) => [w]);
    expect(periodbudget([[1100]], [[6], [7]], column)).toEqual([[600], [600]]);
  });

  test("months must be whole numbers 0–12", () => {
    expectKollError(
      periodbudget([[1200]], [[4.5]])[0][0],
      "#NUM!",
      /heltal från 0 till 12, inte 4,5/,
    );
    expectKollError(periodbudget([[1200]], [[13]])[0][0], "#NUM!", /heltal/);
  });

  test("a profile must have twelve non-negative weights that do not sum to 0", () => {
    expectThrows(
      () => periodbudget([[1]], [[1]], [[1, 2, 3]]),
      "#VALUE!",
      /12 celler.*har 3/,
    );
    expectThrows(
      () => periodbudget([[1]], [[1]], [new Array(12).fill(0)]),
      "#DIV/0!",
      /summerar till 0/,
    );
    expectThrows(
      () => periodbudget([[1]], [[1]], [[...new Array(11).fill(1), -1]]),
      "#NUM!",
      /negativ/,
    );
    expectThrows(
      () => periodbudget([[1]], [[1]], [[...new Array(11).fill(1), "x y"]]),
      "#VALUE!",
      /Månad 12/,
    );
  });
});
