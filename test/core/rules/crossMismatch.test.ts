import { makeWorkbook } from "../../support/sheets";
import { withCells } from "../../fixtures/edit";
import { findingsOf, fixFormula, where } from "../../fixtures/run";
import { driftTkr, resultatrakningTkr, seedWorkbook } from "../../fixtures/tables";

describe("cross.mismatch", () => {
  test("the resultaträkning's result equals the driftredovisning's total", () => {
    expect(findingsOf("cross.mismatch", makeWorkbook(resultatrakningTkr(), driftTkr()))).toEqual(
      []
    );
    // One avdelning's budget changed in the driftredovisning (its Summa follows by formula).
    const drift = withCells(driftTkr(), {
      B5: -14900,
      D5: { value: -14200 + 14900, formula: "=C5-B5" },
      B9: { value: -519300, formula: "=SUM(B4:B8)" },
      D9: { value: -521900 + 519300, formula: "=SUM(D4:D8)" },
    });
    const found = findingsOf("cross.mismatch", makeWorkbook(resultatrakningTkr(), drift));
    expect(found.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      "Resultaträkning!B12",
      "Resultaträkning!D12",
    ]);
    const [f] = found;
    expect(f.message).toBe(
      'Resultatet ska vara lika med driftredovisningens summa på bladet "Driftredovisning" (Driftredovisning!B9, Budget 2024: −519\u00a0300), men här står −518\u00a0300.'
    );
    expect(f.related).toEqual(["Driftredovisning!B9"]);
    expect(f.fix).toBeUndefined();
  });

  test("a detail sheet's Summa equals its row in the summary", () => {
    expect(findingsOf("cross.mismatch", seedWorkbook())).toEqual([]);
    const book = seedWorkbook();
    const investeringar = withCells(book.sheets[2], {
      C22: -30.0,
      C21: -30.8,
      C24: -411.7,
    });
    const workbook = {
      ...book,
      sheets: [book.sheets[0], book.sheets[1], investeringar, book.sheets[3]],
    };
    const found = findingsOf("cross.mismatch", workbook);
    expect(where(found)).toEqual(["cross.mismatch@C22"]);
    const [f] = found;
    expect(f.sheet).toBe("Investeringar");
    expect(f.rowLabel).toBe("IT investeringar");
    expect(f.expected).toBe(-28.7);
    expect(fixFormula(f)).toBe("='IT-investeringar'!C8");
    expect(f.fix?.label).toBe("Länka till 'IT-investeringar'!C8");
  });

  test("amounts in different units are compared after conversion", () => {
    const rrTkr = resultatrakningTkr();
    const driftMnkr = withCells(driftTkr(), {
      A1: "Driftredovisning per avdelning (mnkr)",
      B9: -518.3,
      C9: -521.9,
      D9: -3.6,
    });
    const found = findingsOf("cross.mismatch", makeWorkbook(rrTkr, driftMnkr));
    expect(found).toEqual([]);
  });

  test("with several driftredovisningar and none agreeing, nothing is guessed", () => {
    const other = withCells(driftTkr("Drift 2"), { B9: -1, C9: -1, D9: 0 });
    const third = withCells(driftTkr("Drift 3"), { B9: -2, C9: -2, D9: 0 });
    expect(findingsOf("cross.mismatch", makeWorkbook(resultatrakningTkr(), other, third))).toEqual(
      []
    );
  });
});
