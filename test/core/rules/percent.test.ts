import { makeSheet } from "../../support/sheets";
import { withCells } from "../../fixtures/edit";
import { findingsOf, fixFormula, settingsWith, where } from "../../fixtures/run";
import { namndplanSheet, nettokostnadSheet } from "../../fixtures/tables";

describe("percent.mismatch", () => {
  test("base 'from': −12 696 → −17 162 is +35 %, at the cell's own rounding", () => {
    expect(findingsOf("percent.mismatch", nettokostnadSheet())).toEqual([]);
    // A "0%" cell showing 35 % is right for 0,3518, and so is a typed 0,35.
    expect(findingsOf("percent.mismatch", withCells(nettokostnadSheet(), { D5: 0.35 }))).toEqual(
      []
    );
    const [f] = findingsOf("percent.mismatch", withCells(nettokostnadSheet(), { D5: 0.3 }));
    expect(f.cell).toBe("D5");
    expect([f.expected, f.actual]).toEqual(["35\u00a0%", "30\u00a0%"]);
    expect(f.message).toBe(
      "Procenten ska vara 35\u00a0% (förändringen från −12\u00a0696 till −17\u00a0162 i förhållande till det gamla värdet) men cellen visar 30\u00a0%."
    );
    expect(fixFormula(f)).toBe('=IF(OR(C4=0,C4*D4<0),"",(D4-C4)/C4)');
  });

  test("a percentage written as text is read the Swedish way", () => {
    expect(findingsOf("percent.mismatch", withCells(nettokostnadSheet(), { D5: "35%" }))).toEqual(
      []
    );
    expect(
      where(findingsOf("percent.mismatch", withCells(nettokostnadSheet(), { D5: "36 %" })))
    ).toEqual(["percent.mismatch@D5"]);
  });

  test("base 'to' (Haninge): 16 718 → 23 424 is 29 %, 75 000 → 18 700 is −301 %", () => {
    const sheet = namndplanSheet();
    expect(findingsOf("percent.mismatch", sheet)).toEqual([]);
    // 40 % is the change over the old value: wrong where the sheet uses the new one.
    const [f] = findingsOf("percent.mismatch", withCells(sheet, { F4: 0.4 }));
    expect(f.cell).toBe("F4");
    expect(f.message).toContain("29\u00a0%");
    expect(f.message).toContain("i förhållande till det nya värdet");
    expect(fixFormula(f)).toBe('=IF(OR(D4=0,B4*D4<0),"",(D4-B4)/D4)');
    expect(where(findingsOf("percent.mismatch", withCells(sheet, { F5: -2.5 })))).toEqual([
      "percent.mismatch@F5",
    ]);
  });

  test("the settings' base overrides the sheet's", () => {
    const found = findingsOf(
      "percent.mismatch",
      namndplanSheet(),
      settingsWith({ percentBase: "from" })
    );
    expect(found.map((f) => f.cell)).toContain("F4");
  });

  test("percentages stored as points (35 rather than 35 %)", () => {
    const sheet = makeSheet("Drift", [
      ["", "Budget 2023", "Budget 2024", "Förändring, %"],
      ["Fritid", -12696, -17162, 35.2],
      ["Kultur", -100, -120, 20],
      ["Skola", -400, -410, 2.5],
    ]);
    expect(findingsOf("percent.mismatch", sheet)).toEqual([]);
    const [f] = findingsOf("percent.mismatch", withCells(sheet, { D3: 25 }));
    expect(f.cell).toBe("D3");
    expect(f.expected).toBe("20\u00a0%");
    expect(f.actual).toBe("25\u00a0%");
    expect(fixFormula(f)).toBe('=IF(OR(B3=0,B3*C3<0),"",(C3-B3)/B3*100)');
  });

  test("a percentage column of something else (a share) is not read as a change", () => {
    const sheet = makeSheet(
      "Drift",
      [
        ["", "Budget 2023", "Budget 2024", "Andel av nämnden, %"],
        ["Fritid", -12696, -17162, 0.1],
        ["Kultur", -100, -120, 0.25],
        ["Skola", -400, -410, 0.65],
      ],
      { numberFormat: "0%" }
    );
    expect(findingsOf("percent.mismatch", sheet)).toEqual([]);
    expect(findingsOf("percent.missing", withCells(sheet, { D3: "" }))).toEqual([]);
  });

  test("a percentage printed where the values change sign", () => {
    const sheet = withCells(nettokostnadSheet(), { C4: 500, C5: -1.04 });
    const found = findingsOf("percent.mismatch", sheet);
    const f = found.find((x) => x.cell === "C5");
    expect(f?.message).toContain("Värdena byter tecken");
    expect(f?.expected).toBeNull();
    expect(f?.fix?.edits).toEqual([
      { op: "cell", sheet: "Nettokostnad", row: 4, col: 2, value: null },
    ]);
  });

  test("Avvikelse i procent keeps the avvikelse's sign: −6 405 on −728 162 is −0,9 %", () => {
    const sheet = makeSheet(
      "Uppföljning",
      [
        ["", "Budget", "Utfall", "Avvikelse", "Avvikelse, %"],
        ["Nämnden", -728162, -734567, -6405, -0.0088],
        ["Revision", -1000, -900, 100, 0.1],
      ],
      {
        numberFormat: [
          [],
          ["General", "#,##0", "#,##0", "#,##0", "0.0%"],
          ["General", "#,##0", "#,##0", "#,##0", "0.0%"],
        ],
      }
    );
    expect(findingsOf("percent.mismatch", sheet)).toEqual([]);
    const [f] = findingsOf("percent.mismatch", withCells(sheet, { E2: 0.0088 }));
    expect(f.cell).toBe("E2");
    expect(f.message).toContain("−0,9\u00a0%");
    expect(fixFormula(f)).toBe('=IF(B2=0,"",(C2-B2)/ABS(B2))');
  });
});

describe("percent.missing", () => {
  test("a blank percentage whose base is not 0", () => {
    const [f] = findingsOf("percent.missing", withCells(namndplanSheet(), { F6: "" }));
    expect(f.cell).toBe("F6");
    expect(f.severity).toBe("warning");
    expect(f.message).toBe(
      "Procent saknas: förändringen från 120\u00a0000 till 126\u00a0000 i förhållande till det nya värdet är 5\u00a0%."
    );
    expect(fixFormula(f)).toBe('=IF(OR(D6=0,B6*D6<0),"",(D6-B6)/D6)');
  });

  test("a blank where no percentage can be computed is right", () => {
    // The first year has nothing to compare with; a zero base gives no percentage.
    expect(findingsOf("percent.missing", nettokostnadSheet())).toEqual([]);
    expect(
      findingsOf("percent.missing", withCells(nettokostnadSheet(), { B4: 0, C5: "" }))
    ).toEqual([]);
  });

  test("a row of Procentuell förändring missing a value", () => {
    expect(
      where(findingsOf("percent.missing", withCells(nettokostnadSheet(), { D5: "" })))
    ).toEqual(["percent.missing@D5"]);
  });
});

describe("percent.zero-base", () => {
  test("a percentage printed over a base of 0 should be blank", () => {
    const sheet = withCells(nettokostnadSheet(), { C4: 0, D5: 0 });
    const [f] = findingsOf("percent.zero-base", sheet);
    expect(f.cell).toBe("D5");
    expect(f.message).toBe(
      "Basen är 0 (C4), så ingen procent kan beräknas; cellen ska vara tom, inte 0\u00a0%."
    );
    expect(f.fix?.edits).toEqual([
      { op: "cell", sheet: "Nettokostnad", row: 4, col: 3, value: null },
    ]);
  });

  test("with base 'to' the new value is the base", () => {
    const sheet = withCells(namndplanSheet(), { D6: 0, F6: 0 });
    expect(where(findingsOf("percent.zero-base", sheet))).toEqual(["percent.zero-base@F6"]);
  });
});
