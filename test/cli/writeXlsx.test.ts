/**
 * Edits → .xlsx: everything a template writes survives the trip into a file, and the file
 * reads back (through the CLI's own reader and through exceljs) as what the Edits said.
 */
import * as ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { loadWorkbook } from "../../src/cli/input/loadWorkbook";
import {
  TemplateWriteError,
  addKindNames,
  editsToXlsx,
} from "../../src/cli/template/writeXlsx";
import { Edit } from "../../src/core/workbook";
import { tempDir } from "./support/fixtures";

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const S = "Drift 2025";
const EDITS: Edit[] = [
  { op: "addSheet", sheet: "Först", activate: false },
  { op: "cell", sheet: "Först", row: 0, col: 0, value: "x" },
  { op: "addSheet", sheet: S, activate: true },
  { op: "recordKind", sheet: S, kind: "driftredovisning" },
  {
    op: "cell",
    sheet: S,
    row: 0,
    col: 0,
    value: "Driftredovisning (tkr)",
    font: { bold: true },
  },
  {
    op: "cell",
    sheet: S,
    row: 2,
    col: 1,
    value: "Budget 2025",
    fill: "#DDEBF7",
    font: { bold: true, color: "#1F4E78" },
    horizontalAlignment: "Center",
    wrapText: true,
  },
  { op: "cell", sheet: S, row: 3, col: 0, value: "=SUMMA" },
  { op: "cell", sheet: S, row: 4, col: 0, value: "-Övrigt" },
  {
    op: "cell",
    sheet: S,
    row: 3,
    col: 1,
    value: 100,
    numberFormat: "#,##0;-#,##0",
  },
  {
    op: "cell",
    sheet: S,
    row: 4,
    col: 1,
    value: -40,
    numberFormat: "#,##0;-#,##0",
  },
  {
    op: "cell",
    sheet: S,
    row: 5,
    col: 0,
    value: "Summa",
    font: { bold: true },
  },
  {
    op: "cell",
    sheet: S,
    row: 5,
    col: 1,
    formula: "=SUM(B4:B5)",
    numberFormat: "#,##0;-#,##0",
  },
  {
    op: "cell",
    sheet: S,
    row: 5,
    col: 2,
    formula: '=IF(B6=0,"",B6/B4)',
    numberFormat: "0%",
  },
  { op: "columnWidth", sheet: S, col: 0, width: 34 },
  { op: "freeze", sheet: S, rows: 3, cols: 1 },
  {
    op: "validation",
    range: { sheet: S, top: 3, left: 3, bottom: 20, right: 3 },
    rule: {
      type: "list",
      values: ["Klart", "Blir klart i år", "Ej klart i år"],
    },
    errorMessage: "Välj en status i listan.",
  },
  {
    op: "validation",
    range: { sheet: S, top: 3, left: 4, bottom: 20, right: 5 },
    rule: { type: "wholeNumber", min: 1, max: 4 },
  },
  {
    op: "conditionalFill",
    range: { sheet: S, top: 3, left: 3, bottom: 20, right: 3 },
    rules: [
      { equals: "Klart", fill: "#C6EFCE", fontColor: "#006100" },
      { equals: "Ej klart i år", fill: "#FFC7CE" },
    ],
  },
  {
    op: "conditionalFill",
    range: { sheet: S, top: 3, left: 5, bottom: 20, right: 5 },
    rules: [{ equals: "Hög", fill: "#FFC7CE" }],
  },
];

let file: string;
beforeAll(async () => {
  file = path.join(dir, "mall.xlsx");
  fs.writeFileSync(file, await editsToXlsx(EDITS));
});

test("the CLI's reader sees values, formulas, formats and the recorded kind", async () => {
  const { snapshot, uncached } = await loadWorkbook(file);
  expect(snapshot.sheets.map((s) => s.name)).toEqual(["Först", S]);
  expect(snapshot.activeSheet).toBe(S);
  const sheet = snapshot.sheets[1];
  expect(sheet.recordedKind).toBe("driftredovisning");
  expect(snapshot.sheets[0].recordedKind).toBeUndefined();
  expect(sheet.values[3].slice(0, 2)).toEqual(["=SUMMA", 100]);
  expect(sheet.values[4].slice(0, 2)).toEqual(["-Övrigt", -40]);
  expect(sheet.formulas[5].slice(0, 3)).toEqual([
    "Summa",
    "=SUM(B4:B5)",
    '=IF(B6=0,"",B6/B4)',
  ]);
  expect(sheet.numberFormat[3][1]).toBe("#,##0;-#,##0");
  expect(sheet.numberFormat[5][2]).toBe("0%");
  // Written without results: Excel computes them on opening, the CLI says so instead of guessing.
  expect([...(uncached.get(S) ?? [])].sort()).toEqual(["B6", "C6"]);
});

test("exceljs sees fills, fonts, alignment, widths, frozen panes and validations", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.getWorksheet(S)!;
  const header = ws.getCell("B3");
  expect(header.fill).toMatchObject({
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: "FFDDEBF7" },
  });
  expect(header.font).toMatchObject({
    bold: true,
    color: { argb: "FF1F4E78" },
  });
  expect(header.alignment).toMatchObject({
    horizontal: "center",
    wrapText: true,
  });
  expect(ws.getColumn(1).width).toBe(34);
  expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
  expect(ws.getCell("D4").dataValidation).toMatchObject({
    type: "list",
    formulae: ['"Klart,Blir klart i år,Ej klart i år"'],
    showErrorMessage: true,
    error: "Välj en status i listan.",
  });
  expect(ws.getCell("D21").dataValidation).toMatchObject({ type: "list" });
  expect(ws.getCell("F21").dataValidation).toMatchObject({
    type: "whole",
    formulae: [1, 4],
  });
  expect(ws.getCell("A4").type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell("A4").value).toBe("=SUMMA");
});

test("the file's XML: kind name per sheet, recalculation on load, text never a formula", async () => {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  expect(workbookXml).toContain(
    '<definedName name="Rapportkoll_typ" localSheetId="1">"driftredovisning"</definedName>',
  );
  expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  const sheetXml = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
  expect(sheetXml).not.toMatch(/<f>SUMMA/);
  expect(sheetXml).toMatch(/<conditionalFormatting sqref="D4:D21">/);
  expect(sheetXml).toContain("&quot;Klart&quot;");
  expect(sheetXml).toMatch(/<dataValidation type="list"[^>]*sqref="D4:D21"/);
});

test("defined names join an existing list and need a sheet list", () => {
  const kinds = new Map([["B", "investeringar" as const]]);
  const existing =
    '<workbook><sheets><sheet name="A" r:id="rId1"/><sheet name="B" r:id="rId2"/></sheets>' +
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">A!$A$1:$B$2</definedName></definedNames></workbook>';
  expect(addKindNames(existing, kinds)).toContain(
    '</definedName><definedName name="Rapportkoll_typ" localSheetId="1">"investeringar"</definedName></definedNames>',
  );
  expect(() => addKindNames("<workbook/>", kinds)).toThrow(TemplateWriteError);
});

test("a list that Excel cannot hold inline is refused with a Swedish reason", async () => {
  const edits: Edit[] = [
    { op: "addSheet", sheet: "A" },
    {
      op: "validation",
      range: { sheet: "A", top: 0, left: 0, bottom: 0, right: 0 },
      rule: { type: "list", values: ["a,b"] },
    },
  ];
  await expect(editsToXlsx(edits)).rejects.toMatchObject({
    sv: expect.stringContaining("komma"),
  });
  await expect(
    editsToXlsx([{ op: "cell", sheet: "Saknas", row: 0, col: 0, value: 1 }]),
  ).rejects.toMatchObject({ sv: 'bladet "Saknas" har inte skapats' });
});
