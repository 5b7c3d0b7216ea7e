/**
 * A risk- och känslighetsanalys (domain.md §6): Summa risker per column and Nettorisk =
 * Σ positiv + Σ negativ are checked by sum.mismatch, the engine's rule for totals.
 */
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { validateWorkbook } from "../../../src/core/validate";
import { CellValue } from "../../../src/core/workbook";
import { makeSheet, makeWorkbook } from "../../support/sheets";

function analysis(summaPositive: number, netrisk: number) {
  const rows: CellValue[][] = [
    ["Risk- och känslighetsanalys (mnkr)"],
    ["Post", "Positiv risk", "Negativ risk"],
    ["Skatteintäkter", 5, -10],
    ["Generella statsbidrag", 2, -3],
    ["Personalkostnader", 1, -8],
    ["Summa risker", summaPositive, -21],
    ["Nettorisk", netrisk, ""],
  ];
  return makeSheet("Risk- och känslighetsanalys", rows, {
    numberFormat: "#,##0.0",
  });
}

/** The same posts with the negative risks printed as positive amounts (a layout seen in reports). */
function analysisPrintedPositive(netrisk: number) {
  const rows: CellValue[][] = [
    ["Risk- och känslighetsanalys (mnkr)"],
    ["Post", "Positiv risk", "Negativ risk"],
    ["Skatteintäkter", 5, 10],
    ["Generella statsbidrag", 2, 3],
    ["Personalkostnader", 1, 8],
    ["Summa risker", 8, 21],
    ["Nettorisk", netrisk, ""],
  ];
  return makeSheet("Risk- och känslighetsanalys", rows, {
    numberFormat: "#,##0.0",
  });
}

function findings(summaPositive: number, netrisk: number) {
  return findingsOn(analysis(summaPositive, netrisk));
}

function findingsOn(sheet: ReturnType<typeof analysis>) {
  const result = validateWorkbook(makeWorkbook(sheet), DEFAULT_SETTINGS);
  expect(result.sheets[0].kind).toBe("riskanalys");
  return result.sheets[0].findings;
}

describe("risk- och känslighetsanalys", () => {
  test("a consistent analysis has no findings", () => {
    expect(findings(8, -13)).toEqual([]);
  });

  test("Summa risker that is not the sum of the column", () => {
    const list = findings(9, -12);
    const summa = list.find((f) => f.cell === "B6");
    expect(summa).toMatchObject({
      rule: "sum.mismatch",
      severity: "error",
      expected: 8,
      actual: 9,
    });
    expect(summa?.fix?.edits[0]).toMatchObject({ formula: "=SUM(B3:B5)" });
  });

  test("Nettorisk that is not Σ positiv + Σ negativ", () => {
    const list = findings(8, -12);
    expect(list.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([
      ["sum.mismatch", "B7", -13, -12],
    ]);
  });

  test("the fix for a wrong Nettorisk adds the two Summa risker cells", () => {
    const [net] = findings(8, -12);
    expect(net.fix?.edits[0]).toMatchObject({ formula: "=B6+C6" });
  });

  test("negative risks printed as positive amounts: a Nettorisk that is the difference is accepted", () => {
    expect(findingsOn(analysisPrintedPositive(-13))).toEqual([]);
    const [net, ...rest] = findingsOn(analysisPrintedPositive(-12));
    expect(rest).toEqual([]);
    expect(net).toMatchObject({
      rule: "sum.mismatch",
      cell: "B7",
      expected: -13,
      actual: -12,
    });
    expect(net.fix?.edits[0]).toMatchObject({ formula: "=B6-C6" });
  });

  test("the internkontroll rules leave an analysis alone", () => {
    const rules = [...findings(9, -12), ...findings(8, 0)].map((f) => f.rule);
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((r) => r.startsWith("risk."))).toEqual([]);
  });
});
