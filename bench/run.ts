/**
 * `npm run bench`: runs the benchmarks of issue 11, each in a fresh Node process, prints a
 * table and writes bench/results.json with the machine it ran on.
 *
 *   npm run bench                     all of B1–B7
 *   npm run bench -- --only B1,B3     some of them
 *   npm run bench -- --quick          smaller sizes and fewer rounds (about 11 minutes on 2 busy cores)
 *   npm run bench -- --runs 5         this many timed rounds everywhere
 *   npm run bench -- --json out.json  results elsewhere
 *
 * Quote the ratios: they are measured round by round against a reference in the same process,
 * and survive a busy machine far better than the milliseconds do.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { BENCHMARKS } from "./benchmarks";
import { BenchContext, BenchResult } from "./support/result";
import { formatTable } from "./support/table";

const ROOT = path.resolve(__dirname, "..");
const REGISTER = path.join(__dirname, "support/register.js");
/** The 1 000 000-row sheet of B1 and its findings need more than Node's default heap. */
const HEAP_MB = 8192;

interface Options {
  only: string[];
  quick: boolean;
  runs?: number;
  json: string;
  child?: string;
  out?: string;
}

function fail(message: string): never {
  process.stderr.write(`rapportkoll bench: ${message}\n`);
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    only: Object.keys(BENCHMARKS),
    quick: false,
    json: path.join(__dirname, "results.json"),
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) fail(`${arg} needs a value`);
      return next;
    };
    if (arg === "--quick") options.quick = true;
    else if (arg === "--only") {
      options.only = value()
        .split(",")
        .map((id) => id.trim().toUpperCase())
        .filter(Boolean);
      const unknown = options.only.filter((id) => !(id in BENCHMARKS));
      if (unknown.length) fail(`unknown benchmark ${unknown.join(", ")} (known: ${Object.keys(BENCHMARKS).join(", ")})`);
    } else if (arg === "--runs") {
      const runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) fail("--runs takes a whole number ≥ 1");
      options.runs = runs;
    } else if (arg === "--json") options.json = path.resolve(value());
    else if (arg === "--child") options.child = value();
    else if (arg === "--out") options.out = value();
    else fail(`unknown option ${arg} (--only B1,B3 --quick --runs N --json file)`);
  }
  return options;
}

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? "unknown",
    node: process.version,
    platform: `${os.platform()} ${os.arch()} ${os.release()}`,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** Child: one benchmark, its result as JSON in the file named by --out. */
async function runChild(options: Options): Promise<void> {
  const entry = BENCHMARKS[options.child ?? ""];
  if (!entry || !options.out) fail("--child needs a known benchmark and --out");
  const context: BenchContext = {
    quick: options.quick,
    runs: options.runs,
    root: ROOT,
    log: (message) => process.stderr.write(`${message}\n`),
  };
  const benchmark = await entry.load();
  const result = await benchmark.run(context);
  fs.writeFileSync(options.out, JSON.stringify(result));
}

function runInChild(id: string, options: Options): BenchResult {
  const out = path.join(os.tmpdir(), `rapportkoll-bench-${process.pid}-${id}.json`);
  const args = [
    `--max-old-space-size=${HEAP_MB}`,
    "--require",
    REGISTER,
    __filename,
    "--child",
    id,
    "--out",
    out,
    ...(options.quick ? ["--quick"] : []),
    ...(options.runs ? ["--runs", String(options.runs)] : []),
  ];
  const child = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
  try {
    if (child.status !== 0) {
      const why = child.signal ? `signal ${child.signal}` : `exit code ${child.status}`;
      return {
        id,
        title: BENCHMARKS[id].title,
        params: {},
        lines: [],
        notes: [`did not finish (${why}); its output is above`],
      };
    }
    return JSON.parse(fs.readFileSync(out, "utf8")) as BenchResult;
  } finally {
    fs.rmSync(out, { force: true });
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.child) return runChild(options);
  const started = new Date();
  const before = machine();
  const results: BenchResult[] = [];
  for (const id of options.only) {
    process.stderr.write(`\n== ${id}: ${BENCHMARKS[id].title}\n`);
    results.push(runInChild(id, options));
  }
  const report = {
    date: started.toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: { ...before, loadAverageAfter: machine().loadAverage },
    options: { only: options.only, quick: options.quick, runs: options.runs ?? "default" },
    results,
  };
  process.stdout.write(`\n${formatTable(report.machine, results)}\n`);
  fs.writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`\nwritten to ${path.relative(process.cwd(), options.json) || options.json}\n`);
  const failed = results.some((r) => r.lines.length === 0);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  fail(error instanceof Error ? error.message : String(error));
});
