/**
 * Nothing lost: for random tables and random sequences of batches — the engine's fixes, "Fyll
 * i" (formulas or values, with or without overwrites), new template sheets and the user's own
 * edits — applying the batches and then undoing them newest first puts every cell back exactly
 * as it was before each batch (content, text-ness, number format, fill, font, alignment,
 * wrapping), in MemoryWorkbook, in the preview (HyperFormula) and in Excel (the Office.js port
 * over the fake).
 */
import fc from "fast-check";
import { FillMode, planFill } from "../../src/core/fill";
import { recognizeSheet } from "../../src/core/layout/registry";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { TemplateKind, buildTemplate } from "../../src/core/templates";
import { validateWorkbook } from "../../src/core/validate";
import { CellEdit, Edit, UndoRecord } from "../../src/core/workbook";
import { HOST_NAMES, Host, WorkbookDump, seededHost } from "./support/hosts";
import { HOSTILE_LABELS, SHEET, buildTable, tableSpec } from "./support/sheets";

type Step =
  | { kind: "fixes"; pick: number[] }
  | { kind: "fill"; mode: FillMode; overwrites: boolean }
  | { kind: "template"; template: TemplateKind }
  | { kind: "cells"; edits: CellEdit[] };

const userEdit: fc.Arbitrary<CellEdit> = fc.record(
  {
    op: fc.constant("cell" as const),
    sheet: fc.constant(SHEET),
    row: fc.integer({ min: 0, max: 12 }),
    col: fc.integer({ min: 0, max: 5 }),
    value: fc.oneof(
      fc.constant(null),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.constantFrom(...HOSTILE_LABELS, "45 725", "SANT", "2024-12-31"),
    ),
    numberFormat: fc.constantFrom("General", "#,##0", "0.0%"),
    fill: fc.constantFrom(null, "#FDE7E9"),
    font: fc.record({ bold: fc.boolean(), italic: fc.boolean() }),
  },
  { requiredKeys: ["op", "sheet", "row", "col"] },
);

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("fixes" as const),
    pick: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant("fill" as const),
    mode: fc.constantFrom<FillMode>("formulas", "values"),
    overwrites: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("template" as const),
    template: fc.constantFrom<TemplateKind>(
      "resultatrakning",
      "driftredovisning",
      "investeringar",
      "internkontroll",
    ),
  }),
  fc.record({
    kind: fc.constant("cells" as const),
    edits: fc.array(userEdit, { minLength: 1, maxLength: 8 }),
  }),
);

/** The batch a step makes, from the workbook as the host has it now. */
async function editsFor(host: Host, s: Step): Promise<Edit[]> {
  if (s.kind === "cells") return s.edits;
  const snapshot = await host.port.readSnapshot();
  if (s.kind === "template")
    return buildTemplate(
      { kind: s.template, year: 2024, unit: "tkr" },
      snapshot.sheets.map((sheet) => sheet.name),
    ).edits;
  if (s.kind === "fixes") {
    const fixable = validateWorkbook(snapshot, DEFAULT_SETTINGS)
      .sheets.flatMap((sheet) => sheet.findings)
      .filter((f) => f.fix);
    if (fixable.length === 0) return [];
    const chosen = new Set(s.pick.map((i) => i % fixable.length));
    return [...chosen].flatMap((i) => fixable[i].fix!.edits);
  }
  const sheet = snapshot.sheets.find((x) => x.name === SHEET)!;
  const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
  const plan = planFill(sheet, layout, DEFAULT_SETTINGS, { mode: s.mode });
  return [
    ...plan.edits,
    ...(s.overwrites ? plan.overwrites.map((o) => o.edit) : []),
  ];
}

describe.each(HOST_NAMES)("apply, then undo newest first (%s)", (name) => {
  test("every batch taken back restores the workbook as it was before it", async () => {
    let batchesSeen = 0;
    await fc.assert(
      fc.asyncProperty(
        tableSpec,
        fc.array(step, { minLength: 1, maxLength: 4 }),
        async (spec, steps) => {
          const table = buildTable(spec);
          const host = await seededHost(name, [SHEET, "Blad2"], table.seed);
          const dump = () => host.dump(table.rows, table.cols);
          const states: WorkbookDump[] = [dump()];
          const records: UndoRecord[] = [];
          for (const s of steps) {
            const edits = await editsFor(host, s);
            if (edits.length === 0) continue;
            records.push(await host.port.apply(edits, s.kind));
            states.push(dump());
            batchesSeen += 1;
          }
          for (let i = records.length - 1; i >= 0; i--) {
            await host.port.undo(records[i]);
            expect(dump()).toEqual(states[i]);
          }
        },
      ),
      { numRuns: 40 },
    );
    // The property is about batches: make sure the runs really wrote some.
    expect(batchesSeen).toBeGreaterThan(40);
    // 40 runs over the Excel mock take ~15 s alone and over 30 s beside the whole suite.
  }, 240000);
});
