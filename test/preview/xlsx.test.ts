import JSZip from "jszip";
import { KIND_NAME } from "../../src/core/workbook";
import { createSampleWorkbook } from "../../src/preview/sample";
import { readXlsx, XlsxError } from "../../src/preview/xlsx/readXlsx";
import { writeXlsx } from "../../src/preview/xlsx/writeXlsx";

describe("xlsx round trip", () => {
  it("saves and reopens the sample with formulas, values, formats, layout and kinds", async () => {
    const book = createSampleWorkbook();
    book.apply(
      [{ op: "recordKind", sheet: "Driftbudget", kind: "driftredovisning" }],
      "typ",
    );
    const bytes = await writeXlsx(book);
    const zip = await JSZip.loadAsync(bytes);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain(
      `<definedName name="${KIND_NAME}" localSheetId="1">&quot;driftredovisning&quot;</definedName>`,
    );

    const { book: reopened, notes } = await readXlsx(bytes);
    expect(notes).toEqual([]);
    expect(reopened.sheetNames()).toEqual(book.sheetNames());
    const before = book.snapshot();
    const after = reopened.snapshot();
    for (let i = 0; i < before.sheets.length; i++) {
      const a = before.sheets[i];
      const b = after.sheets[i];
      expect([b.name, b.top, b.left]).toEqual([a.name, a.top, a.left]);
      expect(b.formulas).toEqual(a.formulas);
      expect(b.values).toEqual(a.values);
      expect(b.numberFormat).toEqual(a.numberFormat);
      expect(b.recordedKind).toEqual(a.recordedKind);
      const la = book.layout(a.name)!;
      const lb = reopened.layout(a.name)!;
      expect(lb.freeze).toEqual(la.freeze);
      expect([...lb.columnWidths].sort()).toEqual([...la.columnWidths].sort());
      expect(lb.validations.map((v) => v.rule)).toEqual(
        la.validations.map((v) => v.rule),
      );
      expect([...lb.styles].sort()).toEqual([...la.styles].sort());
      expect(lb.conditionalFills).toEqual(la.conditionalFills);
    }
    expect(reopened.kind("Driftbudget")).toBe("driftredovisning");
    expect(reopened.kind("Resultaträkning")).toBeNull();
  });

  it.each<[string, Uint8Array, RegExp]>([
    ["an empty file", new Uint8Array(), /tom/],
    [
      "an old or encrypted workbook",
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]),
      /lösenordsskyddad/,
    ],
    [
      "a text file",
      new TextEncoder().encode("Verksamhet;Budget\n"),
      /inte en .xlsx/,
    ],
    ["a damaged zip", new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), /skadad/],
  ])("refuses %s with a Swedish reason", async (_, bytes, reason) => {
    const error = await readXlsx(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxError);
    expect((error as XlsxError).message).toMatch(reason);
    expect((error as XlsxError).messageEn).toBeTruthy();
  });

  it("refuses a zip that holds no workbook", async () => {
    const zip = new JSZip();
    zip.file("hej.txt", "hej");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(readXlsx(bytes)).rejects.toThrow(/ingen Excel-arbetsbok/);
  });
});
