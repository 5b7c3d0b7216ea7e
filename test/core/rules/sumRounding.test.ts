import { findings, findingsOf, settingsWith, where } from "../../fixtures/run";
import { withCells } from "../../fixtures/edit";
import { seedWorkbook } from "../../fixtures/tables";
import { makeSheet } from "../../support/sheets";
import { DRIFTBUDGET_2020, seedTableCells } from "../../../src/samples/huddinge2020";

describe("sum.rounding", () => {
  test("the seed tables: every subtotal that differs from its printed parts by 0,1 is an info", () => {
    const found = findingsOf("sum.rounding", seedWorkbook());
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      "Resultaträkning!B11",
      "Resultaträkning!C11",
      "Resultaträkning!D12",
      "Driftbudget!B12",
      "Investeringar!B4",
      "Investeringar!B12",
      "Investeringar!D19",
      "IT-investeringar!B8",
      "IT-investeringar!D8",
    ]);
    const [first] = found;
    expect(first.severity).toBe("info");
    expect(first.message).toBe(
      "Avrundningsdifferens: summan är −595,8 och delarna (raderna 7–10) ger −595,9, skillnad +0,1. " +
        "Det ryms inom avrundningen av de tryckta beloppen."
    );
    expect(first.messageEn).toContain("Rounding difference");
    expect(first.expected).toBeCloseTo(-595.9, 9);
    expect(first.actual).toBe(-595.8);
  });

  test("with a tolerance of 0 the same differences are errors", () => {
    const all = findings(seedWorkbook(), settingsWith({ tolerance: 0 }));
    expect(all.filter((f) => f.rule === "sum.rounding")).toEqual([]);
    expect(all.filter((f) => f.rule === "sum.mismatch")).toHaveLength(9);
  });

  test("beyond ⌈n/2⌉ units it is an error, within it an info", () => {
    const drift = seedWorkbook().sheets[1];
    // Eight parts: up to 4 units (0,4 mnkr) is rounding.
    expect(where(findingsOf("sum.rounding", withCells(drift, { C12: -511.0 })))).toContain(
      "sum.rounding@C12"
    );
    expect(where(findingsOf("sum.mismatch", withCells(drift, { C12: -510.8 })))).toEqual([
      "sum.mismatch@C12",
    ]);
  });

  test("in General format the column's precision gives the unit: one decimal, so 0,5 off eight parts is an error", () => {
    // No cell has a format with decimals: the tolerance comes from the figures the column holds.
    const general = makeSheet("Driftbudget", seedTableCells(DRIFTBUDGET_2020));
    expect(general.numberFormat.flat().every((f) => f === "General")).toBe(true);
    expect(where(findingsOf("sum.rounding", withCells(general, { C12: -511.0 })))).toContain(
      "sum.rounding@C12"
    );
    expect(where(findingsOf("sum.mismatch", withCells(general, { C12: -510.8 })))).toEqual([
      "sum.mismatch@C12",
    ]);
  });
});
