/**
 * Summaries of repeated measurements. The machines are shared and noisy, so every figure keeps
 * its spread (quartiles and extremes), and comparisons are made round by round: a subject and
 * its reference run back to back, in alternating order, and the ratio of each round is kept.
 */

export interface Stat {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  n: number;
}

/** The p-quantile (0–1) of sorted values, interpolated between neighbours. */
function quantile(sorted: number[], p: number): number {
  if (sorted.length === 1) return sorted[0];
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export function stat(values: number[]): Stat {
  if (values.length === 0) throw new Error("stat of no values");
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    n: sorted.length,
  };
}

/** A single observation (a count, a size) as a Stat, so that every figure has the same shape. */
export function exact(value: number): Stat {
  return stat([value]);
}

/** Scales every field of a Stat (ms → µs per row, bytes → KB). */
export function scale(s: Stat, factor: number): Stat {
  return {
    median: s.median * factor,
    q1: s.q1 * factor,
    q3: s.q3 * factor,
    min: s.min * factor,
    max: s.max * factor,
    n: s.n,
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === "function";
}

/**
 * One call's cost in milliseconds: wall time, and the CPU time of the process (every thread,
 * so garbage collection and compilation on helper threads count). On a machine shared by more
 * runnable processes than it has cores, wall time mostly measures the waiting; CPU time stays
 * close to what the work costs, which is why the in-process benchmarks compare on it.
 */
export interface Sample {
  wall: number;
  cpu: number;
}

export async function measure(run: () => unknown): Promise<Sample> {
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const result = run();
  if (isThenable(result)) await result;
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

export interface Timings {
  wall: number[];
  cpu: number[];
}

/**
 * `run` called `calls` times in a row, as one contender: a work too short to time alone (a
 * fraction of a millisecond of CPU time counts other threads' work too) is timed in a batch.
 * Pass the batch's timings through perCall to report one call.
 */
export function repeated(run: () => unknown, calls: number): () => unknown {
  return () => {
    let last: unknown = null;
    for (let k = 0; k < calls; k += 1) last = run();
    return last;
  };
}

/** Timings of batches of `calls` calls (repeated), as the time of one call. */
export function perCall(times: Timings, calls: number): Timings {
  return { wall: times.wall.map((t) => t / calls), cpu: times.cpu.map((t) => t / calls) };
}

export interface RoundOptions {
  warmup: number;
  runs: number;
  /** Called after each timed round (progress on stderr). */
  onRound?: (round: number) => void;
}

/**
 * Times several ways of doing the same work: `warmup` untimed rounds, then `runs` rounds in
 * which each runs once, the order rotating from round to round so that drift in the machine's
 * load hits them all alike. No forced garbage collection between runs: a full collection
 * discards optimised code, and the side with more code then spends its run re-optimising; the
 * garbage a run leaves is part of that run's cost.
 */
export async function rounds(
  contenders: ReadonlyArray<() => unknown>,
  options: RoundOptions
): Promise<Timings[]> {
  for (let i = 0; i < options.warmup; i += 1) {
    for (const run of contenders) await measure(run);
  }
  const times: Timings[] = contenders.map(() => ({ wall: [], cpu: [] }));
  for (let i = 0; i < options.runs; i += 1) {
    for (let k = 0; k < contenders.length; k += 1) {
      const which = (i + k) % contenders.length;
      const sample = await measure(contenders[which]);
      times[which].wall.push(sample.wall);
      times[which].cpu.push(sample.cpu);
    }
    options.onRound?.(i);
  }
  return times;
}

/** a ÷ b round by round. */
export function ratioStat(a: number[], b: number[]): Stat {
  return stat(a.map((x, i) => x / b[i]));
}
