import {
  editText,
  generalNumber,
  showValue,
} from "../../src/preview/format/numberFormat";
import { parseInput } from "../../src/preview/input";

const NB = "\u00A0";
const M = "\u2212";

describe("showValue", () => {
  it.each<[number, string, string]>([
    [-1741, "#,##0", `${M}1${NB}741`],
    [45725, "#,##0;-#,##0", `45${NB}725`],
    [-45725, "#,##0;-#,##0", `${M}45${NB}725`],
    [-497.8, "#,##0.0", `${M}497,8`],
    [-0.04, "#,##0.0", "0,0"],
    [0.037, "0.0%", `3,7${NB}%`],
    [0.35, "0%", `35${NB}%`],
    [-3.0107, "0%", `${M}301${NB}%`],
    [1234567, "#,##0,", `1${NB}235`],
    [5, '0" st"', "5 st"],
    [0.5, "#.00", ",50"],
    [1.5, "0.##", "1,5"],
    [-497.8, "General", `${M}497,8`],
    [43830, "yyyy-mm-dd", "2019-12-31"],
  ])("%p with %p → %p", (value, format, text) => {
    expect(showValue(value, format).text).toBe(text);
  });

  it("aligns numbers right, text left, truth values and errors centred", () => {
    expect(showValue(1, "General").align).toBe("right");
    expect(showValue("Kommundirektör", "General").align).toBe("left");
    expect(showValue(true, "General")).toEqual({
      text: "SANT",
      align: "center",
    });
    expect(showValue({ error: "#DIV/0!", message: "" }, "0%")).toEqual({
      text: "#DIV/0!",
      align: "center",
    });
  });

  it("takes the colour a format asks for", () => {
    expect(showValue(-5, "#,##0;[Red]-#,##0")).toMatchObject({
      text: `${M}5`,
      color: "#C00000",
    });
  });

  it("writes General numbers like Excel", () => {
    expect(generalNumber(0.1 + 0.2)).toBe("0,3");
    expect(generalNumber(1 / 3)).toBe("0,3333333333");
    expect(generalNumber(123456789012)).toBe("1,23457E+11");
  });
});

describe("editText and parseInput", () => {
  const valid = (f: string) => !f.includes("(") || f.includes(")");

  it("round-trips what the formula bar shows", () => {
    for (const [value, format] of [
      [-1741.5, "#,##0.0"],
      [0.037, "0.0%"],
      [45725, "General"],
    ] as const) {
      const parsed = parseInput(editText(value, format, false), format, valid);
      expect(parsed).toEqual({ ok: true, edit: { value } });
    }
  });

  it("keeps text that looks like a number or formula as text", () => {
    expect(editText("45 725", "General", false)).toBe("45 725");
    expect(editText("=1+1", "General", true)).toBe("'=1+1");
    expect(parseInput("'=1+1", "General", valid)).toEqual({
      ok: true,
      edit: { value: "=1+1" },
    });
    expect(parseInput("'45 725", "General", valid)).toEqual({
      ok: true,
      edit: { value: "45 725" },
    });
  });

  it("reads Swedish numbers, percentages, truth values, formulas and text", () => {
    expect(parseInput(`${M}1${NB}741`, "General", valid)).toEqual({
      ok: true,
      edit: { value: -1741 },
    });
    expect(parseInput("3,7 %", "General", valid)).toEqual({
      ok: true,
      edit: { value: 0.037, numberFormat: "0.0%" },
    });
    expect(parseInput("35%", "0%", valid)).toEqual({
      ok: true,
      edit: { value: 0.35 },
    });
    expect(parseInput("sant", "General", valid)).toEqual({
      ok: true,
      edit: { value: true },
    });
    expect(parseInput("=SUM(B3:B9)", "General", valid)).toEqual({
      ok: true,
      edit: { formula: "=SUM(B3:B9)" },
    });
    expect(parseInput("Öka", "General", valid)).toEqual({
      ok: true,
      edit: { value: "Öka" },
    });
    expect(parseInput("", "General", valid)).toEqual({
      ok: true,
      edit: { value: null },
    });
    const bad = parseInput("=SUM(B3:B9", "General", valid);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toMatch(/kan inte tolkas/);
  });
});
