import { withCells } from "../../fixtures/edit";
import { findingsOf, fixFormula, where } from "../../fixtures/run";
import { resultatrakningTkr, seedWorkbook } from "../../fixtures/tables";

describe("formula.hardcoded", () => {
  test("a total typed as a constant in a sheet that computes with formulas", () => {
    const sheet = withCells(resultatrakningTkr(), { B11: -563700 });
    const found = findingsOf("formula.hardcoded", sheet);
    expect(where(found)).toEqual(["formula.hardcoded@B11"]);
    expect(found[0].severity).toBe("info");
    expect(found[0].message).toBe(
      "Summan är inskriven som ett fast tal. Med formeln =SUM(B7:B10) räknas den om när delarna ändras."
    );
    expect(fixFormula(found[0])).toBe("=SUM(B7:B10)");
  });

  test("an avvikelse typed as a constant", () => {
    const [f] = findingsOf("formula.hardcoded", withCells(resultatrakningTkr(), { D5: -3300 }));
    expect(f.cell).toBe("D5");
    expect(fixFormula(f)).toBe("=C5-B5");
  });

  test("a sheet of pasted values is not flagged cell by cell", () => {
    expect(findingsOf("formula.hardcoded", seedWorkbook())).toEqual([]);
    expect(findingsOf("formula.hardcoded", resultatrakningTkr())).toEqual([]);
  });
});
