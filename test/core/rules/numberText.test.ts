import { makeSheet } from "../../support/sheets";
import { withCells } from "../../fixtures/edit";
import { findings, findingsOf, where } from "../../fixtures/run";
import { seedWorkbook, uppfoljningSheet } from "../../fixtures/tables";

describe("number.text", () => {
  test("numbers pasted from a PDF as text: 45 725, −1 741, - 0,8", () => {
    const sheet = makeSheet(
      "Drift",
      [
        ["Driftredovisning, tkr", "", ""],
        ["", "Budget 2024", "Utfall 2024"],
        ["Kultur", "−45\u00a0725", -45000],
        ["Fritid", -1741, "−1 741"],
        ["Revision", "- 0,8", -1],
        ["Summa", -47466.8, -46742],
      ],
      { numberFormat: "#,##0" }
    );
    const found = findingsOf("number.text", sheet);
    expect(where(found)).toEqual(["number.text@B3", "number.text@C4", "number.text@B5"]);
    const [first] = found;
    expect(first.severity).toBe("error");
    expect(first.message).toBe(
      'Talet "−45\u00a0725" är lagrat som text, så Excel räknar inte med det i summor.'
    );
    expect(first.expected).toBe(-45725);
    // The cell gets the column's number format, so the number shows as its neighbours do.
    expect(first.fix?.edits).toEqual([
      {
        op: "cell",
        sheet: "Drift",
        row: 2,
        col: 1,
        value: -45725,
        numberFormat: "#,##0",
      },
    ]);
    expect(found[2].fix?.edits[0]).toMatchObject({ value: -0.8 });
    // The sums are checked with the text read as numbers: they add up.
    expect(findings(sheet).filter((f) => f.rule === "sum.mismatch")).toEqual([]);
  });

  test("the sum error behind a text number is still found", () => {
    const sheet = withCells(uppfoljningSheet("A"), {
      B6: "−45 725",
      B9: -600000,
    });
    const all = findings(sheet);
    expect(where(all.filter((f) => f.rule === "number.text"))).toEqual(["number.text@B6"]);
    expect(where(all.filter((f) => f.rule === "sum.mismatch"))).toContain("sum.mismatch@B9");
  });

  test("a decimal point by mistake and a number format for text cells", () => {
    const sheet = withCells(seedWorkbook().sheets[3], {
      B4: { value: "-4.8", numberFormat: "@" },
    });
    const [f] = findingsOf("number.text", sheet);
    expect(f.message).toContain("Det är dessutom skrivet med decimalpunkt i stället för komma.");
    expect(f.fix?.edits).toEqual([
      {
        op: "cell",
        sheet: "IT-investeringar",
        row: 3,
        col: 1,
        value: -4.8,
        numberFormat: "#,##0.0",
      },
    ]);
  });

  test("a percentage as text becomes a ratio in a percent format", () => {
    const sheet = makeSheet("Drift", [
      ["", "Budget 2023", "Budget 2024", "Förändring, %"],
      ["Fritid", -12696, -17162, "35%"],
      ["Kultur", -100, -120, "20%"],
    ]);
    const found = findingsOf("number.text", sheet);
    expect(found[0].fix?.edits[0]).toMatchObject({
      value: 0.35,
      numberFormat: "0%",
    });
  });
});
