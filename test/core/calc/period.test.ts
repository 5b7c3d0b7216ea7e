import {
  isMonthCount,
  periodBudget,
  periodShare,
  profileProblem,
} from "../../../src/core/calc/period";

describe("period budget", () => {
  test("linear: the first four months are 4/12 of the year", () => {
    expect(periodShare(4)).toBeCloseTo(1 / 3, 12);
    expect(periodBudget(-728162, 4)).toBeCloseTo(-242720.667, 3);
    expect(periodBudget(1200, 12)).toBe(1200);
    expect(periodBudget(1200, 0)).toBe(0);
  });

  test("a seasonal profile weights the months", () => {
    // A school year: nothing in July.
    const weights = [1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1];
    expect(periodShare(6, weights)).toBeCloseTo(6 / 11, 12);
    expect(periodShare(7, weights)).toBeCloseTo(6 / 11, 12);
    expect(periodBudget(1100, 8, weights)).toBeCloseTo(700, 9);
    expect(periodBudget(1100, 12, weights)).toBe(1100);
  });

  test("months are whole numbers from 0 to 12", () => {
    expect(isMonthCount(0)).toBe(true);
    expect(isMonthCount(12)).toBe(true);
    expect(isMonthCount(13)).toBe(false);
    expect(isMonthCount(-1)).toBe(false);
    expect(isMonthCount(4.5)).toBe(false);
  });

  test("a profile has twelve non-negative weights that do not sum to 0", () => {
    expect(profileProblem(new Array(12).fill(1))).toBeNull();
    expect(profileProblem(new Array(11).fill(1))).toBe("length");
    expect(profileProblem([...new Array(11).fill(1), -1])).toBe("negative");
    expect(profileProblem(new Array(12).fill(0))).toBe("zeroSum");
    expect(profileProblem([...new Array(11).fill(1), Infinity])).toBe(
      "notFinite",
    );
  });
});
