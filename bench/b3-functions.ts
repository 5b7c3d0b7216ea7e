/**
 * B3: KOLL.AVVIKELSE, KOLL.FÖRÄNDRING.PROCENT and KOLL.RISKMATRIS on 100 000-cell inputs shaped
 * as Excel passes them (number[][], one column), against a plain JS loop doing the same
 * arithmetic and building the same result shape. Target: ≤ 3× the loop.
 */
import "../src/preview/customFunctionsRuntime";
import { avvikelse, forandringProcent, riskmatris } from "../src/functions/functions";
import { Benchmark, Line, timedLine } from "./support/result";
import { random } from "./support/random";
import { rounds } from "./support/stats";

const CELLS = 100_000;
const SEED = 11;

let sink: unknown = null;

function column(rows: number, value: (r: number) => number): number[][] {
  return Array.from({ length: rows }, (_, r) => [value(r)]);
}

/** The floor: read both cells, compute, write a cell. */
function loopDeviation(b: number[][], u: number[][]): number[][] {
  const out: number[][] = new Array(b.length);
  for (let r = 0; r < b.length; r += 1) {
    const row: number[] = new Array(b[r].length);
    for (let c = 0; c < row.length; c += 1) row[c] = u[r][c] - b[r][c];
    out[r] = row;
  }
  return out;
}

/** A zero base or a change of sign has no percentage; the function returns an error there. */
function loopPercentChange(f: number[][], t: number[][]): (number | null)[][] {
  const out: (number | null)[][] = new Array(f.length);
  for (let r = 0; r < f.length; r += 1) {
    const row: (number | null)[] = new Array(f[r].length);
    for (let c = 0; c < row.length; c += 1) {
      const from = f[r][c];
      const to = t[r][c];
      row[c] = from === 0 || (from < 0 && to > 0) || (from > 0 && to < 0) ? null : (to - from) / from;
    }
    out[r] = row;
  }
  return out;
}

function loopRiskMatrix(s: number[][], k: number[][], size = 4): number[][] {
  const counts = new Array<number>(size * size).fill(0);
  for (let r = 0; r < s.length; r += 1) {
    const likelihood = s[r][0];
    const consequence = k[r][0];
    if (likelihood < 1 || likelihood > size || consequence < 1 || consequence > size) continue;
    counts[(size - likelihood) * size + consequence - 1] += 1;
  }
  return Array.from({ length: size }, (_, r) => counts.slice(r * size, (r + 1) * size));
}

export const b3: Benchmark = {
  id: "B3",
  title: "KOLL functions on 100 000 cells vs a plain loop",
  async run(context) {
    const next = random(SEED);
    // Net costs (negative) and income (positive) with outcomes within ±20 % of budget, as in a
    // driftredovisning; one row in a thousand has a zero budget and so an error cell.
    const budget = column(CELLS, (r) => (r % 1000 === 999 ? 0 : Math.round((next() < 0.8 ? -1 : 1) * next() * 1e6)));
    const outcome = column(CELLS, (r) => Math.round(budget[r][0] * (0.8 + next() * 0.4)) || 1);
    const likelihood = column(CELLS, () => 1 + Math.floor(next() * 4));
    const consequence = column(CELLS, () => 1 + Math.floor(next() * 4));
    const cases: Array<[string, () => unknown, () => unknown]> = [
      ["KOLL.AVVIKELSE", () => avvikelse(budget, outcome), () => loopDeviation(budget, outcome)],
      [
        "KOLL.FÖRÄNDRING.PROCENT",
        () => forandringProcent(budget, outcome),
        () => loopPercentChange(budget, outcome),
      ],
      ["KOLL.RISKMATRIS", () => riskmatris(likelihood, consequence), () => loopRiskMatrix(likelihood, consequence)],
    ];
    const runs = context.runs ?? (context.quick ? 11 : 31);
    const lines: Line[] = [];
    for (const [name, fn, loop] of cases) {
      context.log(`B3 ${name}: 5 warm-up + ${runs} rounds`);
      const [ours, floor] = await rounds([() => (sink = fn()), () => (sink = loop())], { warmup: 5, runs });
      lines.push(
        timedLine({
          label: name,
          subject: ours,
          reference: { label: "loop", times: floor },
          target: { op: "<=", value: 3 },
        })
      );
    }
    const matrix = riskmatris(likelihood, consequence);
    return {
      id: "B3",
      title: this.title,
      params: { cells: CELLS, seed: SEED, runs },
      lines,
      notes: [
        `the risk matrix counts ${(matrix as number[][]).flat().reduce((a, b) => a + b, 0)} risks` +
          (sink === null ? " (no result kept)" : ""),
      ],
    };
  },
};
