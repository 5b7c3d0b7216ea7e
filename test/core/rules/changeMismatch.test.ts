import { makeSheet } from "../../support/sheets";
import { withCells } from "../../fixtures/edit";
import { findingsOf, fixFormula, where } from "../../fixtures/run";
import { namndplanSheet } from "../../fixtures/tables";

describe("change.mismatch", () => {
  test("Förändring B 2023-B 2024 printed old − new (nämndplan)", () => {
    expect(findingsOf("change.mismatch", namndplanSheet())).toEqual([]);
    const [f] = findingsOf("change.mismatch", withCells(namndplanSheet(), { E4: 6706 }));
    expect(f.cell).toBe("E4");
    expect(f.expected).toBe(-6706);
    expect(f.message).toBe(
      "Förändringen ska vara −6\u00a0706 (Budget (B) 2023 − Budget 2024: 16\u00a0718 − 23\u00a0424) men cellen visar +6\u00a0706."
    );
    expect(fixFormula(f)).toBe("=B4-D4");
  });

  test("a Förändring printed new − old", () => {
    const sheet = makeSheet("Drift", [
      ["", "Budget 2023", "Budget 2024", "Förändring"],
      ["Fritid", -100, -120, -20],
      ["Kultur", -50, -40, 10],
      ["Skola", -400, -410, -10],
      ["Summa", -550, -570, -20],
    ]);
    expect(findingsOf("change.mismatch", sheet)).toEqual([]);
    const found = findingsOf("change.mismatch", withCells(sheet, { D3: -10 }));
    expect(where(found)).toEqual(["change.mismatch@D3"]);
    expect(fixFormula(found[0])).toBe("=C3-B3");
  });
});
