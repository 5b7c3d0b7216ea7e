import {
  deviationPercent,
  parsePercentBase,
  percentChange,
  percentChangeProblem,
  percentChangeRatio,
} from "../../../src/core/calc/percent";

describe("percentChange: Excel's =till/från−1 with the base's own sign (domain.md §3)", () => {
  test("net cost −12 696 → −17 162 is +35 % on the old value (the cost grew)", () => {
    const result = percentChange(-12696, -17162);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toBeCloseTo(0.35176, 5);
  });

  test("Haninge's nämndplan divides by the new value: 16 718 → 23 424 is 29 %", () => {
    const result = percentChange(16718, 23424, "to");
    expect(result.ok && result.value).toBeCloseTo(0.28629, 5);
  });

  test("75 000 → 18 700 on the new value is −301 %", () => {
    const result = percentChange(75000, 18700, "to");
    expect(result.ok && result.value).toBeCloseTo(-3.0107, 4);
  });

  test("a zero base gives no percentage, on either base", () => {
    expect(percentChange(0, 500)).toEqual({ ok: false, reason: "zeroBase" });
    expect(percentChange(500, 0, "to")).toEqual({
      ok: false,
      reason: "zeroBase",
    });
    // Dividing by the old value, a new value of 0 is simply −100 %.
    expect(percentChange(500, 0)).toEqual({ ok: true, value: -1 });
  });

  test("old and new of different signs give no meaningful percentage", () => {
    expect(percentChange(-100, 50)).toEqual({
      ok: false,
      reason: "signChange",
    });
    expect(percentChangeProblem(100, -50, "to")).toBe("signChange");
  });

  test("the allocation-free pair agrees with percentChange", () => {
    expect(percentChangeProblem(-12696, -17162)).toBeNull();
    expect(percentChangeRatio(-12696, -17162)).toBe((-17162 + 12696) / -12696);
  });
});

describe("deviationPercent keeps the deviation's sign", () => {
  test("an underskott of 6 405 on a budget of −728 162 is −0,9 %", () => {
    const result = deviationPercent(-728162, -734567);
    expect(result.ok && result.value).toBeCloseTo(-0.0088, 4);
  });

  test("a favourable deviation on a cost budget is positive", () => {
    const result = deviationPercent(-1000, -900);
    expect(result.ok && result.value).toBeCloseTo(0.1, 10);
  });

  test("budget 0 gives no percentage", () => {
    expect(deviationPercent(0, 10)).toEqual({ ok: false, reason: "zeroBase" });
  });
});

describe("parsePercentBase", () => {
  test.each([
    ["", "from"],
    ["från", "from"],
    [" Från ", "from"],
    ["fran", "from"],
    ["gammal", "from"],
    ["old", "from"],
    ["till", "to"],
    ["TILL", "to"],
    ["ny", "to"],
    ["new", "to"],
  ])("%j → %s", (text, base) => {
    expect(parsePercentBase(text)).toBe(base);
  });

  test("anything else is no base", () => {
    expect(parsePercentBase("mitten")).toBeNull();
  });
});
