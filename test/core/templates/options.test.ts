import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { CellEdit } from "../../../src/core/workbook";
import {
  TEMPLATE_KINDS,
  TEMPLATE_LAYOUTS,
  TemplateOptions,
  TemplateOptionsError,
  buildTemplate,
  parseVerksamheter,
  uniqueSheetName,
} from "../../../src/core/templates";
import { applyTemplate, compute, grid } from "./support";

function refusal(options: Partial<TemplateOptions>): TemplateOptionsError {
  try {
    buildTemplate(options as TemplateOptions, []);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateOptionsError);
    return error as TemplateOptionsError;
  }
  throw new Error("expected the options to be refused");
}

describe("sheet names", () => {
  test("a clash gets the next free number, compared without regard to case", () => {
    expect(uniqueSheetName("Resultaträkning", ["Blad1"])).toBe(
      "Resultaträkning",
    );
    expect(uniqueSheetName("Resultaträkning", ["resultaträkning"])).toBe(
      "Resultaträkning (2)",
    );
    expect(
      uniqueSheetName("Resultaträkning", [
        "Resultaträkning",
        "Resultaträkning (2)",
      ]),
    ).toBe("Resultaträkning (3)");
  });

  test("a long name is shortened so that the number fits within 31 characters", () => {
    const base = "Risk- och känslighetsanalys";
    const name = uniqueSheetName(base, [base, `${base} (2)`]);
    expect(name).toBe("Risk- och känslighetsanalys (3)");
    const longer = uniqueSheetName("Investeringsredovisning per projekt", [
      "Investeringsredovisning per pro",
    ]);
    expect(longer.length).toBeLessThanOrEqual(31);
    expect(longer).toBe("Investeringsredovisning per (2)");
  });

  test("the template never overwrites an existing sheet", () => {
    const book = new MemoryWorkbook(["Internkontroll"]);
    book.apply(
      [
        {
          op: "cell",
          sheet: "Internkontroll",
          row: 0,
          col: 0,
          value: "Mitt eget blad",
        },
      ],
      "setup",
    );
    const result = buildTemplate(
      { kind: "internkontroll", year: 2024, unit: "tkr" },
      ["Internkontroll"],
    );
    expect(result.sheetName).toBe("Internkontroll (2)");
    expect(
      result.edits.every(
        (e) =>
          ("range" in e ? e.range.sheet : e.sheet) === "Internkontroll (2)",
      ),
    ).toBe(true);
    applyTemplate(result, book);
    expect(book.cell("Internkontroll", 0, 0).content).toBe("Mitt eget blad");
  });

  test("a chosen name is used, checked against Excel's rules", () => {
    expect(
      buildTemplate(
        {
          kind: "riskanalys",
          year: 2024,
          unit: "tkr",
          sheetName: " Känslighet ",
        },
        [],
      ).sheetName,
    ).toBe("Känslighet");
    expect(
      refusal({
        kind: "riskanalys",
        year: 2024,
        unit: "tkr",
        sheetName: "Risk: 2024",
      }).message,
    ).toMatch(/får inte innehålla/);
    expect(
      refusal({
        kind: "riskanalys",
        year: 2024,
        unit: "tkr",
        sheetName: "x".repeat(32),
      }).message,
    ).toMatch(/högst 31/);
    expect(
      refusal({
        kind: "riskanalys",
        year: 2024,
        unit: "tkr",
        sheetName: "'Blad'",
      }).message,
    ).toMatch(/apostrof/);
  });

  test("undoing the template removes the sheet and nothing else", () => {
    const book = new MemoryWorkbook(["Blad1"]);
    const before = JSON.stringify(book.toSnapshot());
    const record = book.apply(
      buildTemplate({ kind: "resultatrakning", year: 2024, unit: "tkr" }, [
        "Blad1",
      ]).edits,
      "Mall",
    );
    book.undo(record);
    expect(JSON.stringify(book.toSnapshot())).toBe(before);
  });
});

describe("labels that look like formulas", () => {
  const hostile = [
    "=SUMMA(B1:B3)",
    "-Övrigt",
    "+46 8 123",
    "@kansliet",
    "=1+1",
  ];

  test("are written as text values, on every kind that takes labels", () => {
    const results = [
      buildTemplate(
        {
          kind: "driftredovisning",
          year: 2024,
          unit: "tkr",
          verksamheter: hostile,
        },
        [],
      ),
      buildTemplate(
        { kind: "indikatorer", year: 2024, unit: "tkr", rows: hostile },
        [],
      ),
      buildTemplate(
        { kind: "internkontroll", year: 2024, unit: "tkr", rows: hostile },
        [],
      ),
      buildTemplate(
        { kind: "riskanalys", year: 2024, unit: "tkr", rows: hostile },
        [],
      ),
    ];
    for (const result of results) {
      const cells = result.edits.filter((e): e is CellEdit => e.op === "cell");
      for (const label of hostile) {
        const edit = cells.find((e) => e.value === label);
        expect(edit).toBeDefined();
        expect(edit!.formula).toBeUndefined();
      }
      for (const edit of cells)
        if (edit.formula) expect(hostile).not.toContain(edit.formula);
    }
  });

  test("stay text when a formula engine computes the sheet", () => {
    const result = buildTemplate(
      {
        kind: "driftredovisning",
        year: 2024,
        unit: "tkr",
        verksamheter: hostile,
      },
      [],
    );
    const book = applyTemplate(result);
    compute(book);
    const labels = grid(book, result.sheetName).map((row) => row[0]);
    for (const label of hostile) expect(labels).toContain(label);
  });
});

describe("the user's own list of verksamheter", () => {
  test("indented lines and lines starting with varav are Varav rows of the line above", () => {
    expect(
      parseVerksamheter([
        "Kansli",
        "  Nämndsekretariat",
        "\tArkiv",
        "varav Registratur",
        "",
        "IT",
      ]),
    ).toEqual([
      {
        label: "Kansli",
        varav: ["Nämndsekretariat", "Arkiv", "varav Registratur"],
      },
      { label: "IT", varav: [] },
    ]);
  });

  test("a first line that is indented is a verksamhet of its own", () => {
    expect(parseVerksamheter(["  Kansli", "IT"])).toEqual([
      { label: "Kansli", varav: [] },
      { label: "IT", varav: [] },
    ]);
  });

  test("a verksamhet with Varav rows is their sum, and Summa netto counts it once", () => {
    const result = buildTemplate(
      {
        kind: "driftredovisning",
        year: 2024,
        unit: "tkr",
        layout: "flerar",
        verksamheter: ["Kansli", "  Arkiv", "  Registratur", "IT"],
      },
      [],
    );
    const cells = result.edits.filter((e): e is CellEdit => e.op === "cell");
    const at = (row: number, col: number) =>
      cells.find((e) => e.row === row && e.col === col);
    expect(at(3, 0)?.value).toBe("Kansli");
    expect(at(3, 1)?.formula).toBe("=SUM(B5:B6)");
    expect(at(4, 0)?.value).toBe("varav Arkiv");
    expect(at(4, 0)?.font?.italic).toBe(true);
    expect(at(7, 0)?.value).toBe("Summa netto");
    expect(at(7, 1)?.formula).toBe("=SUM(B4,B7)");
  });
});

describe("formulas as a reader without Rapportkoll sees them", () => {
  test("a percentage is blank on a zero base and on a change of sign", () => {
    const result = buildTemplate(
      { kind: "resultatrakning", year: 2025, unit: "tkr", layout: "budget" },
      [],
    );
    const book = applyTemplate(result);
    const put = (row: number, values: number[]) =>
      book.apply(
        values.map((value, i) => ({
          op: "cell" as const,
          sheet: result.sheetName,
          row,
          col: 1 + i,
          value,
        })),
        "x",
      );
    put(3, [0, 100, 120]); // zero base B: blank; base P 100 → 120 = 20 %
    put(4, [-100, 50, -80]); // sign change P → B: blank; B −100 → −80 = −20 %
    compute(book);
    const cells = grid(book, result.sheetName);
    expect(cells[3].slice(4)).toEqual([120, "", 20, 0.2]);
    expect(cells[4].slice(4)).toEqual([20, -0.2, -130, ""]);
  });

  test("totals and avvikelser in uppföljning are exact sums and differences", () => {
    const result = buildTemplate(
      { kind: "resultatrakning", year: 2024, unit: "tkr", period: "jan-apr" },
      [],
    );
    const cells = result.edits.filter((e): e is CellEdit => e.op === "cell");
    const at = (address: string) => {
      const col = address.charCodeAt(0) - 65;
      const row = Number(address.slice(1)) - 1;
      return cells.find((e) => e.row === row && e.col === col)?.formula;
    };
    expect(at("D4")).toBe("=C4-B4");
    expect(at("G4")).toBe("=F4-E4");
    expect(at("B7")).toBe("=SUM(B5:B6)"); // Personalkostnader, netto
    expect(at("B13")).toBe("=SUM(B7:B12)"); // Verksamhetens kostnader
    expect(at("B14")).toBe("=SUM(B4,B13)"); // Årets resultat
    expect(at("D14")).toBe("=C14-B14");
  });
});

describe("options", () => {
  test("every kind and layout has Swedish and English names", () => {
    for (const choice of [...TEMPLATE_KINDS, ...TEMPLATE_LAYOUTS]) {
      expect(choice.sv).not.toBe("");
      expect(choice.en).not.toBe("");
    }
  });

  test("bad input is refused with a Swedish reason and an English one", () => {
    const cases: [Partial<TemplateOptions>, RegExp][] = [
      [{ year: 2024, unit: "tkr" }, /Välj vilken sorts blad/],
      [{ kind: "resultatrakning", unit: "tkr" }, /Ange år/],
      [
        { kind: "resultatrakning", year: 20244, unit: "tkr" },
        /heltal från 1990 till 2100/,
      ],
      [{ kind: "resultatrakning", year: 2024.5, unit: "tkr" }, /heltal/],
      [{ kind: "resultatrakning", year: 2024, unit: "kr" as "tkr" }, /enhet/],
      [
        { kind: "resultatrakning", year: 2024, unit: "tkr", layout: "plan" },
        /finns inte i layouten "plan"/,
      ],
      [
        { kind: "investeringar", year: 2024, unit: "tkr", layout: "budget" },
        /layouten "budget"/,
      ],
      [
        {
          kind: "resultatrakning",
          year: 2024,
          unit: "tkr",
          period: "jan-maj" as "jan-apr",
        },
        /period/,
      ],
      [
        {
          kind: "driftredovisning",
          year: 2024,
          unit: "tkr",
          verksamheter: ["  ", ""],
        },
        /tom/,
      ],
      [
        {
          kind: "riskanalys",
          year: 2024,
          unit: "tkr",
          rows: Array(501).fill("Post"),
        },
        /högst 500/,
      ],
      [
        { kind: "riskanalys", year: 2024, unit: "tkr", rowCount: 0 },
        /Antalet rader/,
      ],
      [
        { kind: "indikatorer", year: 2024, unit: "tkr", targetYear: 2020 },
        /Målvärdets år/,
      ],
      [
        {
          kind: "internkontroll",
          year: 2024,
          unit: "tkr",
          riskScale: { ...CELL_SCALE_BROKEN },
        },
        /Riskskalan är ofullständig/,
      ],
    ];
    for (const [options, reason] of cases) {
      const error = refusal(options);
      expect(error.message).toMatch(reason);
      expect(error.messageEn).not.toBe("");
      expect(error.messageEn).not.toBe(error.message);
    }
  });
});

const CELL_SCALE_BROKEN = {
  id: "custom" as const,
  size: 3,
  likelihoodLabels: ["A", "B"],
  consequenceLabels: ["A", "B", "C"],
  levels: [{ name: "Låg", nameEn: "Low", color: "#00FF00" }],
  cellLevels: [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ],
};
