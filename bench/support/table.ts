/**
 * The table `npm run bench` prints: per line the median with its interquartile range; the ratio
 * to the reference (median of the per-round ratios, with their extremes); the ratio of the
 * fastest runs (min ÷ min); and the target, judged on the median ratio.
 */
import { BenchResult, Line, Target } from "./result";
import { Stat } from "./stats";

interface MachineInfo {
  cores: number;
  cpu: string;
  node: string;
  loadAverage: number[];
  loadAverageAfter?: number[];
}

/** Enough digits to be read, not so many that noise looks like precision. */
export function figure(value: number): string {
  const magnitude = Math.abs(value);
  if (Number.isInteger(value)) return value.toString();
  if (magnitude >= 100) return Math.round(value).toString();
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

function spread(s: Stat, low: number, high: number): string {
  return s.n === 1 ? "" : `(${figure(low)}–${figure(high)})`;
}

function targetText(target: Target | undefined, unit: string): string {
  if (!target) return "";
  return `${target.op === "<=" ? "≤" : "≥"} ${figure(target.value)}${unit}`;
}

function verdict(line: Line): string {
  if (line.pass === undefined) return "";
  return line.pass ? "ok" : "MISSED";
}

function row(id: string, line: Line): string[] {
  const ratio = line.ratio;
  return [
    id,
    line.label,
    `${figure(line.value.median)} ${line.unit}${line.clock === "cpu" ? " cpu" : ""}`,
    spread(line.value, line.value.q1, line.value.q3),
    ratio ? `${figure(ratio.median)}× ${line.reference ? `vs ${line.reference.label}` : ""}`.trim() : "",
    ratio ? spread(ratio, ratio.min, ratio.max) : "",
    line.fastest === undefined ? "" : `${figure(line.fastest)}×`,
    targetText(line.target, ratio ? "×" : ` ${line.unit}`),
    verdict(line),
  ];
}

export function formatTable(machine: MachineInfo, results: BenchResult[]): string {
  const header = ["id", "measure", "median", "(IQR)", "ratio", "(min–max)", "fastest", "target", ""];
  const rows: string[][] = [];
  for (const result of results) {
    if (result.lines.length === 0) rows.push([result.id, result.title, "–", "", "", "", "", "", "FAILED"]);
    for (const line of result.lines) rows.push(row(result.id, line));
  }
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const render = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 2 || c === 4 || c === 6 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  const load = machine.loadAverageAfter
    ? `load ${machine.loadAverage[0]} → ${machine.loadAverageAfter[0]}`
    : `load ${machine.loadAverage[0]}`;
  const lines = [
    `${machine.cores} cores (${machine.cpu}), Node ${machine.node}, ${load}`,
    render(header),
    render(widths.map((w) => "-".repeat(w))),
    ...rows.map(render),
  ];
  const notes = results.flatMap((r) => r.notes.map((note) => `${r.id}: ${note}`));
  if (notes.length) lines.push("", ...notes);
  return lines.join("\n");
}
