/**
 * Issue 11, B3: KOLL.AVVIKELSE, KOLL.FÖRÄNDRING.PROCENT and KOLL.RISKMATRIS on 100 000-cell
 * inputs shaped as Excel passes them (number[][]), against a plain JS loop doing the same
 * arithmetic. Target: ≤ 3× the loop. Each case runs after a warm-up; the median of the runs is
 * reported, and the ratio is taken within the same run because the machine is shared.
 *
 *   npx tsc -p bench/tsconfig.b3.json && node /tmp/rapportkoll-bench-b3/bench/functions-b3.js
 */
import "../src/preview/customFunctionsRuntime";
import {
  avvikelse,
  forandringProcent,
  riskmatris,
} from "../src/functions/functions";

const CELLS = 100_000;
const RUNS = 31;

/** A deterministic generator (mulberry32), so anyone can reproduce the inputs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function column(rows: number, value: (r: number) => number): number[][] {
  return Array.from({ length: rows }, (_, r) => [value(r)]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function elapsed(run: () => unknown): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

interface Timing {
  median: number;
  min: number;
  max: number;
}

function summary(times: number[]): Timing {
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
  };
}

/**
 * Times the function and its loop in alternation, so that both see the same load on a shared
 * machine; the ratio is the median of the per-round ratios.
 */
function compare(fn: () => unknown, loop: () => unknown) {
  for (let i = 0; i < 5; i++) {
    fn();
    loop();
  }
  const ours: number[] = [];
  const floor: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // No forced gc() between runs: a full collection throws away optimised code, and the
    // function (more code than the loop) then spends the run re-optimising.
    const a = elapsed(fn);
    const b = elapsed(loop);
    ours.push(a);
    floor.push(b);
    ratios.push(a / b);
  }
  const o = summary(ours);
  const l = summary(floor);
  // The ratio of the fastest runs shows the cost without the machine's other load.
  return { ours: o, loop: l, ratio: median(ratios), bestRatio: o.min / l.min };
}

const next = random(11);
// Net costs (negative) and income rows (positive) with outcomes within ±20 % of budget, as in a
// driftredovisning; one row in a thousand has a zero budget and so an error cell.
const budget = column(CELLS, (r) =>
  r % 1000 === 999 ? 0 : Math.round((next() < 0.8 ? -1 : 1) * next() * 1e6),
);
const outcome = column(
  CELLS,
  (r) => Math.round(budget[r][0] * (0.8 + next() * 0.4)) || 1,
);
const likelihood = column(CELLS, () => 1 + Math.floor(next() * 4));
const consequence = column(CELLS, () => 1 + Math.floor(next() * 4));

/** The floor: what any implementation must do — read both cells, compute, write a cell. */
function loopDeviation(b: number[][], u: number[][]): number[][] {
  const out: number[][] = new Array(b.length);
  for (let r = 0; r < b.length; r++) {
    const row: number[] = new Array(b[r].length);
    for (let c = 0; c < row.length; c++) row[c] = u[r][c] - b[r][c];
    out[r] = row;
  }
  return out;
}

function loopPercentChange(f: number[][], t: number[][]): (number | null)[][] {
  const out: (number | null)[][] = new Array(f.length);
  for (let r = 0; r < f.length; r++) {
    const row: (number | null)[] = new Array(f[r].length);
    for (let c = 0; c < row.length; c++) {
      const from = f[r][c];
      const to = t[r][c];
      row[c] =
        from === 0 || (from < 0 && to > 0) || (from > 0 && to < 0)
          ? null
          : (to - from) / from;
    }
    out[r] = row;
  }
  return out;
}

function loopRiskMatrix(s: number[][], k: number[][], size = 4): number[][] {
  const counts = new Array(size * size).fill(0);
  for (let r = 0; r < s.length; r++) {
    const likelihood = s[r][0];
    const consequence = k[r][0];
    if (
      likelihood < 1 ||
      likelihood > size ||
      consequence < 1 ||
      consequence > size
    )
      continue;
    counts[(size - likelihood) * size + consequence - 1]++;
  }
  return Array.from({ length: size }, (_, r) =>
    counts.slice(r * size, (r + 1) * size),
  );
}

const cases: Array<[string, () => unknown, () => unknown]> = [
  [
    "avvikelse",
    () => avvikelse(budget, outcome),
    () => loopDeviation(budget, outcome),
  ],
  [
    "forandringProcent",
    () => forandringProcent(budget, outcome),
    () => loopPercentChange(budget, outcome),
  ],
  [
    "riskmatris",
    () => riskmatris(likelihood, consequence),
    () => loopRiskMatrix(likelihood, consequence),
  ],
];

const results = cases.map(([name, fn, loop]) => ({
  name,
  cells: CELLS,
  ...compare(fn, loop),
}));

console.log(
  `B3 on ${CELLS} cells, Node ${process.version}, ${RUNS} alternating runs after warm-up (ms: median, min–max)`,
);
const fmt = (t: Timing) =>
  `${t.median.toFixed(2)} (${t.min.toFixed(2)}–${t.max.toFixed(2)})`;
for (const r of results) {
  console.log(
    `${r.name.padEnd(18)} KOLL ${fmt(r.ours).padEnd(22)} loop ${fmt(r.loop).padEnd(22)} ratio ${r.ratio.toFixed(2)}× (fastest runs ${r.bestRatio.toFixed(2)}×)`,
  );
}
