/**
 * Reading .xlsx files into the snapshot Office.js would give: values, formulas, formats,
 * recorded kind, hidden rows and columns, protection, cached and uncached results.
 */
import * as fs from "fs";
import * as path from "path";
import { InputError } from "../../src/cli/errors";
import { loadWorkbook } from "../../src/cli/input/loadWorkbook";
import { DRIFTBUDGET_2020 } from "../../src/samples/huddinge2020";
import { tempDir, seedFixture, writeWorkbook } from "./support/fixtures";

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function load(name: string, sheets: Parameters<typeof writeWorkbook>[1]) {
  const file = await writeWorkbook(path.join(dir, name), sheets);
  return loadWorkbook(file);
}

describe("loadWorkbook", () => {
  test("a seed table arrives as printed: used range, numbers, text, blanks, formats", async () => {
    const { snapshot, uncached } = await load("drift.xlsx", [
      seedFixture("Driftbudget", DRIFTBUDGET_2020),
    ]);
    const sheet = snapshot.sheets[0];
    expect(sheet.name).toBe("Driftbudget");
    expect([sheet.top, sheet.left]).toEqual([0, 0]);
    expect(sheet.values[0][0]).toBe("Driftbudget per verksamhet/ansvar (mnkr)");
    expect(sheet.values[1]).toEqual(["", "", "", ""]);
    expect(sheet.values[2]).toEqual([
      "",
      "Bokslut 2018",
      "Budget 2019",
      "Budget 2020",
    ]);
    expect(sheet.values[11]).toEqual(["Summa netto", -497.8, -511.3, -518.2]);
    expect(sheet.formulas[11]).toEqual(["Summa netto", -497.8, -511.3, -518.2]);
    expect(sheet.numberFormat[11]).toEqual([
      "General",
      "#,##0.0",
      "#,##0.0",
      "#,##0.0",
    ]);
    expect(sheet.numberFormat[1][2]).toBe("General");
    expect(uncached.size).toBe(0);
    expect(snapshot.activeSheet).toBe("Driftbudget");
  });

  test("a used range away from A1 keeps its offset", async () => {
    const { snapshot } = await load("offset.xlsx", [
      { name: "Blad", cells: [["Summa", 5]], origin: { row: 4, col: 3 } },
    ]);
    const sheet = snapshot.sheets[0];
    expect([sheet.top, sheet.left]).toEqual([3, 2]);
    expect(sheet.values).toEqual([["Summa", 5]]);
  });

  test("formulas carry '=' and their cached result; shared formulas are expanded", async () => {
    const { snapshot, uncached } = await load("formulas.xlsx", [
      {
        name: "F",
        cells: [
          [1, 2, { formula: "A1+B1", result: 3 }],
          [4, 5, { sharedFormula: "C1", result: 9 } as never],
          [0, 0, { formula: 'IF(A3=0,"",B3/A3)', result: "" }],
          [1, 1, { formula: "A4-B4", result: 0 }],
          [1, 0, { formula: "A5/B5", result: { error: "#DIV/0!" } }],
          [1, 2, { formula: "_xlfn.IFS(A6>0,B6)", result: 2 }],
        ],
      },
    ]);
    const sheet = snapshot.sheets[0];
    expect(sheet.values[0][2]).toBe(3);
    expect(sheet.formulas[0][2]).toBe("=A1+B1");
    expect(sheet.values[1][2]).toBe(9);
    expect(sheet.formulas[1][2]).toBe("=A2+B2");
    expect(sheet.values[2][2]).toBe("");
    expect(sheet.formulas[2][2]).toBe('=IF(A3=0,"",B3/A3)');
    expect(sheet.values[3][2]).toBe(0);
    expect(sheet.values[4][2]).toBe("#DIV/0!");
    expect(sheet.formulas[5][2]).toBe("=IFS(A6>0,B6)");
    // "" is a cached result (Excel saves <v></v>), not a missing one.
    expect(uncached.size).toBe(0);
  });

  test("a formula without a cached result is blank and listed, never guessed", async () => {
    const { snapshot, uncached } = await load("uncached.xlsx", [
      { name: "U", cells: [[1, 2, { formula: "A1+B1" } as never]] },
    ]);
    expect(snapshot.sheets[0].values[0][2]).toBe("");
    expect(snapshot.sheets[0].formulas[0][2]).toBe("=A1+B1");
    expect([...(uncached.get("U") ?? [])]).toEqual(["C1"]);
  });

  test("dates become serial numbers, rich text is flattened, booleans and errors kept", async () => {
    const { snapshot } = await load("odd.xlsx", [
      {
        name: "O",
        cells: [
          [
            new Date(Date.UTC(2020, 0, 1)),
            {
              richText: [
                { text: "Summa " },
                { text: "netto", font: { bold: true } },
              ],
            },
            true,
            { error: "#N/A" },
            "=SUMMA",
            "  45 725",
          ],
        ],
      },
    ]);
    expect(snapshot.sheets[0].values[0]).toEqual([
      43831,
      "Summa netto",
      true,
      "#N/A",
      "=SUMMA",
      "  45 725",
    ]);
  });

  test("recorded kind, hidden rows and columns, protection", async () => {
    const { snapshot } = await load("meta.xlsx", [
      { name: "Utan", cells: [["a", 1]] },
      {
        name: "Drift 2020",
        cells: [
          ["a", 1],
          ["b", 2],
          ["c", 3],
        ],
        kind: "driftredovisning",
        hiddenRows: [2],
        hiddenColumns: [2],
        protect: true,
      },
    ]);
    const [plain, drift] = snapshot.sheets;
    expect(plain.recordedKind).toBeUndefined();
    expect(plain.protected).toBeUndefined();
    expect(drift.recordedKind).toBe("driftredovisning");
    expect(drift.hiddenRows).toEqual([1]);
    expect(drift.hiddenColumns).toEqual([1]);
    expect(drift.protected).toBe(true);
  });

  test("an empty sheet next to a filled one is an empty snapshot", async () => {
    const { snapshot } = await load("partly.xlsx", [
      { name: "Tom", cells: [] },
      { name: "Full", cells: [["x", 1]] },
    ]);
    expect(snapshot.sheets[0]).toMatchObject({
      name: "Tom",
      values: [],
      formulas: [],
      numberFormat: [],
    });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Tom", "Full"]);
  });

  test("a sheet 16 384 columns wide is read whole; a used range of billions of cells is refused", async () => {
    const wide = await load("bred.xlsx", [
      {
        name: "Bred",
        cells: [["Summa", ...Array.from({ length: 16382 }, () => null), 7]],
      },
    ]);
    expect(wide.snapshot.sheets[0].values[0]).toHaveLength(16384);
    expect(wide.snapshot.sheets[0].values[0][16383]).toBe(7);

    const file = await writeWorkbook(path.join(dir, "vidsträckt.xlsx"), [
      { name: "Hörn", cells: [["a"]] },
    ]);
    const ExcelJS = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet("Hörn")!.getCell("XFD1048576").value = 1;
    await workbook.xlsx.writeFile(file);
    await expect(loadWorkbook(file)).rejects.toMatchObject({
      sv: 'bladet "Hörn" har ett för stort använt område (1048576 × 16384 celler)',
    });
  });

  test("a workbook without filled cells is refused as empty", async () => {
    const file = await writeWorkbook(path.join(dir, "empty.xlsx"), [
      { name: "Tom", cells: [] },
    ]);
    await expect(loadWorkbook(file)).rejects.toMatchObject({
      code: "emptyWorkbook",
      sv: expect.stringContaining("tom"),
    });
    await expect(loadWorkbook(file)).rejects.toBeInstanceOf(InputError);
  });
});
