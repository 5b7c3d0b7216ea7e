import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PreviewPort } from "../../src/host/preview";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { readXlsx } from "../../src/preview/xlsx/readXlsx";
import { writeXlsx } from "../../src/preview/xlsx/writeXlsx";

const WE =
  "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";

/** An .xlsx as Excel saves it after the task pane stored settings: with the add-in's parts. */
async function excelFileWithSettings(settings: unknown): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Drift").getCell("A1").value = "Verksamhet";
  const zip = await JSZip.loadAsync(
    (await workbook.xlsx.writeBuffer()) as ArrayBuffer,
  );
  const value = JSON.stringify(settings)
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><we:webextension xmlns:we="${WE}" id="{5A1B2C3D-0000-4000-8000-000000000001}"><we:reference id="0d1e2f30-aaaa-4bbb-8ccc-123456789abc" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="rapportkoll.settings" value="${value}"/></we:properties><we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`,
  );
  zip.file(
    "xl/webextensions/taskpanes.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="0" width="350" row="1"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`,
  );
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`,
  );
  const rels = await zip.file("_rels/.rels")!.async("string");
  zip.file(
    "_rels/.rels",
    rels.replace(
      "</Relationships>",
      `<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`,
    ),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/><Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`,
    ),
  );
  return zip.generateAsync({ type: "uint8array" });
}

describe("settings in the add-in's part of an .xlsx", () => {
  it("reads what Excel stored and writes the pane's changes back", async () => {
    const file = await excelFileWithSettings({
      ...DEFAULT_SETTINGS,
      signConvention: "B",
      language: "en",
    });
    const opened = await readXlsx(file);
    const port = new PreviewPort(opened.book);
    expect(await port.loadSettings()).toMatchObject({
      signConvention: "B",
      language: "en",
    });

    await port.saveSettings({
      ...DEFAULT_SETTINGS,
      signConvention: "A",
      tolerance: 2,
    });
    const saved = await JSZip.loadAsync(
      await writeXlsx(opened.book, opened.addinParts),
    );
    expect(await saved.file("_rels/.rels")!.async("string")).toContain(
      "webextensiontaskpanes",
    );
    expect(await saved.file("[Content_Types].xml")!.async("string")).toContain(
      "/xl/webextensions/webextension1.xml",
    );
    const again = await readXlsx(
      await saved.generateAsync({ type: "uint8array" }),
    );
    expect(again.book.settings).toMatchObject({
      signConvention: "A",
      tolerance: 2,
    });
  });

  it("adds no part to a file that had none", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Drift").getCell("A1").value = 1;
    const opened = await readXlsx(
      new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
    );
    expect(opened.addinParts).toBeNull();
    await new PreviewPort(opened.book).saveSettings({
      ...DEFAULT_SETTINGS,
      signConvention: "B",
    });
    const saved = await JSZip.loadAsync(
      await writeXlsx(opened.book, opened.addinParts),
    );
    expect(
      Object.keys(saved.files).some((n) => n.includes("webextension")),
    ).toBe(false);
  });
});
