import { INVESTERINGAR_2020 } from "../../../src/samples/huddinge2020";
import { seedSheet } from "../../support/sheets";
import { withCells } from "../../fixtures/edit";
import { findingsOf, fixFormula, where } from "../../fixtures/run";
import {
  driftTkr,
  resultatrakningTkr,
  riskanalysSheet,
  seedWorkbook,
  varavSheet,
} from "../../fixtures/tables";

const seed = (name: string) => {
  const sheet = seedWorkbook().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(name);
  return sheet;
};

describe("sum.mismatch", () => {
  test("a skipped row is named, and the fix is the right SUM", () => {
    // Summa netto without Ekonomiavdelning (−51,1): −497,8 + 51,1.
    const sheet = withCells(seed("Driftbudget"), { B12: -446.7 });
    const found = findingsOf("sum.mismatch", sheet);
    expect(where(found)).toEqual(["sum.mismatch@B12"]);
    const [f] = found;
    expect(f.severity).toBe("error");
    expect(f.rowLabel).toBe("Summa netto");
    expect(f.columnHeader).toBe("Bokslut 2018");
    expect(f.message).toContain('"Ekonomiavdelning" (rad 6) verkar saknas i summan.');
    expect(f.message).toContain(
      "Summan är −446,7 men summan av raderna 4–11 är −497,9 (skillnad +51,2)."
    );
    expect(f.messageEn).toContain('"Ekonomiavdelning" (row 6) seems to be left out');
    expect(f.expected).toBeCloseTo(-497.9, 6);
    expect(f.actual).toBe(-446.7);
    expect(fixFormula(f)).toBe("=SUM(B4:B11)");
    expect(f.fix?.edits).toEqual([
      {
        op: "cell",
        sheet: "Driftbudget",
        row: 11,
        col: 1,
        formula: "=SUM(B4:B11)",
      },
    ]);
    expect(f.related).toEqual(["B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11"]);
  });

  test("a range that stops early, told from the total's formula", () => {
    const base = driftTkr();
    // =SUM(B4:B6) instead of =SUM(B4:B8): the value Excel shows with that formula.
    const sheet = withCells(base, {
      B9: { value: -13900 - 105300 - 56400, formula: "=SUM(B4:B6)" },
    });
    const [f] = findingsOf("sum.mismatch", sheet);
    expect(f.cell).toBe("B9");
    expect(f.message).toContain(
      "Formeln =SUM(B4:B6) slutar vid rad 6; raderna 7–8 kommer inte med."
    );
    expect(f.messageEn).toContain(
      "The formula =SUM(B4:B6) stops at row 6; rows 7–8 are not included."
    );
    expect(fixFormula(f)).toBe("=SUM(B4:B8)");
  });

  test("a range that stops early, told from the figures alone", () => {
    // IT-investeringar: Summa 2020 = only the first two projects.
    const sheet = withCells(seed("IT-investeringar"), { B8: -9.3 });
    const [f] = findingsOf("sum.mismatch", sheet);
    expect(f.cell).toBe("B8");
    expect(f.message).toContain("Summan verkar sluta vid rad 5; raderna 6–7 kommer inte med.");
  });

  test("a row counted twice", () => {
    const sheet = withCells(seed("IT-investeringar"), { C8: -28.7 - 22.5 });
    const [f] = findingsOf("sum.mismatch", sheet);
    expect(f.cell).toBe("C8");
    expect(f.message).toContain('"Fiber Skogås-Trångsund" (rad 7) verkar vara räknad två gånger.');
    expect(fixFormula(f)).toBe("=SUM(C4:C7)");
  });

  test("a subtotal's parts counted together with the subtotal", () => {
    const base = resultatrakningTkr();
    // Verksamhetens kostnader =SUM(B5:B10): Personalkostnader and Lön fördelad are already
    // in Personalkostnader, netto (row 7).
    const wrong = -563700 + (-286700 + 69200);
    const sheet = withCells(base, {
      B11: { value: wrong, formula: "=SUM(B5:B10)" },
      B12: { value: 45400 + wrong, formula: "=B4+B11" },
      D11: { value: -568900 - wrong, formula: "=C11-B11" },
      D12: { value: 47000 - 568900 - (45400 + wrong), formula: "=C12-B12" },
    });
    const found = findingsOf("sum.mismatch", sheet);
    const f = found.find((x) => x.cell === "B11");
    expect(f?.message).toContain(
      'Formeln =SUM(B5:B10) räknar också med "Personalkostnader" (rad 5) och "Lön fördelad mot investeringsprojekt" (rad 6), som redan ingår i en delsumma.'
    );
    expect(fixFormula(f)).toBe("=SUM(B7:B10)");
    // Budget, netto follows the wrong subtotal and still adds up; the subtotal's avvikelse does not.
    expect(where(found)).toEqual(["sum.mismatch@B11", "sum.mismatch@D11"]);
  });

  test("a subtotal above its parts that is wrong in one column", () => {
    const sheet = withCells(seedSheet("Investeringar", INVESTERINGAR_2020), {
      B4: -150.0,
    });
    const found = findingsOf("sum.mismatch", sheet);
    const f = found.find((x) => x.cell === "B4");
    expect(f?.rowLabel).toBe("Exploateringsprojekt");
    expect(fixFormula(f)).toBe("=SUM(B6:B10)");
    // Summa samhällsbyggnad = Exploateringsprojekt + Investeringsprojekt no longer holds either.
    const total = found.find((x) => x.cell === "B19");
    expect(fixFormula(total)).toBe("=B4+B12");
  });

  test("the resultaträkning chain: Verksamhetens kostnader", () => {
    const sheet = withCells(resultatrakningTkr(), { C11: -558900 });
    const f = findingsOf("sum.mismatch", sheet).find((x) => x.cell === "C11");
    expect(f?.message).toContain("summan av raderna 7–10 är −568\u00a0900");
    expect(fixFormula(f)).toBe("=SUM(C7:C10)");
  });

  test("a Varav parent that does not equal its details", () => {
    const sheet = withCells(varavSheet(), { B4: -55000 });
    const found = findingsOf("sum.mismatch", sheet);
    expect(where(found)).toEqual(["sum.mismatch@B4", "sum.mismatch@B12"]);
    expect(fixFormula(found[0])).toBe("=SUM(B6:B7)");
    expect(fixFormula(found[1])).toBe("=B4+B8");
  });

  test("numbers stored as text still count, and the fix converts them", () => {
    const textPart = withCells(seed("Driftbudget"), { B5: "−102,9" });
    expect(findingsOf("sum.mismatch", textPart)).toEqual([]);
    const wrongTotal = withCells(textPart, { B12: -400 });
    const [f] = findingsOf("sum.mismatch", wrongTotal);
    expect(f.cell).toBe("B12");
    expect(f.fix?.label).toBe("Skriv =SUM(B4:B11) och gör om delarna som är text till tal");
    expect(f.fix?.edits).toContainEqual(
      expect.objectContaining({ op: "cell", row: 4, col: 1, value: -102.9 })
    );
  });

  test("Nettorisk over the risk columns", () => {
    const sheet = withCells(riskanalysSheet(), { B8: -5.0 });
    const [f] = findingsOf("sum.mismatch", sheet);
    expect(f.cell).toBe("B8");
    expect(f.expected).toBeCloseTo(-7.0, 9);
    expect(fixFormula(f)).toBe("=B7+C7");
    expect(findingsOf("sum.mismatch", riskanalysSheet())).toEqual([]);
  });

  test("a grand total over subtotals that is wrong", () => {
    const sheet = withCells(seedSheet("Investeringar", INVESTERINGAR_2020), {
      D24: -100.0,
    });
    const [f] = findingsOf("sum.mismatch", sheet);
    expect(f.cell).toBe("D24");
    expect(fixFormula(f)).toBe("=D19+D21");
  });
});
