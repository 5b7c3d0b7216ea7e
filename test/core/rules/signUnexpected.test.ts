import { makeSheet } from "../../support/sheets";
import { withCells } from "../../fixtures/edit";
import { findingsOf, where } from "../../fixtures/run";
import { riskanalysSheet, seedWorkbook } from "../../fixtures/tables";

const rr = (rows: [string, number][]) =>
  makeSheet("RR", [["Resultaträkning (tkr)", ""], ["", "Budget 2024"], ...rows]);

describe("sign.unexpected", () => {
  test("convention A: a cost row with a positive amount, an income row with a negative one", () => {
    const sheet = rr([
      ["Verksamhetens intäkter", -40],
      ["Personalkostnader", -200],
      ["Lön fördelad mot investeringsprojekt", 50],
      ["Lokalkostnader", 30],
      ["Övriga kostnader", -100],
      ["Kapitalkostnad", -20],
    ]);
    const found = findingsOf("sign.unexpected", sheet);
    // Lön fördelad is positive by nature: it reduces the personnel cost.
    expect(where(found)).toEqual(["sign.unexpected@B3", "sign.unexpected@B6"]);
    expect(found[0].message).toBe(
      "Intäktsraden har ett negativt belopp (−40), men bladet redovisar intäkter som positiva och kostnader som negativa tal (konvention A)."
    );
    expect(found[1].message).toContain("Kostnadsraden har ett positivt belopp (30)");
    expect(found[1].severity).toBe("warning");
  });

  test("convention B: a cost row with a negative amount", () => {
    const sheet = rr([
      ["Intäkter", 40],
      ["Personalkostnader", 200],
      ["Lokalkostnader", 30],
      ["Övriga kostnader", -100],
      ["Kapitalkostnad", 20],
    ]);
    const found = findingsOf("sign.unexpected", sheet);
    expect(where(found)).toEqual(["sign.unexpected@B6"]);
    expect(found[0].message).toContain("kostnader som positiva tal (konvention B)");
  });

  test("the seed tables have no unexpected signs", () => {
    expect(findingsOf("sign.unexpected", seedWorkbook())).toEqual([]);
  });

  test("a positive risk printed negative", () => {
    const sheet = withCells(riskanalysSheet(), {
      B5: 2.0,
      B6: -1.5,
      B7: 5.5,
      B8: -8.0,
    });
    const found = findingsOf("sign.unexpected", sheet);
    expect(where(found)).toEqual(["sign.unexpected@B6"]);
    expect(found[0].message).toContain("En positiv risk med negativt belopp (−1,5)");
  });
});
