import { withCells } from "../../fixtures/edit";
import { findingsOf, fixFormula, where } from "../../fixtures/run";
import { seedWorkbook, uppfoljningSheet } from "../../fixtures/tables";

describe("value.missing", () => {
  test("an item left blank in a column that has values on the other rows", () => {
    const sheet = withCells(uppfoljningSheet("A"), { H6: "" });
    const found = findingsOf("value.missing", sheet);
    expect(where(found)).toEqual(["value.missing@H6"]);
    expect(found[0].message).toBe(
      "Cellen är tom, men kolumnen Utfall jan-apr föregående år (Jan-apr) har värden på de flesta andra rader."
    );
    expect(found[0].fix).toBeUndefined();
  });

  test("a blank Avvikelse comes with its formula", () => {
    const [f] = findingsOf("value.missing", withCells(uppfoljningSheet("A"), { D7: "" }));
    expect(f.cell).toBe("D7");
    expect(f.message).toBe("Avvikelsen saknas; den är −2\u00a0500.");
    expect(fixFormula(f)).toBe("=C7-B7");
  });

  test("a blank total comes with its SUM", () => {
    const [f] = findingsOf("value.missing", withCells(seedWorkbook().sheets[1], { C12: "" }));
    expect(f.cell).toBe("C12");
    expect(f.message).toBe("Summan saknas; delarna (raderna 4–11) ger −511,3.");
    expect(fixFormula(f)).toBe("=SUM(C4:C11)");
  });

  test("printed markers for no value (-, ..) are not blanks", () => {
    const sheet = withCells(uppfoljningSheet("A"), { H6: "-", H7: ".." });
    expect(findingsOf("value.missing", sheet)).toEqual([]);
  });
});
