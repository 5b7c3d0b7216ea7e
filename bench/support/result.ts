/**
 * What a benchmark hands back: lines of figures, each with its spread and, where it has one,
 * the ratio to a reference measured in the same run — the figure to quote, because absolute
 * times drift with the machine's other load while ratios drift much less.
 */
import { Stat, Timings, ratioStat, stat } from "./stats";

export interface Target {
  op: "<=" | ">=";
  value: number;
}

export interface Line {
  label: string;
  unit: string;
  value: Stat;
  /** What the ratio is taken against, measured in the same rounds. */
  reference?: { label: string; value: Stat };
  /** value ÷ reference, round by round. */
  ratio?: Stat;
  /** The goal, on the ratio's median when there is a ratio, else on the value's median. */
  target?: Target;
  pass?: boolean;
  /** For times: which clock `value` and `ratio` are on (see Sample in stats.ts). */
  clock?: "cpu" | "wall";
  /** The same figures on the wall clock, when `value` is CPU time. */
  wall?: { value: Stat; reference?: Stat; ratio?: Stat };
  /** The ratio of the fastest runs (min ÷ min): the cost with the least interference. */
  fastest?: number;
}

export interface BenchResult {
  id: string;
  title: string;
  /** Sizes, seeds, runs: whatever is needed to reproduce the figures. */
  params: Record<string, unknown>;
  lines: Line[];
  notes: string[];
}

export interface BenchContext {
  quick: boolean;
  /** Timed runs when given on the command line (else each benchmark's own default). */
  runs?: number;
  root: string;
  /** Progress on stderr, so that stdout keeps only the table. */
  log(message: string): void;
}

export interface Benchmark {
  id: string;
  title: string;
  run(context: BenchContext): Promise<BenchResult>;
}

export function meets(target: Target, measured: number): boolean {
  return target.op === "<=" ? measured <= target.value : measured >= target.value;
}

/** A line with its pass mark filled in from its target. */
export function line(input: Omit<Line, "pass">): Line {
  if (!input.target) return input;
  const measured = input.ratio ? input.ratio.median : input.value.median;
  return { ...input, pass: meets(input.target, measured) };
}

export interface TimedLine {
  label: string;
  subject: Timings;
  reference?: { label: string; times: Timings };
  /** reference ÷ subject ("how many times faster") instead of subject ÷ reference. */
  inverse?: boolean;
  target?: Target;
}

/** A line of times on the CPU clock, with the wall clock kept beside it. */
export function timedLine(input: TimedLine): Line {
  const ref = input.reference;
  const over = (a: number[], b: number[]) => (input.inverse ? ratioStat(b, a) : ratioStat(a, b));
  const fastest = (a: number[], b: number[]) =>
    input.inverse ? Math.min(...b) / Math.min(...a) : Math.min(...a) / Math.min(...b);
  return line({
    label: input.label,
    unit: "ms",
    clock: "cpu",
    value: stat(input.subject.cpu),
    ...(ref
      ? {
          reference: { label: ref.label, value: stat(ref.times.cpu) },
          ratio: over(input.subject.cpu, ref.times.cpu),
          fastest: fastest(input.subject.cpu, ref.times.cpu),
        }
      : {}),
    wall: {
      value: stat(input.subject.wall),
      ...(ref ? { reference: stat(ref.times.wall), ratio: over(input.subject.wall, ref.times.wall) } : {}),
    },
    target: input.target,
  });
}
