/**
 * Runs the BUILT command (dist/cli/rapportkoll.js) as a subprocess, building it first when it
 * is missing or older than its sources.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
export const CLI = path.join(ROOT, "dist/cli/rapportkoll.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(entry.name))
      newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  const sources = Math.max(
    newestSource(path.join(ROOT, "src/cli")),
    newestSource(path.join(ROOT, "src/core")),
    fs.statSync(path.join(ROOT, "webpack.cli.config.js")).mtimeMs,
  );
  return fs.existsSync(CLI) && fs.statSync(CLI).mtimeMs >= sources;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds the command with webpack when dist/cli/rapportkoll.js is missing or stale. Test files
 * run in parallel workers: a lock directory makes the others wait for one build, not race it.
 */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = path.join(ROOT, "dist", ".cli-build.lock");
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age =
        Date.now() -
        (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 5 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      sleep(250);
    }
  }
  try {
    if (isFresh()) return;
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/webpack/bin/webpack.js"),
        "--mode",
        "production",
        "--config-name",
        "cli",
      ],
      { cwd: ROOT, stdio: "pipe" },
    );
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string>;
    nodeArgs?: string[];
  } = {},
): CliResult {
  const result = spawnSync(
    process.execPath,
    [...(options.nodeArgs ?? []), CLI, ...args],
    {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...options.env },
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** stderr split into its lines (without the final empty one). */
export function errorLines(result: CliResult): string[] {
  return result.stderr.split("\n").filter((line) => line !== "");
}
