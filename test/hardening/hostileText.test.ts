/**
 * Text that starts with = + - @ is never written back as a formula, by any writer: a CellEdit's
 * value in MemoryWorkbook, the preview and Excel (also when undo puts it back), the labels the
 * templates write, the fixes and fills the engine plans on a sheet full of such labels, the
 * command line's .xlsx writer and the preview's .xlsx writer.
 */
import JSZip from "jszip";
import { planFill } from "../../src/core/fill";
import { recognizeSheet } from "../../src/core/layout/registry";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  TemplateKind,
  TemplateOptions,
  buildTemplate,
} from "../../src/core/templates";
import { validateWorkbook } from "../../src/core/validate";
import { CellEdit, Edit } from "../../src/core/workbook";
import { editsToXlsx } from "../../src/cli/template/writeXlsx";
import { PreviewWorkbook } from "../../src/preview/model/previewWorkbook";
import { readXlsx } from "../../src/preview/xlsx/readXlsx";
import { writeXlsx } from "../../src/preview/xlsx/writeXlsx";
import { HOST_NAMES, Host, makeHost, seededHost } from "./support/hosts";
import { HOSTILE_LABELS, SHEET, buildTable } from "./support/sheets";

/** Every way a typed text can make Excel start a formula, plus text Excel would convert. */
const TEXTS = [
  ...HOSTILE_LABELS,
  "=",
  "+",
  "-",
  "@",
  "=SUMMA(A1:A3)",
  "+Skola",
  "-1 741",
  "@SUM(1)",
  " =1+1",
  "'=1+1",
  "45 725",
  "SANT",
];

const textEdits = (sheet: string): CellEdit[] =>
  TEXTS.map((value, row) => ({ op: "cell", sheet, row, col: 0, value }));

function expectTexts(host: Host, sheet: string) {
  TEXTS.forEach((text, row) =>
    expect([row, host.cellText(sheet, row, 0)]).toEqual([
      row,
      { content: text, text: true },
    ]),
  );
}

describe.each(HOST_NAMES)("a port writing text (%s)", (name) => {
  test("stays text when written, read back and restored by undo", async () => {
    const host = await seededHost(name, ["Blad1"], textEdits("Blad1"));
    expectTexts(host, "Blad1");
    const read = await host.port.readSnapshot();
    expect(read.sheets[0].values.map((row) => row[0])).toEqual(TEXTS);

    // A fix and then a user edit overwrite the texts; both are taken back.
    const first = await host.port.apply(
      TEXTS.map((_, row) => ({
        op: "cell",
        sheet: "Blad1",
        row,
        col: 0,
        formula: `=${row}+1`,
      })),
      "Rätta",
    );
    const second = await host.port.apply(
      TEXTS.map((_, row) => ({
        op: "cell",
        sheet: "Blad1",
        row,
        col: 0,
        value: row,
      })),
      "Skriv",
    );
    await host.port.undo(second);
    await host.port.undo(first);
    expectTexts(host, "Blad1");
    const again = await host.port.readSnapshot();
    expect(again.sheets[0].values.map((row) => row[0])).toEqual(TEXTS);
  });
});

/** The templates that write labels the user typed, each given the hostile ones. */
const LABELLED: { kind: TemplateKind; options: Partial<TemplateOptions> }[] = [
  { kind: "driftredovisning", options: { verksamheter: HOSTILE_LABELS } },
  { kind: "indikatorer", options: { rows: HOSTILE_LABELS } },
  { kind: "internkontroll", options: { rows: HOSTILE_LABELS } },
  { kind: "riskanalys", options: { rows: HOSTILE_LABELS } },
];

function hostileTemplate(
  kind: TemplateKind,
  options: Partial<TemplateOptions>,
) {
  return buildTemplate({ kind, year: 2024, unit: "tkr", ...options }, []);
}

/** The hostile labels among a batch's cell values, where they are. */
function labelCells(edits: readonly Edit[]) {
  return edits.filter(
    (e): e is CellEdit =>
      e.op === "cell" &&
      typeof e.value === "string" &&
      HOSTILE_LABELS.includes(e.value.trim()),
  );
}

/** No formula in the batch carries a label's text (it would run when Excel computes it). */
function expectNoLabelInFormulas(edits: readonly Edit[]) {
  for (const edit of edits) {
    if (edit.op !== "cell" || edit.formula === undefined) continue;
    for (const label of HOSTILE_LABELS)
      expect(edit.formula).not.toContain(label);
    expect(edit.formula).not.toMatch(/HYPERLINK|cmd\||script|onerror/i);
  }
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

describe.each(LABELLED)(
  "the $kind template with hostile labels",
  ({ kind, options }) => {
    const template = hostileTemplate(kind, options);

    test("writes every label as a value, never inside a formula", () => {
      expect(labelCells(template.edits).length).toBeGreaterThanOrEqual(
        HOSTILE_LABELS.length,
      );
      expectNoLabelInFormulas(template.edits);
    });

    test.each(HOST_NAMES)("the labels arrive as text in %s", async (name) => {
      const host = makeHost(name, ["Blad1"]);
      await host.port.apply(template.edits, "Mall");
      for (const edit of labelCells(template.edits))
        expect(host.cellText(edit.sheet, edit.row, edit.col)).toEqual({
          content: edit.value,
          text: true,
        });
    });

    test("the command line's .xlsx writer stores the labels as strings", async () => {
      const zip = await JSZip.loadAsync(await editsToXlsx(template.edits));
      const sheetXml = await zip
        .file("xl/worksheets/sheet1.xml")!
        .async("string");
      const formulas = [...sheetXml.matchAll(/<f>([^<]*)<\/f>/g)].map(
        (m) => m[1],
      );
      for (const f of formulas)
        expect(f).not.toMatch(/HYPERLINK|cmd|kommun|Övrigt|46 8/);
      const strings =
        (await zip.file("xl/sharedStrings.xml")?.async("string")) ?? "";
      const texts = [
        ...(strings + sheetXml).matchAll(/<t[^>]*>([^<]*)<\/t>/g),
      ].map((m) => unescapeXml(m[1]));
      for (const label of HOSTILE_LABELS) expect(texts).toContain(label);
    });
  },
);

describe("fixes and fills on a table whose labels look like formulas", () => {
  const table = buildTable({
    rows: HOSTILE_LABELS.map((label, i) => ({
      label,
      budget: -10_000 - i * 1000,
      prognos: 300 - i * 100,
      fault: (["figure", "deviation", "blankDeviation", "text"] as const)[
        i % 4
      ],
    })),
    totalAsFormula: false,
    totalOff: 700,
    looks: [],
  });

  test.each(HOST_NAMES)("leave every label as text (%s)", async (name) => {
    const host = await seededHost(name, [SHEET], table.seed);
    const snapshot = await host.port.readSnapshot();
    const fixes = validateWorkbook(snapshot, DEFAULT_SETTINGS)
      .sheets.flatMap((s) => s.findings)
      .flatMap((f) => f.fix?.edits ?? []);
    expect(fixes.length).toBeGreaterThan(0);
    expectNoLabelInFormulas(fixes);
    await host.port.apply(fixes, "Rätta alla");

    const sheet = (await host.port.readSnapshot()).sheets[0];
    const plan = planFill(
      sheet,
      recognizeSheet(sheet, DEFAULT_SETTINGS),
      DEFAULT_SETTINGS,
      {
        mode: "formulas",
      },
    );
    const fill = [...plan.edits, ...plan.overwrites.map((o) => o.edit)];
    expectNoLabelInFormulas(fill);
    if (fill.length) await host.port.apply(fill, "Fyll i");

    HOSTILE_LABELS.forEach((label, i) =>
      expect(host.cellText(SHEET, i + 2, 0)).toEqual({
        content: label,
        text: true,
      }),
    );
  });
});

describe("the preview's .xlsx writer", () => {
  test("saves text that reads as a formula as a string, and it opens as text again", async () => {
    const book = new PreviewWorkbook(["Blad1"]);
    book.apply(textEdits("Blad1"), "text");
    const bytes = await writeXlsx(book);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(sheetXml).not.toMatch(/<f>/);

    const { book: reopened } = await readXlsx(bytes);
    TEXTS.forEach((text, row) => {
      expect(reopened.content("Blad1", row, 0)).toBe(text);
      if (text.startsWith("="))
        expect(reopened.isLiteralText("Blad1", row, 0)).toBe(true);
    });
  });
});
