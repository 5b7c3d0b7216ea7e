/**
 * B1: validateWorkbook (recognition and every rule, as the task pane calls it) on a generated
 * driftredovisning of 10 000, 100 000 and 1 000 000 rows, against a bare pass over the same
 * snapshot that reads every cell once and sums the numbers. Targets: ≤ 10× the bare pass at
 * every size, and time per row flat across sizes (linear). A checker written for this sheet
 * alone (floor.ts) is timed in the same rounds: what checking it costs with nothing recognised.
 */
import { Finding } from "../src/core/findings";
import { DEFAULT_SETTINGS } from "../src/core/settings";
import { validateWorkbook } from "../src/core/validate";
import { SheetSnapshot, WorkbookSnapshot } from "../src/core/workbook";
import { floorCheck } from "./floor";
import { generateDrift } from "./generate/drift";
import { Benchmark, Line, line, timedLine } from "./support/result";
import { exact, measure, perCall, repeated, rounds, scale } from "./support/stats";

const SEED = 20250430;
/** Time per row may grow this much from the smallest size to the largest and still be linear. */
const FLAT = 1.5;

interface Size {
  rows: number;
  warmup: number;
  runs: number;
}

// The engine's code is optimised only after several calls: at 10 000 rows the first few take
// 5–10 times as long as the rest (measured here), and three warm-up rounds were not enough.
// The figures are the steady state, as in a pane that has validated a few times.
const FULL: Size[] = [
  { rows: 10_000, warmup: 12, runs: 11 },
  { rows: 100_000, warmup: 3, runs: 7 },
  { rows: 1_000_000, warmup: 1, runs: 3 },
];
const QUICK: Size[] = [
  { rows: 10_000, warmup: 10, runs: 5 },
  { rows: 100_000, warmup: 2, runs: 3 },
];

/**
 * The bare pass is repeated in each timed round until the round covers about this many rows,
 * and the time of one pass is reported. At 10 000 rows one pass takes a fraction of a
 * millisecond, and the process's CPU time over so short a window counts other threads' work
 * as well (such as the collector's helpers finishing what the contender before left): timed
 * once per round, the pass took four times as long per row as at 100 000 rows (1,06 ms per
 * 10 000 rows against 2,4 ms per 100 000).
 */
const BARE_ROWS_PER_ROUND = 100_000;

/** Results go here so that the optimiser cannot drop the work that made them. */
let sink: unknown = null;

/** The floor: every cell read once, the numbers summed. */
export function barePass(sheet: SheetSnapshot): number {
  const values = sheet.values;
  let sum = 0;
  for (let r = 0; r < values.length; r += 1) {
    const row = values[r];
    for (let c = 0; c < row.length; c += 1) {
      const v = row[c];
      if (typeof v === "number") sum += v;
    }
  }
  return sum;
}

/** Planted faults the engine did not report: a fast engine that skips work is no engine. */
function missedFaults(faults: string[], reported: string[]): string[] {
  const found = new Set(reported);
  return faults.filter((fault) => !found.has(fault));
}

/** A finding named as B1 names planted faults: "sum@C12". */
const faultName = (f: Finding) => `${f.rule.split(".")[0]}@${f.cell}`;

const formatRows = (rows: number) => rows.toLocaleString("sv-SE");

export const b1: Benchmark = {
  id: "B1",
  title: "validateWorkbook on a driftredovisning vs a bare pass over the snapshot",
  async run(context) {
    const sizes = context.quick ? QUICK : FULL;
    const lines: Line[] = [];
    const notes: string[] = [];
    const perRow: { rows: number; median: number }[] = [];
    for (const size of sizes) {
      const generated = generateDrift(size.rows, { seed: SEED });
      const workbook: WorkbookSnapshot = { sheets: [generated.sheet], activeSheet: "Drift" };
      // The first call of each size, before any warm-up (at 10 000 rows the process's first):
      // what a user waits for the first time, reported beside the steady state.
      let result = { sheets: [] } as ReturnType<typeof validateWorkbook>;
      const first = await measure(() => (result = validateWorkbook(workbook, DEFAULT_SETTINGS)));
      const findings = result.sheets[0].findings;
      const missed = missedFaults(generated.faults, findings.map(faultName));
      notes.push(
        `${formatRows(size.rows)} rows: kind ${result.sheets[0].kind}, ${findings.length} findings, ` +
          `${generated.faults.length - missed.length} of ${generated.faults.length} planted faults reported` +
          (missed.length ? ` (missed ${missed.slice(0, 5).join(", ")}${missed.length > 5 ? ", …" : ""})` : "")
      );
      const runs = context.runs ?? size.runs;
      context.log(`B1 ${formatRows(size.rows)} rows: ${size.warmup} warm-up + ${runs} rounds`);
      const floorMissed = missedFaults(generated.faults, floorCheck(generated.sheet).faults);
      if (floorMissed.length > 0) notes.push(`${formatRows(size.rows)} rows: the floor checker missed ${floorMissed.slice(0, 5).join(", ")}`);
      const passes = Math.max(1, Math.round(BARE_ROWS_PER_ROUND / size.rows));
      const bareRepeated = repeated(() => barePass(generated.sheet), passes);
      const [engine, bareRounds, floor] = await rounds(
        [
          () => (sink = validateWorkbook(workbook, DEFAULT_SETTINGS)),
          () => (sink = bareRepeated()),
          () => (sink = floorCheck(generated.sheet)),
        ],
        { warmup: size.warmup, runs, onRound: (i) => context.log(`  round ${i + 1}/${runs}`) }
      );
      const bare = perCall(bareRounds, passes);
      const main = timedLine({
        label: `${formatRows(size.rows)} rows: validateWorkbook`,
        subject: engine,
        reference: { label: "bare pass", times: bare },
        target: { op: "<=", value: 10 },
      });
      lines.push(main);
      lines.push(
        timedLine({
          label: `${formatRows(size.rows)} rows: floor (a checker that knows the layout)`,
          subject: floor,
          reference: { label: "bare pass", times: bare },
        })
      );
      // What recognition and diagnostics cost over the floor, round by round: the measure a
      // target set against the floor would read.
      lines.push(
        timedLine({
          label: `${formatRows(size.rows)} rows: validateWorkbook vs the floor`,
          subject: engine,
          reference: { label: "floor", times: floor },
        })
      );
      lines.push(line({ label: `${formatRows(size.rows)} rows: first call, cold`, unit: "ms", clock: "cpu", value: exact(first.cpu) }));
      const rowStat = scale(main.value, 1000 / size.rows);
      perRow.push({ rows: size.rows, median: rowStat.median });
      lines.push(line({ label: `${formatRows(size.rows)} rows: per row`, unit: "µs", clock: "cpu", value: rowStat }));
    }
    const smallest = perRow[0];
    for (const size of perRow.slice(1)) {
      lines.push(
        line({
          label: `per row, ${formatRows(size.rows)} ÷ ${formatRows(smallest.rows)} rows`,
          unit: "×",
          value: exact(size.median / smallest.median),
          target: { op: "<=", value: FLAT },
        })
      );
    }
    if (sink === null) notes.push("no result was kept");
    return {
      id: "B1",
      title: this.title,
      params: { seed: SEED, sizes, faultEvery: 40, settings: "DEFAULT_SETTINGS", bareRowsPerRound: BARE_ROWS_PER_ROUND },
      lines,
      notes,
    };
  },
};
