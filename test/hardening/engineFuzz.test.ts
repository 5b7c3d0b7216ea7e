/**
 * Recognition, the rules and fill planning on anything a workbook may hold: Excel error values,
 * dates (serial numbers in a date format) and booleans where figures belong, formulas (also
 * broken ones), merged areas (blank cells beside their anchor), hidden rows and columns, very
 * long text, labels that look like formulas or markup, used ranges that start anywhere, every
 * recorded or overridden kind and every setting. No exception, no "engine.failure", the input
 * left as it was, and the same findings and fill plans when run twice.
 */
import fc from "fast-check";
import { planFill } from "../../src/core/fill";
import { analyzeSheet } from "../../src/core/layout";
import { DEFAULT_SETTINGS, Settings } from "../../src/core/settings";
import { validateWorkbook } from "../../src/core/validate";
import {
  CellValue,
  SHEET_KINDS,
  SheetKind,
  SheetSnapshot,
  WorkbookSnapshot,
  parseA1,
} from "../../src/core/workbook";

const LONG = "Lång text ".repeat(5000); // 50 000 characters

const WORDS = [
  "Summa",
  "Totalt",
  "Varav:",
  "varav löner",
  "Budget 2024",
  "Utfall 2024",
  "Prognos",
  "Avvikelse",
  "Avvikelse %",
  "Förändring",
  "Förändring %",
  "Bokslut 2023",
  "Verksamhet",
  "Nämnd",
  "Nettokostnad",
  "Indikator",
  "Målvärde",
  "Utfall",
  "Riskvärde",
  "Sannolikhet",
  "Konsekvens",
  "Kontrollmoment",
  "Resultaträkning",
  "Verksamhetens intäkter",
  "Investeringar, mnkr",
  "Kvinnor",
  "Män",
  "Ja",
  "Nej",
];

const HOSTILE = [
  '=HYPERLINK("http://example.invalid","x")',
  "=1+1",
  "+46 8 123 45",
  "-Övrigt",
  "@kommun",
  "<script>alert(1)</script>",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant("") },
  { weight: 4, arbitrary: fc.integer({ min: -1e7, max: 1e7 }) },
  {
    weight: 2,
    arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -0, 1e15, -1e15, 1e-9, 2 ** 53, 45000.5),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "#N/A",
      "#DIV/0!",
      "#REF!",
      "#VALUE!",
      "#NAME?",
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
    ),
  },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "45 725",
      "−1 741",
      "1 234,5",
      "3,7 %",
      "-301 %",
      "12.3",
      "2024-03-31",
      "..",
      "-",
      "x",
    ),
  },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

const FORMATS = [
  "General",
  "#,##0",
  "#,##0.0",
  "0%",
  "0.0%",
  "yyyy-mm-dd",
  "d/m/yyyy h:mm",
  "@",
  '#,##0 "tkr"',
];

const FORMULAS = [
  "=SUM(B2:B4)",
  "=B2-C2",
  "=C2/B2-1",
  "=#REF!+1",
  "=Drift!B5",
  "=IFERROR(1/0,0)",
  "=TODAY()",
];

interface GridSpec {
  rows: CellValue[][];
  formulas: (string | null)[][];
  formats: string[][];
  top: number;
  left: number;
  hiddenRows: number[];
  hiddenColumns: number[];
  merges: { row: number; col: number; h: number; w: number }[];
  recordedKind?: SheetKind;
  protected: boolean;
  longCell: boolean;
}

const gridSpec: fc.Arbitrary<GridSpec> = fc
  .record({
    height: fc.integer({ min: 0, max: 14 }),
    width: fc.integer({ min: 1, max: 8 }),
    seed: fc.array(cell, { minLength: 112, maxLength: 112 }),
    formulaAt: fc.array(fc.option(fc.constantFrom(...FORMULAS), { freq: 6 }), {
      minLength: 112,
      maxLength: 112,
    }),
    formatAt: fc.array(fc.constantFrom(...FORMATS), {
      minLength: 112,
      maxLength: 112,
    }),
    top: fc.constantFrom(0, 0, 3, 1048570),
    left: fc.constantFrom(0, 0, 2, 16380),
    hiddenRows: fc.array(fc.integer({ min: 0, max: 15 }), { maxLength: 3 }),
    hiddenColumns: fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 2 }),
    merges: fc.array(
      fc.record({
        row: fc.nat(13),
        col: fc.nat(7),
        h: fc.integer({ min: 1, max: 3 }),
        w: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 2 },
    ),
    recordedKind: fc.option(fc.constantFrom(...SHEET_KINDS), {
      nil: undefined,
    }),
    protected: fc.boolean(),
    longCell: fc.boolean(),
  })
  .map((s) => {
    const at = (r: number, c: number) => (r * s.width + c) % 112;
    // A sheet used from the last rows or columns has room for fewer cells.
    const height = Math.min(s.height, 1048576 - s.top);
    const width = Math.min(s.width, 16384 - s.left);
    const rows = Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => s.seed[at(r, c)]),
    );
    return {
      rows,
      formulas: rows.map((row, r) => row.map((_, c) => s.formulaAt[at(r, c)])),
      formats: rows.map((row, r) => row.map((_, c) => s.formatAt[at(r, c)])),
      top: s.top,
      left: s.left,
      hiddenRows: s.hiddenRows.map((r) => r + s.top),
      hiddenColumns: s.hiddenColumns.map((c) => c + s.left),
      merges: s.merges,
      recordedKind: s.recordedKind,
      protected: s.protected,
      longCell: s.longCell,
    };
  });

/** The snapshot Office.js would give for the grid. */
function sheetOf(name: string, spec: GridSpec): SheetSnapshot {
  const values = spec.rows.map((row) => [...row]);
  // A merged area reads as its anchor's value and blanks.
  for (const m of spec.merges)
    for (let r = m.row; r < m.row + m.h && r < values.length; r++)
      for (let c = m.col; c < m.col + m.w && c < (values[r]?.length ?? 0); c++)
        if (r !== m.row || c !== m.col) values[r][c] = "";
  if (spec.longCell && values.length > 0) values[0][0] = LONG;
  const formulas = values.map((row, r) =>
    row.map((value, c) => spec.formulas[r][c] ?? value),
  );
  return {
    name,
    top: spec.top,
    left: spec.left,
    values,
    formulas,
    numberFormat: spec.formats.map((row) => [...row]),
    ...(spec.recordedKind ? { recordedKind: spec.recordedKind } : {}),
    ...(spec.protected ? { protected: true } : {}),
    hiddenRows: spec.hiddenRows,
    hiddenColumns: spec.hiddenColumns,
  };
}

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    signConvention: fc.constantFrom("auto", "A", "B"),
    percentBase: fc.constantFrom("auto", "from", "to"),
    tolerance: fc.oneof(
      fc.constant("auto" as const),
      fc.constantFrom(0, 0.5, 1, 3, 1000),
    ),
    riskScale: fc.constantFrom("4x4", "5x5"),
    language: fc.constantFrom("sv", "en"),
    override: fc.option(fc.constantFrom(...SHEET_KINDS), { nil: undefined }),
  })
  .map((s): Settings => ({
    ...DEFAULT_SETTINGS,
    signConvention: s.signConvention as Settings["signConvention"],
    percentBase: s.percentBase as Settings["percentBase"],
    tolerance: s.tolerance,
    riskScale: s.riskScale as Settings["riskScale"],
    language: s.language as Settings["language"],
    kindOverrides: s.override ? { "Blad 2": s.override } : {},
  }));

const workbookArb = fc
  .array(gridSpec, { minLength: 0, maxLength: 3 })
  .map((specs): WorkbookSnapshot => ({
    sheets: specs.map((spec, i) =>
      sheetOf(i === 0 ? "Drift" : `Blad ${i + 1}`, spec),
    ),
    activeSheet: specs.length ? "Drift" : undefined,
  }));

/** What the engine says about a workbook, as data that can be compared. */
function run(book: WorkbookSnapshot, settings: Settings) {
  const result = validateWorkbook(book, settings);
  const findings = result.sheets.map((s) => ({
    sheet: s.sheet,
    kind: s.kind,
    findings: s.findings,
  }));
  const plans = book.sheets.map((sheet) => {
    const { layout } = analyzeSheet(sheet, settings);
    return (["formulas", "values"] as const).map((mode) =>
      planFill(sheet, layout, settings, { mode }),
    );
  });
  // Compared as text: jest's deep equality takes seconds on 16 000 findings.
  return JSON.stringify({ findings, plans });
}

function checkSane(book: WorkbookSnapshot, text: string) {
  const out = JSON.parse(text);
  const names = new Set(book.sheets.map((s) => s.name));
  for (const sheet of out.findings as {
    findings: {
      rule: string;
      cell: string;
      sheet: string;
      message: string;
      fix?: { edits: { sheet: string; row: number; col: number }[] };
    }[];
  }[]) {
    expect(sheet.findings.filter((f) => f.rule === "engine.failure")).toEqual(
      [],
    );
    for (const f of sheet.findings) {
      expect(names.has(f.sheet)).toBe(true);
      const { row, col } = parseA1(f.cell.split(":")[0]);
      expect(row).toBeGreaterThanOrEqual(0);
      expect(row).toBeLessThan(1048576);
      expect(col).toBeLessThan(16384);
      expect(f.message).not.toMatch(/NaN|undefined|Infinity|\[object/);
      for (const e of f.fix?.edits ?? []) {
        expect(names.has(e.sheet)).toBe(true);
        expect(e.row).toBeLessThan(1048576);
        expect(e.col).toBeLessThan(16384);
      }
    }
  }
}

describe("the engine on random and hostile workbooks", () => {
  test("never throws, never fails a rule, leaves the input alone, answers the same twice", () => {
    fc.assert(
      fc.property(workbookArb, settingsArb, (book, settings) => {
        const before = JSON.stringify(book);
        const first = run(book, settings);
        expect(JSON.stringify(book)).toBe(before);
        checkSane(book, first);
        expect(run(JSON.parse(before), settings) === first).toBe(true);
      }),
      { numRuns: 250 },
    );
  }, 120000);

  const extreme: [string, WorkbookSnapshot][] = [
    ["an empty workbook", { sheets: [] }],
    [
      "an empty sheet",
      {
        sheets: [
          {
            name: "Tom",
            top: 0,
            left: 0,
            values: [],
            formulas: [],
            numberFormat: [],
          },
        ],
      },
    ],
    [
      "a one-cell sheet",
      {
        sheets: [
          {
            name: "Ett",
            top: 0,
            left: 0,
            values: [[7]],
            formulas: [[7]],
            numberFormat: [["General"]],
          },
        ],
      },
    ],
    [
      "a one-cell sheet in the last cell (XFD1048576)",
      {
        sheets: [
          {
            name: "Sist",
            top: 1048575,
            left: 16383,
            values: [["Summa"]],
            formulas: [["Summa"]],
            numberFormat: [["General"]],
          },
        ],
      },
    ],
    ["a sheet 16 384 columns wide", { sheets: [wideSheet()] }],
    ["a 50 000-character label on every row", { sheets: [longLabels()] }],
    ["a sheet of error values", { sheets: [errorsSheet()] }],
  ];

  test.each(extreme)(
    "%s",
    (name, book) => {
      // The wide sheet takes seconds per kind (16 382 findings): content recognition (the money
      // rules) and the indicator rules, which read across the columns, are enough there.
      const kinds: (SheetKind | undefined)[] = name.includes("16 384")
        ? [undefined, "indikatorer"]
        : [undefined, ...SHEET_KINDS];
      for (const kind of kinds) {
        const withKind = {
          ...book,
          sheets: book.sheets.map((s) => ({
            ...s,
            ...(kind ? { recordedKind: kind } : {}),
          })),
        };
        const out = run(withKind, DEFAULT_SETTINGS);
        checkSane(withKind, out);
        expect(run(withKind, DEFAULT_SETTINGS) === out).toBe(true);
      }
    },
    180000,
  );
});

function wideSheet(): SheetSnapshot {
  const width = 16384;
  const header: CellValue[] = Array.from({ length: width }, (_, c) =>
    c === 0 ? "Verksamhet" : c % 2 ? `Budget ${2000 + (c % 30)}` : "Utfall",
  );
  const row = (label: string, base: number): CellValue[] =>
    Array.from({ length: width }, (_, c) => (c === 0 ? label : base + c));
  const values = [
    header,
    row("Kultur", 10),
    row("Skola", 20),
    row("Summa", 31),
  ];
  return {
    name: "Bred",
    top: 0,
    left: 0,
    values,
    formulas: values.map((r) => [...r]),
    numberFormat: values.map((r) => r.map(() => "#,##0")),
  };
}

function longLabels(): SheetSnapshot {
  const values: CellValue[][] = [
    ["Verksamhet", "Budget 2024", "Utfall 2024", "Avvikelse"],
    [`${LONG}A`, 100, 120, 20],
    [`${LONG}B`, "1 000", 900, -100],
    [`Summa ${LONG}`, 1100, 1020, -80],
  ];
  return {
    name: "Långt",
    top: 0,
    left: 0,
    values,
    formulas: values.map((r) => [...r]),
    numberFormat: values.map((r) => r.map(() => "#,##0")),
  };
}

function errorsSheet(): SheetSnapshot {
  const values: CellValue[][] = [
    ["Verksamhet", "Budget 2024", "Utfall 2024", "Avvikelse", "Förändring %"],
    ["Kultur", "#N/A", 120, "#DIV/0!", "#REF!"],
    ["Skola", true, 45000.5, false, "#VALUE!"],
    ["Summa", "#REF!", "#N/A", "#DIV/0!", "#NUM!"],
  ];
  return {
    name: "Fel",
    top: 0,
    left: 0,
    values,
    formulas: values.map((r) => r.map((v) => (v === "#REF!" ? "=#REF!" : v))),
    numberFormat: values.map((r, i) =>
      r.map((_, c) => (i === 2 && c === 2 ? "yyyy-mm-dd" : "#,##0")),
    ),
  };
}
