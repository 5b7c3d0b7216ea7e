import fc from "fast-check";
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { CellEdit, Edit, KIND_NAME } from "../../src/core/workbook";
import { PortError } from "../../src/host/port";
import { PreviewPort } from "../../src/host/preview";
import { PreviewWorkbook } from "../../src/preview/model/previewWorkbook";
import {
  DRIFTBUDGET_2020,
  seedTableCells,
} from "../../src/samples/huddinge2020";

const SHEET = "Driftbudget";

/** A workbook holding the seed table, a total formula, a text number and a text "=…". */
function seedBook(): PreviewWorkbook {
  const book = new PreviewWorkbook();
  const cells = seedTableCells(DRIFTBUDGET_2020);
  const edits: Edit[] = [
    { op: "addSheet", sheet: SHEET },
    { op: "addSheet", sheet: "Blad 2" },
  ];
  cells.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "") return;
      edits.push({
        op: "cell",
        sheet: SHEET,
        row: r,
        col: c,
        value,
        ...(typeof value === "number" ? { numberFormat: "#,##0.0" } : {}),
      });
    }),
  );
  edits.push(
    {
      op: "cell",
      sheet: SHEET,
      row: 11,
      col: 1,
      formula: "=SUM(B4:B11)",
      font: { bold: true },
    },
    { op: "cell", sheet: SHEET, row: 13, col: 0, value: "=inte en formel" },
    {
      op: "cell",
      sheet: SHEET,
      row: 13,
      col: 1,
      value: "45 725",
      fill: "#FFF4CE",
    },
    {
      op: "cell",
      sheet: "Blad 2",
      row: 0,
      col: 0,
      formula: "=Driftbudget!B12*2",
    },
  );
  book.apply(edits, "seed");
  return book;
}

/** The sum of the seed's Bokslut 2018 column over rows [from, to). */
function bokslut2018(from: number, to: number): number {
  return DRIFTBUDGET_2020.rows
    .slice(from, to)
    .reduce((sum, row) => sum + (row[1] ?? 0), 0);
}

/** Everything a sheet holds, for comparing before and after. */
function dump(book: PreviewWorkbook) {
  return book.sheetNames().map((name) => {
    const layout = book.layout(name)!;
    const cells: unknown[] = [];
    for (let r = 0; r < 20; r++)
      for (let c = 0; c < 8; c++) {
        const content = book.content(name, r, c);
        if (content !== "")
          cells.push([
            r,
            c,
            content,
            book.isLiteralText(name, r, c),
            book.value(name, r, c),
          ]);
      }
    return {
      name,
      kind: book.kind(name),
      cells,
      styles: [...layout.styles.entries()].sort(),
      widths: [...layout.columnWidths.entries()].sort(),
      freeze: layout.freeze,
      validations: layout.validations,
      conditionalFills: layout.conditionalFills,
    };
  });
}

describe("PreviewPort", () => {
  it("reads computed values, English formulas and number formats", async () => {
    const port = new PreviewPort(seedBook());
    const snapshot = await port.readSnapshot();
    const sheet = snapshot.sheets[0];
    expect(sheet.name).toBe(SHEET);
    expect([sheet.top, sheet.left]).toEqual([0, 0]);
    expect(sheet.formulas[11][1]).toBe("=SUM(B4:B11)");
    expect(sheet.values[11][1]).toBeCloseTo(bokslut2018(0, 8), 9);
    expect(sheet.values[13][1]).toBe("45 725");
    expect(sheet.values[13][0]).toBe("=inte en formel");
    expect(sheet.formulas[13][0]).toBe("=inte en formel");
    expect(sheet.numberFormat[3][1]).toBe("#,##0.0");
    expect(sheet.numberFormat[0][0]).toBe("General");
    const other = snapshot.sheets[1];
    expect(other.formulas[0][0]).toBe("=Driftbudget!B12*2");
    expect(other.values[0][0]).toBeCloseTo(
      2 * (sheet.values[11][1] as number),
      6,
    );
  });

  it("reports errors as Excel's error text", async () => {
    const book = new PreviewWorkbook(["Blad1"]);
    book.apply(
      [{ op: "cell", sheet: "Blad1", row: 1, col: 1, formula: "=1/0" }],
      "x",
    );
    const snapshot = await new PreviewPort(book).readSnapshot();
    expect(snapshot.sheets[0]).toMatchObject({
      top: 1,
      left: 1,
      values: [["#DIV/0!"]],
      formulas: [["=1/0"]],
    });
  });

  it("undo restores every cell, format and layout exactly", async () => {
    const book = seedBook();
    const port = new PreviewPort(book);
    const before = dump(book);
    const record = await port.apply(
      [
        {
          op: "cell",
          sheet: SHEET,
          row: 11,
          col: 1,
          formula: "=SUM(B4:B10)",
          fill: "#FDE7E9",
        },
        { op: "cell", sheet: SHEET, row: 13, col: 0, value: 12 },
        {
          op: "cell",
          sheet: SHEET,
          row: 13,
          col: 1,
          value: 45725,
          numberFormat: "#,##0",
          fill: null,
        },
        {
          op: "cell",
          sheet: SHEET,
          row: 3,
          col: 1,
          value: null,
          font: { italic: true, color: "#C50F1F" },
        },
        { op: "cell", sheet: SHEET, row: 3, col: 1, value: "andra gången" },
        {
          op: "cell",
          sheet: SHEET,
          row: 30,
          col: 6,
          value: "=1+1",
          horizontalAlignment: "Center",
          wrapText: true,
        },
        { op: "recordKind", sheet: SHEET, kind: "driftredovisning" },
        { op: "columnWidth", sheet: SHEET, col: 0, width: 40 },
        { op: "freeze", sheet: SHEET, rows: 3, cols: 1 },
        {
          op: "validation",
          range: { sheet: SHEET, top: 3, left: 1, bottom: 10, right: 3 },
          rule: { type: "wholeNumber", min: 1, max: 4 },
        },
        {
          op: "conditionalFill",
          range: { sheet: SHEET, top: 3, left: 0, bottom: 10, right: 0 },
          rules: [{ equals: "Klart", fill: "#DFF6DD" }],
        },
        { op: "addSheet", sheet: "Ny", activate: true },
        {
          op: "cell",
          sheet: "Ny",
          row: 0,
          col: 0,
          formula: "=Driftbudget!B12",
        },
        { op: "recordKind", sheet: "Ny", kind: "indikatorer" },
      ],
      "Rätta",
    );
    expect(dump(book)).not.toEqual(before);
    expect(book.activeSheet).toBe("Ny");
    // B4 became text and B12 sums B4:B10: the six verksamheter in between.
    expect(book.value("Ny", 0, 0)).toBeCloseTo(bokslut2018(1, 7), 9);
    expect(record.cells).toHaveLength(5);
    expect(record.addedSheets).toEqual(["Ny"]);
    await port.undo(record);
    expect(dump(book)).toEqual(before);
    expect(book.sheetNames()).toEqual([SHEET, "Blad 2"]);
    expect(book.activeSheet).toBe(SHEET);
  });

  it("applies the same batch as MemoryWorkbook does (contents and formats)", async () => {
    const names = ["A", "B"];
    const memory = new MemoryWorkbook(names);
    const preview = new PreviewWorkbook(names);
    const edits: Edit[] = [
      { op: "cell", sheet: "A", row: 2, col: 1, value: 5, numberFormat: "0%" },
      { op: "cell", sheet: "A", row: 3, col: 1, formula: "=B3*2" },
      { op: "cell", sheet: "A", row: 3, col: 2, value: "-1 741" },
      { op: "cell", sheet: "B", row: 0, col: 0, value: true, fill: "#FFFF00" },
      { op: "recordKind", sheet: "B", kind: "riskanalys" },
    ];
    memory.apply(edits, "x");
    preview.apply(edits, "x");
    const m = memory.toSnapshot();
    const p = preview.snapshot();
    for (let i = 0; i < 2; i++) {
      expect(p.sheets[i].formulas).toEqual(m.sheets[i].formulas);
      expect(p.sheets[i].numberFormat).toEqual(m.sheets[i].numberFormat);
      expect([p.sheets[i].top, p.sheets[i].left]).toEqual([
        m.sheets[i].top,
        m.sheets[i].left,
      ]);
      expect(p.sheets[i].recordedKind).toEqual(m.sheets[i].recordedKind);
    }
  });

  it("records the kind as a sheet-scoped named expression and takes it back", async () => {
    const book = seedBook();
    const port = new PreviewPort(book);
    const first = await port.apply(
      [{ op: "recordKind", sheet: SHEET, kind: "driftredovisning" }],
      "typ",
    );
    const id = book.engine.getSheetId(SHEET)!;
    expect(book.engine.getNamedExpression(KIND_NAME, id)?.expression).toBe(
      '="driftredovisning"',
    );
    expect(book.engine.getNamedExpression(KIND_NAME)).toBeUndefined();
    expect(book.kind("Blad 2")).toBeNull();
    const second = await port.apply(
      [{ op: "recordKind", sheet: SHEET, kind: "resultatrakning" }],
      "typ",
    );
    expect((await port.readSnapshot()).sheets[0].recordedKind).toBe(
      "resultatrakning",
    );
    await port.undo(second);
    expect((await port.readSnapshot()).sheets[0].recordedKind).toBe(
      "driftredovisning",
    );
    await port.undo(first);
    expect((await port.readSnapshot()).sheets[0].recordedKind).toBeUndefined();
    expect(book.engine.getNamedExpression(KIND_NAME, id)).toBeUndefined();
  });

  it.each<[string, Edit]>([
    [
      "a sheet that does not exist",
      { op: "cell", sheet: "Saknas", row: 0, col: 0, value: 1 },
    ],
    [
      "a formula that cannot be read",
      { op: "cell", sheet: SHEET, row: 0, col: 0, formula: "=SUM(B4:B11" },
    ],
    [
      "a cell outside the sheet",
      { op: "cell", sheet: SHEET, row: 1048576, col: 0, value: 1 },
    ],
    ["a sheet name Excel refuses", { op: "addSheet", sheet: "Budget: 2020" }],
    ["a sheet that exists", { op: "addSheet", sheet: "blad 2" }],
  ])("writes nothing when a batch holds %s", async (_, bad) => {
    const book = seedBook();
    const port = new PreviewPort(book);
    const before = dump(book);
    const version = book.getVersion();
    const edits: Edit[] = [
      { op: "addSheet", sheet: "Ny" },
      { op: "cell", sheet: SHEET, row: 3, col: 1, value: 999, fill: "#FF0000" },
      { op: "recordKind", sheet: SHEET, kind: "driftredovisning" },
      bad,
    ];
    const error = await port.apply(edits, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortError);
    expect((error as PortError).message).toMatch(/[a-zåäö]/);
    expect((error as PortError).messageEn).toBeTruthy();
    expect(dump(book)).toEqual(before);
    expect(book.getVersion()).toBe(version);
  });

  it("refuses to write to a protected sheet", async () => {
    const book = seedBook();
    book.setSheetState(SHEET, { protected: true });
    const error = await new PreviewPort(book)
      .apply([{ op: "cell", sheet: SHEET, row: 0, col: 0, value: 1 }], "x")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "protected" });
    expect(book.content(SHEET, 0, 0)).toBe(DRIFTBUDGET_2020.title);
  });

  it("apply and undo round trips restore every cell for any batch", () => {
    const cellEdit: fc.Arbitrary<CellEdit> = fc.record(
      {
        op: fc.constant("cell" as const),
        sheet: fc.constantFrom(SHEET, "Blad 2"),
        row: fc.integer({ min: 0, max: 19 }),
        col: fc.integer({ min: 0, max: 7 }),
        value: fc.oneof(
          fc.constant(null),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.string(),
          fc.constantFrom("=1+1", "'x", "45 725", "95 %"),
          fc.boolean(),
        ),
        formula: fc.constantFrom(
          "=SUM(B4:B11)",
          '=A1&"x"',
          "=1/0",
          "=Driftbudget!B4-B5",
        ),
        numberFormat: fc.constantFrom("General", "#,##0", "0.0%", "@"),
        fill: fc.constantFrom(null, "#FDE7E9", "#FFF4CE"),
        font: fc.record({ bold: fc.boolean() }, { requiredKeys: [] }),
      },
      { requiredKeys: ["op", "sheet", "row", "col"] },
    );
    fc.assert(
      fc.property(fc.array(cellEdit, { maxLength: 25 }), (edits) => {
        const book = seedBook();
        const before = dump(book);
        const record = book.apply(edits, "x");
        book.undo(record);
        expect(dump(book)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it("highlights and clears only cells still in the highlight colour", async () => {
    const book = seedBook();
    const port = new PreviewPort(book);
    const marks = [
      { sheet: SHEET, row: 11, col: 1, color: "#FDE7E9" },
      { sheet: SHEET, row: 13, col: 1, color: "#FDE7E9" },
      { sheet: SHEET, row: 4, col: 1, color: "#FFF4CE" },
    ];
    const record = await port.highlight(marks);
    expect(record.priorFills).toEqual([null, "#FFF4CE", null]);
    expect(book.style(SHEET, 13, 1).fill).toBe("#FDE7E9");
    await port.apply(
      [{ op: "cell", sheet: SHEET, row: 4, col: 1, fill: "#00FF00" }],
      "user",
    );
    await port.clearHighlights(record);
    expect(book.style(SHEET, 11, 1).fill).toBeNull();
    expect(book.style(SHEET, 13, 1).fill).toBe("#FFF4CE");
    expect(book.style(SHEET, 4, 1).fill).toBe("#00FF00");
  });

  it("selects a cell, activating its sheet, and reports the selection", async () => {
    const book = seedBook();
    const port = new PreviewPort(book);
    const seen: string[] = [];
    const stop = port.onSelectionChanged((sheet, address) =>
      seen.push(`${sheet}!${address}`),
    );
    await port.select("Blad 2", "C7");
    expect(book.activeSheet).toBe("Blad 2");
    expect(book.selection).toMatchObject({ sheet: "Blad 2", row: 6, col: 2 });
    await port.select(SHEET, "B4:B11");
    stop();
    await port.select(SHEET, "A1");
    expect(seen).toEqual(["Blad 2!C7", "Driftbudget!B4:B11"]);
    await expect(port.select("Saknas", "A1")).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(port.select(SHEET, "inte en adress")).rejects.toBeInstanceOf(
      PortError,
    );
  });

  it("keeps settings per workbook", async () => {
    const port = new PreviewPort(seedBook());
    expect(await port.loadSettings()).toBeNull();
    await port.saveSettings({ ...DEFAULT_SETTINGS, signConvention: "B" });
    expect(await port.loadSettings()).toMatchObject({ signConvention: "B" });
    expect(await new PreviewPort(seedBook()).loadSettings()).toBeNull();
  });
});

describe("KOLL functions in the preview", () => {
  it("computes KOLL.* in cells, Swedish and English names alike", async () => {
    const book = new PreviewWorkbook(["Blad1"]);
    await new PreviewPort(book).apply(
      [
        { op: "cell", sheet: "Blad1", row: 0, col: 0, value: -100 },
        { op: "cell", sheet: "Blad1", row: 0, col: 1, value: -120 },
        {
          op: "cell",
          sheet: "Blad1",
          row: 0,
          col: 2,
          formula: "=KOLL.AVVIKELSE(A1,B1)",
        },
        {
          op: "cell",
          sheet: "Blad1",
          row: 0,
          col: 3,
          formula: "=KOLL.VARIANCE(A1,B1)",
        },
      ],
      "x",
    );
    expect(book.value("Blad1", 0, 2)).toBe(-20);
    expect(book.value("Blad1", 0, 3)).toBe(-20);
    expect(
      (await new PreviewPort(book).readSnapshot()).sheets[0].formulas[0][2],
    ).toBe("=KOLL.AVVIKELSE(A1,B1)");
  });
});
