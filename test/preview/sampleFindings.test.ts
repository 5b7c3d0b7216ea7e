import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { validateWorkbook } from "../../src/core/validate";
import { createSampleWorkbook } from "../../src/preview/sample";

/** The planted mistakes are what "Validera" is for: the engine must find each in the sample. */
describe("the sample workbook under the engine", () => {
  const result = validateWorkbook(
    createSampleWorkbook().snapshot(),
    DEFAULT_SETTINGS,
  );
  const errors = result.sheets.flatMap((s) =>
    s.findings
      .filter((f) => f.severity === "error")
      .map((f) => `${s.sheet}!${f.cell} ${f.rule}`),
  );

  it.each([
    ["the Summa that skips a row", "Driftbudget!D12 sum.mismatch"],
    [
      "the percentage typed with the wrong sign",
      "Driftbudget!E5 percent.mismatch",
    ],
    [
      "the avvikelse typed by hand",
      "Driftredovisning T1!D7 deviation.mismatch",
    ],
    ["the number stored as text", "Driftredovisning T1!F10 number.text"],
  ])("finds %s", (_, expected) => {
    expect(errors).toContain(expected);
  });

  it("recognises the money sheets", () => {
    expect(result.sheets.map((s) => s.kind).slice(0, 5)).toEqual([
      "resultatrakning",
      "driftredovisning",
      "driftredovisning",
      "investeringar",
      "investeringar",
    ]);
  });
});
