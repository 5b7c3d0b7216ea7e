import { FillMode, planFill } from "../../src/core/fill";
import { recognizeSheet } from "../../src/core/layout/registry";
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import { DEFAULT_SETTINGS, Settings } from "../../src/core/settings";
import { validateWorkbook } from "../../src/core/validate";
import { CellValue, SheetSnapshot } from "../../src/core/workbook";
import { makeSheet, makeWorkbook } from "../support/sheets";
import { computeFormulas } from "../taskpane/computingPort";

type Rows = (CellValue | null)[][];

function plan(
  sheet: SheetSnapshot,
  mode: FillMode = "formulas",
  settings: Settings = DEFAULT_SETTINGS,
) {
  return planFill(sheet, recognizeSheet(sheet, settings), settings, { mode });
}

/** Applies the edits, computes the formulas as Excel would, and validates the result. */
function filledAndValidated(
  sheet: SheetSnapshot,
  edits: ReturnType<typeof plan>["edits"],
) {
  const book = MemoryWorkbook.fromSnapshot(makeWorkbook(sheet));
  book.apply(edits, "Fyll i");
  computeFormulas(book);
  const snapshot = book.toSnapshot();
  const findings = validateWorkbook(snapshot, DEFAULT_SETTINGS).sheets.flatMap(
    (s) => s.findings,
  );
  return { book, findings: findings.filter((f) => f.severity !== "info") };
}

const formulaOf = (p: ReturnType<typeof plan>, row: number, col: number) =>
  p.edits.find((e) => e.row === row && e.col === col)?.formula;
const valueOf = (p: ReturnType<typeof plan>, row: number, col: number) =>
  p.edits.find((e) => e.row === row && e.col === col)?.value;

const uppfoljning: Rows = [
  ["Driftredovisning (tkr)", "", "", ""],
  ["", "Helår", "", ""],
  ["Verksamhet", "Budget", "Prognos", "Avvikelse"],
  ["Kultur", -1200, -1150, ""],
  ["Fritid", -800, -850, ""],
  ["Skola", -5000, -4900, ""],
  ["Summa", "", "", ""],
];

describe("Fyll i on an uppföljning: Avvikelse and the Summa row", () => {
  test("formulas: =C4-B4 on every row, =SUM over the parts, and the sheet then validates clean", () => {
    const sheet = makeSheet("Drift", uppfoljning);
    const p = plan(sheet);
    expect(p.unsupported).toBeNull();
    expect(formulaOf(p, 3, 3)).toBe("=C4-B4");
    expect(formulaOf(p, 5, 3)).toBe("=C6-B6");
    expect(formulaOf(p, 6, 1)).toBe("=SUM(B4:B6)");
    expect(formulaOf(p, 6, 2)).toBe("=SUM(C4:C6)");
    expect(formulaOf(p, 6, 3)).toBe("=C7-B7");
    expect(p.overwrites).toEqual([]);
    expect(p.summary).toMatchObject({
      deviation: 4,
      total: 2,
      change: 0,
      percent: 0,
      text: 0,
    });
    expect(p.summary.columns).toEqual([
      { col: 3, header: "Avvikelse (Helår)", role: "avvikelse", cells: 4 },
    ]);
    expect(p.summary.totalRows).toEqual([{ row: 6, label: "Summa", cells: 2 }]);

    const { book, findings } = filledAndValidated(sheet, p.edits);
    expect(findings).toEqual([]);
    expect(book.cell("Drift", 6, 3).value).toBe(100);
    expect(book.cell("Drift", 6, 1).value).toBe(-7000);
  });

  test("values: the same figures as constants, and the sheet validates clean", () => {
    const sheet = makeSheet("Drift", uppfoljning);
    const p = plan(sheet, "values");
    expect(valueOf(p, 3, 3)).toBe(50);
    expect(valueOf(p, 4, 3)).toBe(-50);
    expect(valueOf(p, 6, 1)).toBe(-7000);
    expect(valueOf(p, 6, 3)).toBe(100);
    expect(p.edits.every((e) => e.formula === undefined)).toBe(true);
    expect(filledAndValidated(sheet, p.edits).findings).toEqual([]);
  });

  test("convention B: a cost row's avvikelse is budget − utfall", () => {
    const sheet = makeSheet("Drift", [
      ["Driftredovisning (tkr)", "", "", ""],
      ["Verksamhet", "Budget", "Utfall", "Avvikelse"],
      ["Intäkter", 500, 520, ""],
      ["Personalkostnader", 1200, 1150, ""],
      ["Övriga kostnader", 800, 850, ""],
    ]);
    const settings: Settings = { ...DEFAULT_SETTINGS, signConvention: "B" };
    const p = plan(sheet, "formulas", settings);
    expect(formulaOf(p, 2, 3)).toBe("=C3-B3");
    expect(formulaOf(p, 3, 3)).toBe("=B4-C4");
    const values = plan(sheet, "values", settings);
    expect(valueOf(values, 3, 3)).toBe(50);
    expect(valueOf(values, 4, 3)).toBe(-50);
  });
});

describe("Fyll i on a nämndplan: Förändring and Förändring %", () => {
  const namndplan: Rows = [
    ["Resultaträkning (tkr)", "", "", "", ""],
    [
      "",
      "Budget 2023",
      "Budget 2024",
      "Förändring B 2023-B 2024, tkr",
      "Förändring B 2023-B 2024, %",
    ],
    ["Verksamhetens intäkter", 16718, 23424, -6706, ""],
    ["Personalkostnader", -75000, -18700, -56300, ""],
    ["Övriga kostnader", -10000, 0, "", ""],
  ];

  test("förändring in the printed direction (old − new), percent with IF for zero base and sign change", () => {
    const sheet = makeSheet("Nämndplan", namndplan);
    const p = plan(sheet);
    expect(formulaOf(p, 4, 3)).toBe("=B5-C5");
    expect(formulaOf(p, 2, 4)).toBe('=IF(OR(B3=0,B3*C3<0),"",(C3-B3)/B3)');
    expect(p.edits.find((e) => e.row === 2 && e.col === 4)?.numberFormat).toBe(
      "0%",
    );
    const { findings } = filledAndValidated(sheet, p.edits);
    expect(findings).toEqual([]);
  });

  test("values: 16 718 → 23 424 is +40 % on the old value; a zero base stays blank", () => {
    const sheet = makeSheet("Nämndplan", [
      ...namndplan.slice(0, 4),
      ["Övriga kostnader", 0, -100, "", ""],
    ]);
    const p = plan(sheet, "values");
    expect(valueOf(p, 2, 4)).toBeCloseTo((23424 - 16718) / 16718, 9);
    expect(valueOf(p, 4, 4)).toBeUndefined();
    expect(valueOf(p, 4, 3)).toBe(100);
  });
});

describe("what is already there", () => {
  test("numbers stored as text are made numbers", () => {
    const sheet = makeSheet("Drift", [
      ["Driftredovisning (tkr)", "", "", ""],
      ["Verksamhet", "Budget", "Prognos", "Avvikelse"],
      ["Kultur", "−1 200", -1150, 50],
      ["Fritid", -800, "- 850", -50],
    ]);
    const p = plan(sheet);
    expect(valueOf(p, 2, 1)).toBe(-1200);
    expect(valueOf(p, 3, 2)).toBe(-850);
    expect(p.summary.text).toBe(2);
  });

  test("typed figures in computed columns and totals are overwrites; formulas are left alone", () => {
    const sheet = makeSheet(
      "Drift",
      [
        ["Driftredovisning (tkr)", "", "", ""],
        ["Verksamhet", "Budget", "Prognos", "Avvikelse"],
        ["Kultur", -1200, -1150, 50],
        ["Fritid", -800, -850, 999],
        ["Skola", -5000, -4900, 100],
        ["Summa", -7000, -6900, ""],
      ],
      {
        formulas: [
          [],
          [],
          [],
          [],
          [undefined, undefined, undefined, "=C5-B5"],
          ["", "=SUM(B3:B5)"],
        ],
      },
    );
    const p = plan(sheet);
    expect(
      p.overwrites.map((o) => [o.cell, o.current, o.edit.formula]),
    ).toEqual([
      ["C6", -6900, "=SUM(C3:C5)"],
      ["D3", 50, "=C3-B3"],
      ["D4", 999, "=C4-B4"],
    ]);
    expect(p.edits.map((e) => [e.row, e.col, e.formula])).toEqual([
      [5, 3, "=C6-B6"],
    ]);

    const values = plan(sheet, "values");
    expect(
      values.overwrites.map((o) => [o.cell, o.current, o.edit.value]),
    ).toEqual([["D4", 999, -50]]);
  });

  test("a sheet that is not a money table has nothing to fill", () => {
    const sheet = makeSheet(
      "Mått",
      [
        ["Indikator", "2022", "2023", "Målvärde 2030"],
        ["Nöjdhet", 66, 67, "≥ 70"],
      ],
      {
        recordedKind: "indikatorer",
      },
    );
    expect(plan(sheet).unsupported).toBe("kind");
  });
});
