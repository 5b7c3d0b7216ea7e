import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import { createSampleWorkbook, sampleEdits } from "../../src/preview/sample";

describe("the sample workbook", () => {
  const book = createSampleWorkbook();
  const value = (sheet: string, a1: string) => {
    const col = a1.charCodeAt(0) - 65;
    return book.value(sheet, Number(a1.slice(1)) - 1, col);
  };

  it("holds the seed tables and the follow-up sheets", () => {
    expect(book.sheetNames()).toEqual([
      "Resultaträkning",
      "Driftbudget",
      "Driftredovisning T1",
      "Investeringar",
      "IT-investeringar",
      "Indikatorer",
      "Internkontroll",
    ]);
    expect(value("Resultaträkning", "D7")).toBeCloseTo(-217.5, 9);
    expect(value("Resultaträkning", "D11")).toBeCloseTo(-563.7, 9);
    expect(value("IT-investeringar", "B8")).toBeCloseTo(-31.8, 9);
    expect(value("Investeringar", "B22")).toBeCloseTo(-31.8, 9);
    expect(value("Internkontroll", "F5")).toBe("Hög");
  });

  it("computes no error except where a mistake is planted", () => {
    const errors: string[] = [];
    for (const sheet of book.snapshot().sheets)
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === "string" && v.startsWith("#"))
            errors.push(`${sheet.name}!${r + sheet.top},${c + sheet.left}`);
        }),
      );
    // The utfall pasted as text makes its avvikelse #VALUE!, and the column's Summa with it,
    // as in Excel.
    expect(errors).toEqual([
      "Driftredovisning T1!9,6",
      "Driftredovisning T1!12,6",
    ]);
  });

  it("plants the mistakes", () => {
    // The 2020 Summa netto skips the last verksamhet.
    expect(book.content("Driftbudget", 11, 3)).toBe("=SUM(D4:D10)");
    expect(value("Driftbudget", "E5")).toBe(0.019);
    expect(value("Driftredovisning T1", "D7")).toBe(-400);
    expect(value("Driftredovisning T1", "F10")).toBe("\u221245\u00A0725");
    expect(value("Internkontroll", "E4")).toBe(9);
  });

  it("is plain Edits that any port can apply", () => {
    const memory = new MemoryWorkbook();
    memory.apply(sampleEdits(), "Exempel");
    expect(memory.sheets.map((s) => s.name)).toEqual(book.sheetNames());
  });
});
