import { CellEdit, Edit, KIND_NAME } from "../../src/core/workbook";
import { ExcelPort } from "../../src/host/excel";
import { PortError } from "../../src/host/port";
import { DEFAULT_WIDTH_POINTS, FakeExcel } from "./excelFake";

function fillSheet(
  excel: FakeExcel,
  sheet: string,
  rows: number,
  cols: number,
  top = 0,
  left = 0,
) {
  for (let r = 0; r < rows; r++) {
    excel.setCell(sheet, top + r, left, { input: `Rad ${r + 1}` });
    for (let c = 1; c < cols; c++)
      excel.setCell(sheet, top + r, left + c, {
        input: r * 100 + c,
        numberFormat: "#,##0",
      });
  }
}

function setup(names = ["Blad1"]) {
  const excel = new FakeExcel(names);
  excel.install();
  return excel;
}

const cell = (
  sheet: string,
  row: number,
  col: number,
  rest: Partial<CellEdit>,
): CellEdit => ({
  op: "cell",
  sheet,
  row,
  col,
  ...rest,
});

async function failure(promise: Promise<unknown>): Promise<PortError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PortError);
    return error as PortError;
  }
  throw new Error("expected the call to fail");
}

describe("reading", () => {
  test("three sheets of 10 000 rows cost two round trips", async () => {
    const excel = setup(["Resultaträkning", "Drift", "Investeringar"]);
    for (const name of ["Resultaträkning", "Drift", "Investeringar"])
      fillSheet(excel, name, 10_000, 8, 2, 1);
    excel.sheet("Drift").names.set(KIND_NAME, '="driftredovisning"');
    excel.sheet("Investeringar").protected = true;

    const snapshot = await new ExcelPort().readSnapshot();

    expect(excel.syncCount).toBe(2);
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "Resultaträkning",
      "Drift",
      "Investeringar",
    ]);
    expect(snapshot.activeSheet).toBe("Resultaträkning");
    const drift = snapshot.sheets[1];
    expect([
      drift.top,
      drift.left,
      drift.values.length,
      drift.values[0].length,
    ]).toEqual([2, 1, 10_000, 8]);
    expect(drift.values[9_999][7]).toBe(999_907);
    expect(drift.formulas[0][0]).toBe("Rad 1");
    expect(drift.numberFormat[5][3]).toBe("#,##0");
    expect(drift.recordedKind).toBe("driftredovisning");
    expect(snapshot.sheets[0].recordedKind).toBeUndefined();
    expect(snapshot.sheets[2].protected).toBe(true);
    expect(snapshot.sheets[0].protected).toBe(false);
  });

  test("formulas and their values, an empty sheet, only the chosen sheets", async () => {
    const excel = setup(["A", "Tom", "C"]);
    excel.setCell("A", 0, 0, { input: 5 });
    excel.setCell("A", 1, 0, { input: "=A1*2", value: 10 });
    excel.setCell("C", 0, 0, { input: "x" });
    const port = new ExcelPort();

    const all = await port.readSnapshot();
    expect(all.sheets[0].values).toEqual([[5], [10]]);
    expect(all.sheets[0].formulas).toEqual([[5], ["=A1*2"]]);
    expect(all.sheets[1]).toMatchObject({
      name: "Tom",
      values: [],
      formulas: [],
      numberFormat: [],
    });

    const some = await port.readSnapshot({ sheets: ["C"] });
    expect(some.sheets.map((s) => s.name)).toEqual(["C"]);
  });

  test("a sheet beyond the first read comes in row bands, with progress", async () => {
    const excel = setup(["Stor"]);
    fillSheet(excel, "Stor", 3_000, 5, 1, 0);
    const progress: [number, number][] = [];

    const snapshot = await new ExcelPort({
      firstReadRows: 1_000,
      bandCells: 2_500,
    }).readSnapshot({
      onProgress: (done, total) => progress.push([done, total]),
    });

    // names, first 1 000 rows, then 2 001 rows in bands of 500 rows (2 500 cells)
    expect(excel.syncCount).toBe(2 + 5);
    const sheet = snapshot.sheets[0];
    expect(sheet.values.length).toBe(3_000);
    expect(sheet.values[2_999][4]).toBe(299_904);
    expect(sheet.values[998][0]).toBe("Rad 999");
    expect(sheet.values[999][1]).toBe(99_901);
    expect(progress[progress.length - 1]).toEqual([15_000, 15_000]);
    const done = progress.map(([d]) => d);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(progress.length).toBe(6);
  });

  test("when Excel refuses an answer as too large, it reads again in small bands", async () => {
    const excel = setup(["Blad1"]);
    fillSheet(excel, "Blad1", 50, 3);
    excel.failSyncFromNow(2, "ResponsePayloadSizeLimitExceeded");
    const snapshot = await new ExcelPort().readSnapshot();
    // names, the refused trip; then names, sizes, one small band
    expect(excel.syncCount).toBe(5);
    expect(snapshot.sheets[0].values[49][2]).toBe(4_902);
  });

  test("an error while reading becomes a readable PortError", async () => {
    const excel = setup();
    excel.cellEditMode = true;
    const error = await failure(new ExcelPort().readSnapshot());
    expect(error.code).toBe("busy");
    expect(error.message).toMatch(/redigerar en cell/);
    expect(error.messageEn).toMatch(/editing a cell/);
  });
});

describe("applying a batch", () => {
  test("one cell: two round trips, the prior state recorded, undo puts it back", async () => {
    const excel = setup();
    excel.setCell("Blad1", 4, 2, {
      input: 7,
      numberFormat: "0.0",
      fill: "#FFFF00",
      bold: true,
    });
    const port = new ExcelPort();

    const record = await port.apply(
      [cell("Blad1", 4, 2, { formula: "=SUM(C1:C4)", numberFormat: "#,##0" })],
      "Rätta summa",
    );

    expect(excel.syncCount).toBe(2);
    expect(excel.cell("Blad1", 4, 2)).toMatchObject({
      input: "=SUM(C1:C4)",
      numberFormat: "#,##0",
      fill: "#FFFF00",
    });
    expect(record.label).toBe("Rätta summa");
    expect(record.cells).toEqual([
      {
        sheet: "Blad1",
        row: 4,
        col: 2,
        formula: 7,
        numberFormat: "0.0",
        fill: "#FFFF00",
        font: { bold: true, italic: false, color: "#000000" },
        horizontalAlignment: "General",
        wrapText: false,
      },
    ]);

    const before = excel.syncCount;
    await port.undo(record);
    // Which sheets exist (with their protection), then the writes.
    expect(excel.syncCount - before).toBe(2);
    expect(excel.cell("Blad1", 4, 2)).toMatchObject({
      input: 7,
      numberFormat: "0.0",
      fill: "#FFFF00",
      bold: true,
    });
  });

  test("undo on a sheet protected since the fix is refused before anything is written", async () => {
    const excel = setup();
    excel.setCell("Blad1", 0, 0, { input: 1 });
    const port = new ExcelPort();
    const record = await port.apply(
      [cell("Blad1", 0, 0, { value: 2 })],
      "Rätta",
    );
    excel.sheet("Blad1").protected = true;
    const before = excel.syncCount;
    const error = await failure(port.undo(record));
    expect(error.code).toBe("protected");
    expect(excel.syncCount - before).toBe(1);
    expect(excel.cell("Blad1", 0, 0).input).toBe(2);
  });

  test("1 000 cells: still two round trips, grouped into few ranges", async () => {
    const excel = setup();
    const edits: Edit[] = [];
    for (let r = 0; r < 1_000; r++) {
      edits.push(cell("Blad1", r + 2, 3, { formula: `=C${r + 3}-B${r + 3}` }));
    }
    for (let r = 0; r < 500; r += 2)
      edits.push(cell("Blad1", r, 9, { value: r, fill: "#FFC7CE" }));

    const record = await new ExcelPort().apply(edits, "Fyll i");

    expect(excel.syncCount).toBe(2);
    expect(record.cells).toHaveLength(1_250);
    expect(excel.cell("Blad1", 1_001, 3).input).toBe("=C1002-B1002");
    expect(excel.cell("Blad1", 498, 9)).toMatchObject({
      input: 498,
      fill: "#FFC7CE",
    });
    expect(excel.cell("Blad1", 499, 9).input).toBe("");
    // a column of 1 000 formulas is one range; 250 separate cells are 250 — nowhere near a trip each
    expect(excel.trips[1]).toBeLessThan(1_000);
  });

  test("text that Excel would take for a formula, number or boolean stays text", async () => {
    const excel = setup();
    const texts = [
      "=1+1",
      "-Övrigt",
      "+46 8 123",
      "@kommun",
      "45 725",
      "SANT",
      "2020-12-31",
      "Budget 2020",
      "Summa",
    ];
    const port = new ExcelPort();
    await port.apply(
      texts.map((text, i) => cell("Blad1", i, 0, { value: text })),
      "Text",
    );
    texts.forEach((text, i) =>
      expect(excel.cell("Blad1", i, 0).value).toBe(text),
    );
    expect(excel.cell("Blad1", 8, 0).quotePrefix).toBe(false);

    const snapshot = await port.readSnapshot();
    expect(snapshot.sheets[0].values.map((row) => row[0])).toEqual(texts);
  });

  test("undo brings back text that looked like a formula or a number, and blank cells", async () => {
    const excel = setup();
    excel.setCell("Blad1", 0, 0, {
      input: "=abc",
      value: "=abc",
      quotePrefix: true,
    });
    excel.setCell("Blad1", 1, 0, {
      input: "45 725",
      value: "45 725",
      quotePrefix: true,
    });
    const port = new ExcelPort();
    const record = await port.apply(
      [0, 1, 2].map((row) => cell("Blad1", row, 0, { value: 1 })),
      "Skriv över",
    );
    expect(excel.cell("Blad1", 1, 0).input).toBe(1);
    await port.undo(record);
    expect(excel.cell("Blad1", 0, 0)).toMatchObject({
      input: "=abc",
      value: "=abc",
    });
    expect(excel.cell("Blad1", 1, 0)).toMatchObject({
      input: "45 725",
      value: "45 725",
    });
    expect(excel.cell("Blad1", 2, 0).input).toBe("");
  });

  test("a protected sheet: refused before anything is written", async () => {
    const excel = setup(["Öppet", "Låst"]);
    excel.sheet("Låst").protected = true;
    const error = await failure(
      new ExcelPort().apply(
        [cell("Öppet", 0, 0, { value: 1 }), cell("Låst", 0, 0, { value: 2 })],
        "x",
      ),
    );
    expect(error.code).toBe("protected");
    expect(error.message).toContain('"Låst" är skyddat');
    expect(excel.cell("Öppet", 0, 0).input).toBe("");
    expect(excel.syncCount).toBe(1);
  });

  test("Excel failing halfway through the write: what was written is taken back", async () => {
    const excel = setup(["Blad1", "Blad2"]);
    excel.setCell("Blad1", 0, 0, { input: 1 });
    excel.setCell("Blad2", 0, 0, { input: 2, fill: "#00FF00" });
    const port = new ExcelPort();
    // the second trip (the writes) fails after its first two commands
    excel.failSyncFromNow(2, "GeneralException", 2);

    const error = await failure(
      port.apply(
        [
          cell("Blad1", 0, 0, { value: 10, numberFormat: "0%" }),
          cell("Blad2", 0, 0, { value: 20, fill: null }),
          { op: "addSheet", sheet: "Ny" },
        ],
        "x",
      ),
    );
    expect(error.message).toMatch(/kunde inte utföra/);
    expect(excel.cell("Blad1", 0, 0)).toMatchObject({
      input: 1,
      numberFormat: "General",
    });
    expect(excel.cell("Blad2", 0, 0)).toMatchObject({
      input: 2,
      fill: "#00FF00",
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Blad1", "Blad2"]);
  });

  test("a new sheet with its kind, widths, panes, validation and traffic lights; undo deletes it", async () => {
    const excel = setup();
    const port = new ExcelPort();
    const record = await port.apply(
      [
        { op: "addSheet", sheet: "Internkontroll", activate: true },
        cell("Internkontroll", 0, 0, { value: "Risk", font: { bold: true } }),
        { op: "recordKind", sheet: "Internkontroll", kind: "internkontroll" },
        { op: "columnWidth", sheet: "Internkontroll", col: 0, width: 40 },
        { op: "freeze", sheet: "Internkontroll", rows: 1, cols: 0 },
        {
          op: "validation",
          range: {
            sheet: "Internkontroll",
            top: 1,
            left: 2,
            bottom: 50,
            right: 2,
          },
          rule: { type: "wholeNumber", min: 1, max: 4 },
          errorMessage: "Ange 1–4",
        },
        {
          op: "conditionalFill",
          range: {
            sheet: "Internkontroll",
            top: 1,
            left: 9,
            bottom: 50,
            right: 9,
          },
          rules: [
            { equals: "Klart", fill: "#C6EFCE" },
            { equals: "Ej klart", fill: "#FFC7CE", fontColor: "#9C0006" },
          ],
        },
      ],
      "Skapa internkontroll",
    );
    expect(excel.syncCount).toBe(2);
    const sheet = excel.sheet("Internkontroll");
    expect(excel.activeSheet).toBe("Internkontroll");
    expect(excel.cell("Internkontroll", 0, 0)).toMatchObject({
      value: "Risk",
      bold: true,
    });
    expect(sheet.names.get(KIND_NAME)).toBe('="internkontroll"');
    expect(sheet.widths.get(0)).toBeCloseTo((40 * 7 + 5) * 0.75);
    expect(sheet.freeze).toEqual({ rows: 1, cols: 0 });
    expect(sheet.validations[0]).toMatchObject({
      type: "WholeNumber",
      rule: { wholeNumber: { formula1: 1, formula2: 4 } },
    });
    expect(sheet.validations[0].errorAlert).toMatchObject({
      message: "Ange 1–4",
    });
    expect(
      sheet.conditionalFormats.map((f) => [
        f.rule?.formula1,
        f.fill,
        f.fontColor,
      ]),
    ).toEqual([
      ['="Ej klart"', "#FFC7CE", "#9C0006"],
      ['="Klart"', "#C6EFCE", undefined],
    ]);
    expect(record.addedSheets).toEqual(["Internkontroll"]);
    expect(record.cells).toEqual([]);

    await port.undo(record);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Blad1"]);
  });

  test("on an existing sheet, undo restores the kind, width, panes, validation and removes only our formats", async () => {
    const excel = setup();
    const sheet = excel.sheet("Blad1");
    sheet.names.set(KIND_NAME, '="okand"');
    sheet.widths.set(2, 100);
    sheet.freeze = { rows: 2, cols: 1 };
    sheet.validations.push({
      top: 0,
      left: 0,
      bottom: 9,
      right: 0,
      type: "List",
      rule: { list: { source: "Ja,Nej" } },
    });
    sheet.conditionalFormats.push({
      top: 0,
      left: 5,
      bottom: 9,
      right: 5,
      type: "CellValue",
      priority: 0,
      fill: "#000000",
    });
    const port = new ExcelPort();

    const record = await port.apply(
      [
        { op: "recordKind", sheet: "Blad1", kind: "driftredovisning" },
        { op: "columnWidth", sheet: "Blad1", col: 2, width: 12 },
        { op: "freeze", sheet: "Blad1", rows: 3, cols: 0 },
        {
          op: "validation",
          range: { sheet: "Blad1", top: 0, left: 0, bottom: 9, right: 0 },
          rule: { type: "list", values: ["Klart", "Ej klart"] },
        },
        {
          op: "conditionalFill",
          range: { sheet: "Blad1", top: 0, left: 5, bottom: 9, right: 5 },
          rules: [{ equals: "Klart", fill: "#C6EFCE" }],
        },
      ],
      "Ändra",
    );
    expect(sheet.names.get(KIND_NAME)).toBe('="driftredovisning"');
    expect(sheet.freeze).toEqual({ rows: 3, cols: 0 });
    expect(excel.sheet("Blad1").validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: "Klart,Ej klart" },
    });
    expect(excel.sheet("Blad1").conditionalFormats).toHaveLength(2);

    const before = excel.syncCount;
    await port.undo(record);
    // The kind and our conditional formats must be looked up before they are put back.
    expect(excel.syncCount - before).toBe(3);
    const after = excel.sheet("Blad1");
    expect(after.names.get(KIND_NAME)).toBe('="okand"');
    expect(after.widths.get(2)).toBeCloseTo(100);
    expect(after.freeze).toEqual({ rows: 2, cols: 1 });
    expect(after.validations).toHaveLength(1);
    expect(after.validations[0].rule).toMatchObject({
      list: { source: "Ja,Nej" },
    });
    expect(after.conditionalFormats.map((f) => f.fill)).toEqual(["#000000"]);
  });

  test("a recorded kind on a sheet without one is removed by undo", async () => {
    const excel = setup();
    const port = new ExcelPort();
    const record = await port.apply(
      [{ op: "recordKind", sheet: "Blad1", kind: "investeringar" }],
      "Typ",
    );
    expect(excel.sheet("Blad1").names.get(KIND_NAME)).toBe('="investeringar"');
    await port.undo(record);
    expect(excel.sheet("Blad1").names.has(KIND_NAME)).toBe(false);
  });

  test("a new sheet whose name exists is refused before writing", async () => {
    const excel = setup(["Drift"]);
    const error = await failure(
      new ExcelPort().apply(
        [cell("Drift", 0, 0, { value: 1 }), { op: "addSheet", sheet: "drift" }],
        "x",
      ),
    );
    expect(error.message).toContain("finns redan");
    expect(excel.cell("Drift", 0, 0).input).toBe("");
  });

  test("a sheet that is gone becomes a notFound PortError", async () => {
    setup();
    const error = await failure(
      new ExcelPort().apply([cell("Borta", 0, 0, { value: 1 })], "x"),
    );
    expect(error.code).toBe("notFound");
  });
});

describe("highlights and selection", () => {
  test("highlight remembers fills; clearing restores them unless the user recoloured a cell", async () => {
    const excel = setup();
    excel.setCell("Blad1", 0, 0, { input: 1, fill: "#123456" });
    excel.setCell("Blad1", 1, 0, { input: 2 });
    excel.setCell("Blad1", 2, 0, { input: 3 });
    const port = new ExcelPort();

    const record = await port.highlight([
      { sheet: "Blad1", row: 0, col: 0, color: "#FFC7CE" },
      { sheet: "Blad1", row: 1, col: 0, color: "#FFC7CE" },
      { sheet: "Blad1", row: 2, col: 0, color: "#FFEB9C" },
    ]);
    expect(excel.syncCount).toBe(2);
    expect(record.priorFills).toEqual(["#123456", null, null]);
    expect(excel.cell("Blad1", 0, 0).fill).toBe("#FFC7CE");
    expect(excel.cell("Blad1", 2, 0).fill).toBe("#FFEB9C");

    excel.setCell("Blad1", 1, 0, { fill: "#00B050" });
    await port.clearHighlights(record);
    expect(excel.cell("Blad1", 0, 0).fill).toBe("#123456");
    expect(excel.cell("Blad1", 1, 0).fill).toBe("#00B050");
    expect(excel.cell("Blad1", 2, 0).fill).toBeNull();
  });

  test("select activates the sheet and selects the cell", async () => {
    const excel = setup(["A", "B"]);
    await new ExcelPort().select("B", "C7");
    expect(excel.activeSheet).toBe("B");
    expect(excel.selected).toEqual({ sheet: "B", address: "C7:C7" });
  });

  test("default column width reads as 8.43 characters", async () => {
    const excel = setup();
    const record = await new ExcelPort().apply(
      [{ op: "columnWidth", sheet: "Blad1", col: 1, width: 20 }],
      "w",
    );
    expect(record.columnWidths[0].width).toBeCloseTo(
      (DEFAULT_WIDTH_POINTS / 0.75 - 5) / 7,
    );
    expect(excel.sheet("Blad1").widths.get(1)).toBeCloseTo(108.75);
  });
});
