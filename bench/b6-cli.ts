/**
 * B6: `rapportkoll validate` on 20 workbooks × 5 sheets × 2 000 rows, against exceljs only
 * reading the same files (bench/support/exceljs-read.js, the same lean exceljs entry the
 * command uses). Each is its own process, measured whole: wall time, CPU time and peak memory,
 * the two alternating round by round. Target: ≤ 1,5× the read alone. The command sets a
 * garbage-collection policy of its own (src/cli/heapPolicy.ts); the read is also measured under
 * the same policy, to show what the policy gives and what the command's own work costs.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { HEAP_GROWING_PERCENT } from "../src/cli/heapPolicy";
import { CLI, ensureBuilt } from "../test/cli/support/runCli";
import { workbookFiles } from "./generate/workbooks";
import { Benchmark, line } from "./support/result";
import { ratioStat, stat } from "./support/stats";

const SET = { files: 20, sheets: 5, rows: 2000, seed: 20250430 };
const TARGET = 1.5;

interface Measured {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

function measureProcess(root: string, args: string[], env: Record<string, string> = {}): Measured {
  const usageFile = path.join(os.tmpdir(), `rapportkoll-bench-usage-${process.pid}.json`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", path.join(__dirname, "support/peak-rss.js"), ...args], {
    cwd: root,
    env: { ...process.env, ...env, RAPPORTKOLL_BENCH_RSS: usageFile },
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const usage = JSON.parse(fs.readFileSync(usageFile, "utf8")) as { maxRssKb: number; userUs: number; systemUs: number };
  fs.rmSync(usageFile, { force: true });
  return {
    wallMs,
    cpuMs: (usage.userUs + usage.systemUs) / 1000,
    rssMb: usage.maxRssKb / 1024,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

export const b6: Benchmark = {
  id: "B6",
  title: "rapportkoll validate vs exceljs only reading the same files",
  async run(context) {
    context.log("B6: building the command if stale, generating the workbooks if not cached");
    ensureBuilt();
    const files = await workbookFiles(SET);
    const megabytes = files.reduce((n, f) => n + fs.statSync(f).size, 0) / 1024 ** 2;
    const cliArgs = [CLI, "validate", ...files, "--json"];
    const readArgs = [path.join(__dirname, "support/exceljs-read.js"), ...files];

    // Warm-up: the file cache, and a check that the command runs at all.
    const warm = measureProcess(context.root, cliArgs);
    measureProcess(context.root, readArgs);
    if (warm.status === 2 || !warm.stdout.trim().startsWith("{"))
      throw new Error(`rapportkoll validate failed: ${warm.stderr.trim().split("\n")[0] ?? warm.status}`);
    const summary = (JSON.parse(warm.stdout) as { summary?: Record<string, number> }).summary ?? {};

    const runs = context.runs ?? (context.quick ? 2 : 5);
    const cli: Measured[] = [];
    const read: Measured[] = [];
    // The same read under the command's garbage-collection policy (src/cli/heapPolicy.ts), so
    // that the table shows how much of the difference is the policy and how much the work.
    const readSamePolicy: Measured[] = [];
    const samePolicy = { RAPPORTKOLL_HEAP_GROWING_PERCENT: String(HEAP_GROWING_PERCENT) };
    for (let i = 0; i < runs; i += 1) {
      context.log(`  round ${i + 1}/${runs}`);
      if (i % 2 === 0) {
        read.push(measureProcess(context.root, readArgs));
        cli.push(measureProcess(context.root, cliArgs));
        readSamePolicy.push(measureProcess(context.root, readArgs, samePolicy));
      } else {
        readSamePolicy.push(measureProcess(context.root, readArgs, samePolicy));
        cli.push(measureProcess(context.root, cliArgs));
        read.push(measureProcess(context.root, readArgs));
      }
    }
    const pick = (list: Measured[], key: "wallMs" | "cpuMs" | "rssMb") => list.map((m) => m[key]);
    const compare = (label: string, key: "wallMs" | "cpuMs" | "rssMb", unit: string, clock?: "cpu" | "wall") =>
      line({
        label,
        unit,
        ...(clock ? { clock } : {}),
        value: stat(pick(cli, key)),
        reference: { label: "exceljs read", value: stat(pick(read, key)) },
        ratio: ratioStat(pick(cli, key), pick(read, key)),
        fastest: Math.min(...pick(cli, key)) / Math.min(...pick(read, key)),
        target: { op: "<=", value: TARGET },
      });
    return {
      id: "B6",
      title: this.title,
      params: { ...SET, runs, inputMb: Math.round(megabytes * 10) / 10 },
      lines: [
        compare("validate: wall time", "wallMs", "ms", "wall"),
        compare("validate: CPU time", "cpuMs", "ms", "cpu"),
        compare("validate: peak memory", "rssMb", "MB"),
        line({ label: "exceljs read: wall time", unit: "ms", clock: "wall", value: stat(pick(read, "wallMs")) }),
        line({ label: "exceljs read: peak memory", unit: "MB", value: stat(pick(read, "rssMb")) }),
        line({
          label: `validate: peak memory vs exceljs read with the command's GC policy (heap growth ${HEAP_GROWING_PERCENT} %)`,
          unit: "MB",
          value: stat(pick(cli, "rssMb")),
          reference: { label: "exceljs read, same policy", value: stat(pick(readSamePolicy, "rssMb")) },
          ratio: ratioStat(pick(cli, "rssMb"), pick(readSamePolicy, "rssMb")),
          fastest: Math.min(...pick(cli, "rssMb")) / Math.min(...pick(readSamePolicy, "rssMb")),
        }),
      ],
      notes: [
        `${SET.files} files, ${megabytes.toFixed(1)} MB; findings ${JSON.stringify(summary)}`,
      ],
    };
  },
};
