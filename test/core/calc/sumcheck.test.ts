import { sumCheck, sumDifference } from "../../../src/core/calc/sumcheck";

describe("sumCheck: Σ parts − stated total", () => {
  test("0 when the total agrees (Huddinge 2020, mnkr)", () => {
    // Personalkostnader, netto = personalkostnader + lön fördelad mot investeringsprojekt.
    expect(sumCheck([-286.7, 69.2], -217.5)).toBe(0);
    // Driftbudget per verksamhet: Summa netto.
    expect(
      sumCheck(
        [-13.9, -105.3, -56.4, -32.6, -83.2, -148.9, -70.3, -7.6],
        -518.2,
      ),
    ).toBe(0);
  });

  test("a printed rounding difference shows, and a tolerance of one unit absorbs it", () => {
    // Resultaträkning, Bokslut 2018: Verksamhetens kostnader is printed −595,8; the parts add to −595,9.
    const parts = [-198.0, -24.4, -244.1, -129.4];
    expect(sumCheck(parts, -595.8)).toBeCloseTo(-0.1, 10);
    expect(sumCheck(parts, -595.8, 0.1)).toBe(0);
  });

  test("the difference when it does not; positive when the parts are larger", () => {
    expect(sumCheck([100, 200, 300], 500)).toBe(100);
    expect(sumCheck([100, 200], 301)).toBe(-1);
  });

  test("a tolerance absorbs rounding differences", () => {
    expect(sumCheck([10.4, 20.4], 31, 1)).toBe(0);
    expect(sumCheck([10, 20], 32, 1)).toBe(-2);
    expect(sumDifference(10.2, 10.1, 0.1)).toBe(0);
  });

  test("binary noise never shows as a difference", () => {
    expect(sumCheck([0.1, 0.2], 0.3)).toBe(0);
    expect(sumCheck([1e6 + 0.1, 0.2], 1e6 + 0.3)).toBe(0);
  });
});
