import { recognizeSheet } from "../../../src/core/layout";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { makeSheet } from "../../support/sheets";
import { withCells } from "../../fixtures/edit";
import { findings, findingsOf, fixFormula, settingsWith, where } from "../../fixtures/run";
import { uppfoljningSheet } from "../../fixtures/tables";

describe("deviation.mismatch", () => {
  test("convention A: Avvikelse = Prognos − Budget", () => {
    expect(findingsOf("deviation.mismatch", uppfoljningSheet("A"))).toEqual([]);
    // Kultur och fritid, helår: −46 000 − (−45 725) = −275.
    const sheet = withCells(uppfoljningSheet("A"), { D6: -300 });
    const found = findingsOf("deviation.mismatch", sheet);
    expect(where(found)).toEqual(["deviation.mismatch@D6"]);
    const [f] = found;
    expect(f.rowLabel).toBe("Kultur och fritid");
    expect(f.columnHeader).toBe("Avvikelse (Helår)");
    expect(f.expected).toBe(-275);
    expect(f.actual).toBe(-300);
    expect(f.message).toBe(
      "Avvikelsen ska vara −275 (Prognos (Helår) − Budget (Helår): −46\u00a0000 och −45\u00a0725) men cellen visar −300."
    );
    expect(fixFormula(f)).toBe("=C6-B6");
    expect(f.related).toEqual(["B6", "C6"]);
  });

  test("a reversed sign is said so", () => {
    const [f] = findingsOf("deviation.mismatch", withCells(uppfoljningSheet("A"), { G6: 258 }));
    expect(f.cell).toBe("G6");
    expect(f.message).toContain("Tecknet är omvänt.");
    expect(fixFormula(f)).toBe("=F6-E6");
  });

  test("the total row is checked too", () => {
    const found = findingsOf("deviation.mismatch", withCells(uppfoljningSheet("A"), { D9: -1500 }));
    expect(where(found)).toEqual(["deviation.mismatch@D9"]);
  });

  test("convention B: cost rows' Avvikelse = Budget − Prognos", () => {
    const sheet = uppfoljningSheet("B");
    expect(findingsOf("deviation.mismatch", sheet)).toEqual([]);
    // Written the convention-A way (prognos − budget) on one row.
    const [f] = findingsOf("deviation.mismatch", withCells(sheet, { D6: 275 }));
    expect(f.cell).toBe("D6");
    expect(f.expected).toBe(-275);
    expect(f.message).toContain(
      "Budget (Helår) − Prognos (Helår), eftersom kostnader har positivt tecken"
    );
    expect(fixFormula(f)).toBe("=B6-C6");
  });

  test("convention B with income printed positive: income rows keep Utfall − Budget", () => {
    const sheet = makeSheet("RR", [
      ["Resultaträkning (tkr)", "", "", ""],
      ["", "Budget", "Utfall", "Avvikelse"],
      ["Verksamhetens intäkter", 1000, 1200, 200],
      ["Personalkostnader", 3000, 3100, -100],
      ["Lokalkostnader", 800, 750, 50],
      ["Övriga kostnader", 1200, 1250, -50],
    ]);
    expect(findingsOf("deviation.mismatch", sheet)).toEqual([]);
    const [f] = findingsOf("deviation.mismatch", withCells(sheet, { D3: -200 }));
    expect(f.cell).toBe("D3");
    expect(fixFormula(f)).toBe("=C3-B3");
  });

  test("an Avvikelse that compares something else than budget and outcome is not judged", () => {
    // "Avvikelse mot föregående år": Utfall 2024 − Utfall 2023, not Utfall − Budget.
    const sheet = makeSheet("Drift", [
      ["", "Utfall 2023", "Budget 2024", "Utfall 2024", "Avvikelse mot föregående år"],
      ["Fritid", -100, -110, -120, -20],
      ["Kultur", -50, -45, -40, 10],
      ["Skola", -400, -420, -410, -10],
      ["Summa", -550, -575, -570, -20],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.columns[4]).toMatchObject({ role: "avvikelse", pairedBy: "position" });
    expect(findingsOf("deviation.mismatch", sheet)).toEqual([]);
    expect(findingsOf("value.missing", withCells(sheet, { E3: "" }))).toEqual([]);
  });

  test("an Avvikelse paired by position is judged once most rows confirm the pairing", () => {
    const sheet = makeSheet("Drift", [
      ["", "Bokslut 2023", "Budget", "Prognos", "Avvikelse"],
      ["Fritid", -100, -110, -120, -10],
      ["Kultur", -50, -45, -40, 5],
      ["Skola", -400, -420, -410, 10],
      ["Summa", -550, -575, -570, 5],
    ]);
    expect(recognizeSheet(sheet, DEFAULT_SETTINGS).columns[4].pairedBy).toBe("position");
    expect(where(findingsOf("deviation.mismatch", withCells(sheet, { E3: 50, E5: 50 })))).toEqual([
      "deviation.mismatch@E3",
      "deviation.mismatch@E5",
    ]);
  });

  test("costs positive but Avvikelse printed as Utfall − Budget: the column's own way is kept", () => {
    const sheet = makeSheet("Drift", [
      ["Driftredovisning, tkr", "", "", ""],
      ["", "Budget", "Utfall", "Avvikelse"],
      ["Personalkostnader", 3000, 3100, 100],
      ["Lokalkostnader", 800, 750, -50],
      ["Övriga kostnader", 1200, 1250, 50],
      ["Summa", 5000, 5100, 100],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.signConvention).toBe("B");
    expect(layout.columns[3].direction).toBe("toMinusFrom");
    const all = findings(sheet);
    expect(all.filter((f) => f.severity !== "info")).toEqual([]);
    const [f] = findingsOf("deviation.mismatch", withCells(sheet, { D4: 50 }));
    expect(f.cell).toBe("D4");
    expect(fixFormula(f)).toBe("=C4-B4");
  });

  test("the settings' sign convention overrides what the sheet suggests", () => {
    const found = findingsOf(
      "deviation.mismatch",
      uppfoljningSheet("A"),
      settingsWith({ signConvention: "B" })
    );
    expect(found.length).toBeGreaterThan(0);
    expect(fixFormula(found[0])).toBe("=B5-C5");
  });

  test("rounded figures: an avvikelse one unit off from the rounded parts is not an error", () => {
    // 10,04 → 10,0 and 10,16 → 10,2 print an avvikelse of 0,1 (0,12 rounded).
    const sheet = withCells(uppfoljningSheet("A"), {
      B5: { value: 10.0, numberFormat: "#,##0.0" },
      C5: { value: 10.2, numberFormat: "#,##0.0" },
      D5: { value: 0.1, numberFormat: "#,##0.0" },
    });
    expect(findingsOf("deviation.mismatch", sheet).filter((f) => f.cell === "D5")).toEqual([]);
  });
});
