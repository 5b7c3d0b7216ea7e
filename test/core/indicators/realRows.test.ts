/**
 * The real rows of the Huddinge plan: recognised as indicator tables, read right, and checked
 * without a single error. The two warnings they give are real: the plan calls 30 → 35 chefer
 * "Oförändrad", and prints HME Totalt 2019 as index 78 while women have 80 and men 79.
 */
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { validateWorkbook } from "../../../src/core/validate";
import { analyzeSheet } from "../../../src/core/layout/registry";
import {
  indicatorFacts,
  indicatorTableOf,
} from "../../../src/core/layout/indicators";
import { SHEETS, realSheets } from "../../fixtures/indicators";

describe("real indicator rows", () => {
  const sheets = realSheets();
  const result = validateWorkbook({ sheets }, DEFAULT_SETTINGS);
  const findings = result.sheets.flatMap((s) => s.findings);

  test("every sheet is recognised as an indicator table", () => {
    expect(result.sheets.map((s) => s.kind)).toEqual(
      sheets.map(() => "indikatorer"),
    );
  });

  test("at least 60 indicators, 25 of them with breakdowns by gender or area", () => {
    let indicators = 0;
    let withBreakdown = 0;
    for (const sheet of sheets) {
      const analysed = analyzeSheet(sheet, DEFAULT_SETTINGS);
      const table = indicatorTableOf(analysed.layout, analysed.grid);
      for (const fact of indicatorFacts(
        analysed.grid,
        table,
        DEFAULT_SETTINGS,
      )) {
        if (fact.row.kind !== "indicator") continue;
        indicators += 1;
        if (fact.breakdowns.some((b) => Object.keys(b.parts).length > 0))
          withBreakdown += 1;
      }
    }
    expect(indicators).toBeGreaterThanOrEqual(60);
    expect(withBreakdown).toBeGreaterThanOrEqual(25);
  });

  test("no errors", () => {
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  test("exactly the two real inconsistencies of the published plan, as warnings", () => {
    expect(
      findings.map((f) => `${f.sheet}!${f.cell} ${f.rule} ${f.severity}`),
    ).toEqual([
      `${SHEETS.staff}!E6 trend.inconsistent warning`,
      `${SHEETS.staff}!D25 breakdown.inconsistent warning`,
    ]);
    const [chefer, hme] = findings;
    expect(chefer.rowLabel).toBe("Antal anställda chefer");
    expect(chefer.message).toBe(
      'Trenden är "Oförändrad" men utfallen har ändrats tydligt: 30 (2017) → 30 (2018) → 35 (2019).',
    );
    expect(chefer.messageEn).toContain("unchanged");
    expect(hme.rowLabel).toBe("Hållbart medarbetarengagemang (HME) - Totalt");
    expect(hme.columnHeader).toBe("07- 2019");
    expect(hme.message).toContain(
      "index 78 ligger utanför kvinnornas och männens värden (index 80 och index 79)",
    );
    expect(hme.related).toEqual(["D26", "D27"]);
  });
});
