/**
 * B4: Excel round trips. The real Office.js port (src/host/excel.ts) runs against the task
 * pane's office-addin-mock Excel (test/host/excelFake.ts), which counts every context.sync():
 * validating 1, 3 and 10 generated driftredovisning sheets of 10 000 rows (the read, then the
 * marks the pane puts on the findings) and applying 1 and 1 000 of the engine's own fixes (and
 * undoing them). Target: ≤ 2 per operation, independent of size. Counts do not vary from run to
 * run, so each operation runs once; each is checked for having done its work, since a port that
 * skips the work would count few trips too.
 */
import { Finding } from "../src/core/findings";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { validateWorkbook } from "../src/core/validate";
import { CellEdit, SheetSnapshot, WorkbookSnapshot } from "../src/core/workbook";
import { ExcelPort } from "../src/host/excel";
import { marksFor } from "../src/taskpane/state/marks";
import { FakeCell, FakeExcel } from "../test/host/excelFake";
import { generateDrift } from "./generate/drift";
import { Benchmark, Line, line } from "./support/result";
import { exact } from "./support/stats";

const SEED = 20250430;
const TRIPS = 2;

const FULL = { rows: 10_000, sheets: [1, 3, 10], fixes: [1, 1_000] };
const QUICK = { rows: 2_000, sheets: [1, 3], fixes: [1, 100] };

const n = (count: number) => count.toLocaleString("sv-SE");
const sheetName = (i: number) => `Drift ${i + 1}`;

/** One generated sheet per name, placed in a fresh fake Excel as the workbook's content. */
function workbookOf(count: number, rows: number, faultEvery: number) {
  const excel = new FakeExcel([]);
  const expected: SheetSnapshot[] = [];
  for (let i = 0; i < count; i += 1) {
    const name = sheetName(i);
    const { sheet } = generateDrift(rows, { seed: SEED + i, faultEvery });
    excel.addSheet(name);
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = sheet.formulas[r][c];
        const numberFormat = sheet.numberFormat[r][c];
        if (value === "" && formula === "" && numberFormat === "General") return;
        excel.setCell(name, r, c, { input: formula, value, numberFormat });
      })
    );
    expected.push({ ...sheet, name });
  }
  excel.activeSheet = sheetName(0);
  excel.install();
  return { excel, expected };
}

/** Trips one port call took. */
async function counted(excel: FakeExcel, call: () => Promise<unknown>): Promise<number> {
  const before = excel.syncCount;
  await call();
  return excel.syncCount - before;
}

/** Validate, apply and undo have the target; clearing marks is reported beside. */
function tripLine(label: string, trips: number, targeted = true): Line {
  return line({
    label,
    unit: "trips",
    value: exact(trips),
    ...(targeted ? { target: { op: "<=" as const, value: TRIPS } } : {}),
  });
}

function fixable(workbook: WorkbookSnapshot): Finding[] {
  return validateWorkbook(workbook, DEFAULT_SETTINGS).sheets.flatMap((s) =>
    s.findings.filter((f) => (f.fix?.edits.length ?? 0) > 0)
  );
}

/** A cell as entered: the fake computes no formulas, so a formula's shown value is left out. */
const entered = (cell: FakeCell) =>
  typeof cell.input === "string" && cell.input.startsWith("=") ? { ...cell, value: null } : cell;

const written = (excel: FakeExcel, edit: CellEdit) => {
  const cell = excel.cell(edit.sheet, edit.row, edit.col);
  return edit.formula !== undefined ? cell.input === edit.formula : edit.value === undefined || cell.input === edit.value;
};

export const b4: Benchmark = {
  id: "B4",
  title: "Excel round trips (context.sync) through office-addin-mock",
  async run(context) {
    const size = context.quick ? QUICK : FULL;
    const rowsText = n(size.rows);
    const lines: Line[] = [];
    const notes: string[] = [];

    for (const count of size.sheets) {
      context.log(`B4 validate ${count} × ${rowsText} rows`);
      const { excel, expected } = workbookOf(count, size.rows, 40);
      const port = new ExcelPort();
      let snapshot: WorkbookSnapshot = { sheets: [] };
      const read = await counted(excel, async () => (snapshot = await port.readSnapshot()));
      // The read must be the workbook: the same findings as validating the generated snapshot.
      const results = validateWorkbook(snapshot, DEFAULT_SETTINGS).sheets;
      const direct = validateWorkbook({ sheets: expected }, DEFAULT_SETTINGS).sheets;
      const same = JSON.stringify(results) === JSON.stringify(direct);
      const marks = marksFor(results);
      let record: Awaited<ReturnType<ExcelPort["highlight"]>> | null = null;
      const mark = await counted(excel, async () => (record = await port.highlight(marks)));
      const marked = marks.every((m) => excel.cell(m.sheet, m.row, m.col).fill === m.color.toUpperCase());
      const clear = await counted(excel, () => port.clearHighlights(record!));
      const cleared = marks.every((m) => excel.cell(m.sheet, m.row, m.col).fill === null);
      lines.push(
        tripLine(`validate ${count} × ${rowsText} rows: read`, read),
        tripLine(`validate ${count} × ${rowsText} rows: mark ${marks.length} findings`, mark),
        tripLine(`validate ${count} × ${rowsText} rows: clear marks`, clear, false)
      );
      notes.push(
        `${count} sheet(s): ${results.reduce((n, s) => n + s.findings.length, 0)} findings; ` +
          `read ${same ? "equals" : "DIFFERS FROM"} the generated workbook, ` +
          `marks ${marked ? "set" : "NOT SET"}, ${cleared ? "cleared" : "NOT CLEARED"}`
      );
      // A count is worth nothing when the work was not done: the read line fails then.
      if (!same || !marked || !cleared) lines[lines.length - 3].pass = false;
    }

    // Every group with a fault, so that 1 000 fixes are there to apply.
    const sheets = Math.max(...size.sheets);
    context.log(`B4 fixes on ${sheets} × ${rowsText} rows`);
    const { excel, expected } = workbookOf(sheets, size.rows, 1);
    const findings = fixable({ sheets: expected });
    for (const count of size.fixes) {
      if (findings.length < count) {
        notes.push(`only ${findings.length} fixes to apply, not ${count}`);
        continue;
      }
      const chosen = findings.slice(0, count);
      const edits = chosen.flatMap((f) => f.fix!.edits);
      const port = new ExcelPort();
      const before = new Map(edits.map((e) => [`${e.sheet}!${e.row},${e.col}`, { ...excel.cell(e.sheet, e.row, e.col) }]));
      let record: Awaited<ReturnType<ExcelPort["apply"]>> | null = null;
      const apply = await counted(excel, async () => (record = await port.apply(edits, `Rätta alla (${count})`)));
      const applied = edits.every((e) => written(excel, e));
      const undo = await counted(excel, () => port.undo(record!));
      const restored = [...before].every(([k, cell]) => {
        const [sheet, at] = k.split("!");
        const [row, col] = at.split(",").map(Number);
        return JSON.stringify(entered(excel.cell(sheet, row, col))) === JSON.stringify(entered(cell));
      });
      lines.push(
        tripLine(`apply ${n(count)} fixes (${n(edits.length)} cells)`, apply),
        tripLine(`undo ${n(count)} fixes`, undo)
      );
      notes.push(
        `${count} fixes: ${applied ? "written" : "NOT WRITTEN"}, undo ${restored ? "restored every cell" : "DID NOT RESTORE"}`
      );
      if (!applied || !restored) lines[lines.length - 2].pass = false;
    }

    return {
      id: "B4",
      title: this.title,
      params: { seed: SEED, rows: size.rows, sheets: size.sheets, fixes: size.fixes, harness: "test/host/excelFake.ts" },
      lines,
      notes,
    };
  },
};
