import fc from "fast-check";
import {
  decimalsOfFormat,
  formatNumber,
  formatPercent,
  isPercentFormat,
  parseSwedishNumber,
  roundHalfAway,
  toNumber,
} from "../../src/core/numbers";

const NBSP = "\u00A0";
const THIN = "\u2009";
const NNBSP = "\u202F";
const MINUS = "\u2212";

function value(text: string): number {
  const parsed = parseSwedishNumber(text);
  if (!parsed.ok) throw new Error(`expected a number from ${JSON.stringify(text)}, got ${JSON.stringify(parsed)}`);
  return parsed.value;
}

describe("parseSwedishNumber: every form in domain.md §4", () => {
  test.each([
    ["45 725", 45725],
    [`45${NBSP}725`, 45725],
    [`45${THIN}725`, 45725],
    [`45${NNBSP}725`, 45725],
    ["1 234 567", 1234567],
    ["-1 741", -1741],
    [`${MINUS}1 741`, -1741],
    [`\u20131 741`, -1741],
    ["- 0,8", -0.8],
    [`${MINUS} 0,8`, -0.8],
    ["40,7", 40.7],
    ["0,0", 0],
    ["9400", 9400],
    ["+12", 12],
    ["  98,0  ", 98],
    ["-497,8", -497.8],
    [",5", 0.5],
    ["(1 234)", -1234],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
  ])("%j → %d", (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 10);
  });

  test.each([
    ["8,5 %", 0.085, 1],
    ["35%", 0.35, 0],
    ["-301%", -3.01, 0],
    [`${MINUS}301 %`, -3.01, 0],
    [`3,7${NBSP}%`, 0.037, 1],
    ["<1%", NaN, 0],
  ])("percent %j → %d", (text, expected, decimals) => {
    const parsed = parseSwedishNumber(text);
    if (Number.isNaN(expected)) {
      expect(parsed.ok).toBe(false);
      return;
    }
    expect(parsed).toMatchObject({ ok: true, percent: true, decimals });
    if (parsed.ok) expect(parsed.value).toBeCloseTo(expected, 12);
  });

  test("a decimal point is read but flagged", () => {
    expect(parseSwedishNumber("12.3")).toEqual({ ok: true, value: 12.3, percent: false, decimals: 1, decimalPoint: true });
    expect(parseSwedishNumber("12,3")).toMatchObject({ ok: true, value: 12.3, decimalPoint: false });
  });

  test("units after an amount are read", () => {
    expect(parseSwedishNumber("0 mnkr")).toMatchObject({ ok: true, value: 0, unit: "mnkr" });
    expect(parseSwedishNumber("11,9 mnkr")).toMatchObject({ ok: true, value: 11.9, unit: "mnkr" });
    expect(parseSwedishNumber("45 725 tkr")).toMatchObject({ ok: true, value: 45725, unit: "tkr" });
    expect(parseSwedishNumber("120 kr")).toMatchObject({ ok: true, value: 120, unit: "kr" });
  });

  test.each(["", "   ", "-", "..", "...", "\u2026", MINUS, "\u2013"])("%j means no value", (text) => {
    expect(parseSwedishNumber(text)).toEqual({ ok: false, missing: true });
  });

  test.each([
    ["8/19", /rankning/],
    ["abc", /inte ett tal/],
    ["index 49", /inte ett tal/],
    ["12 3", /tusental/],
    ["1 23 456", /tusental/],
    ["1,2,3", /inte ett tal|decimaltecken/],
    ["1e5", /exponent/],
    ["--5", /inte ett tal/],
    ["5-", /inte ett tal/],
    ["+", /utan siffror/],
    ["Öka", /inte ett tal/],
  ])("%j is rejected with a Swedish reason", (text, reason) => {
    const parsed = parseSwedishNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok && !parsed.missing) expect(parsed.reason).toMatch(reason);
    else throw new Error("expected a rejection, got missing");
  });

  test("never Number()'s mistakes: 1,5 is one and a half, 1 234 is a thousand", () => {
    expect(value("1,5")).toBe(1.5);
    expect(value("1 234")).toBe(1234);
  });
});

describe("toNumber", () => {
  test("numbers pass, text is parsed, the rest is null", () => {
    expect(toNumber(3)).toBe(3);
    expect(toNumber("−1 741")).toBe(-1741);
    expect(toNumber("")).toBeNull();
    expect(toNumber("-")).toBeNull();
    expect(toNumber(true)).toBeNull();
    expect(toNumber("#DIV/0!")).toBeNull();
    expect(toNumber(Number.NaN)).toBeNull();
    expect(toNumber(Infinity)).toBeNull();
    expect(toNumber(null)).toBeNull();
  });
});

describe("formatNumber and formatPercent", () => {
  test.each([
    [-1741, {}, `${MINUS}1${NBSP}741`],
    [45725, {}, `45${NBSP}725`],
    [1234567.891, { decimals: 2 }, `1${NBSP}234${NBSP}567,89`],
    [-0.8, { decimals: 1 }, `${MINUS}0,8`],
    [0, {}, "0"],
    [-0.4, {}, "0"],
    [999.5, {}, `1${NBSP}000`],
    [12, { signed: true }, "+12"],
    [-497.8, { decimals: 1, unit: "mnkr" }, `${MINUS}497,8${NBSP}mnkr`],
  ])("%d %j → %j", (n, options, expected) => {
    expect(formatNumber(n, options)).toBe(expected);
  });

  test("percentages", () => {
    expect(formatPercent(0.037)).toBe(`3,7${NBSP}%`);
    expect(formatPercent(0.35, 0)).toBe(`35${NBSP}%`);
    expect(formatPercent(-3.0107, 0)).toBe(`${MINUS}301${NBSP}%`);
    expect(formatPercent(0.3518)).toBe(`35,2${NBSP}%`);
  });

  test("non-finite numbers are shown as a dash, not NaN", () => {
    expect(formatNumber(Number.NaN)).toBe("–");
    expect(formatPercent(Infinity)).toBe("–");
  });

  test("round trip: what is formatted parses back to the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const x = n / 10 ** decimals;
        expect(value(formatNumber(x, { decimals }))).toBeCloseTo(x, decimals + 2);
      }),
    );
  });

  test("round trip: percentages", () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => {
        const ratio = n / 1000;
        expect(value(formatPercent(ratio))).toBeCloseTo(ratio, 6);
      }),
    );
  });

  test("parsing is total: any string gives a number, missing or a reason", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseSwedishNumber(s);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        else if (!parsed.missing) expect(parsed.reason.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("rounding and number formats", () => {
  test("half away from zero like Excel's ROUND", () => {
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-145.35, 1)).toBe(-145.4);
  });

  test.each([
    ["General", null],
    ["#,##0", 0],
    ["#,##0;-#,##0", 0],
    ["#,##0.0", 1],
    ["0%", 0],
    ["0.0%", 1],
    ["0.00", 2],
    ['#,##0 "tkr"', 0],
  ])("decimals of %j = %j", (format, decimals) => {
    expect(decimalsOfFormat(format)).toBe(decimals);
  });

  test("percent formats", () => {
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat('#,##0 "%"')).toBe(false);
    expect(isPercentFormat("#,##0")).toBe(false);
  });
});
