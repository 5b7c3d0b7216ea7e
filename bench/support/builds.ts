/**
 * Production builds for the benchmarks, reused while fresh: a build counts when its
 * bundle-contents.json says "production" and is newer than every input it was made from.
 * The add-in's may come from dist/ (npm run build); otherwise builds go to bench/.build/.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

export type BuildTarget = "addin" | "preview";

export const CONTENTS_FILE = "bundle-contents.json";

export interface Contents {
  mode: string;
  entries: Record<string, { files: string[]; sourceModules: number; packages: Record<string, number> }>;
}

const INPUTS: Record<BuildTarget, string[]> = {
  addin: [
    "src",
    "assets",
    "manifest.xml",
    "webpack.config.js",
    "tsconfig.json",
    "tsconfig.build.json",
    "package-lock.json",
    "scripts/functions-en-plugin.js",
    "bench/support/bundle-contents-plugin.js",
  ],
  preview: [
    "src",
    "assets",
    "webpack.preview.js",
    "tsconfig.json",
    "package-lock.json",
    "bench/support/bundle-contents-plugin.js",
  ],
};

function newest(target: string): number {
  const stats = fs.statSync(target, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let latest = stats.mtimeMs;
  for (const name of fs.readdirSync(target)) latest = Math.max(latest, newest(path.join(target, name)));
  return latest;
}

export function readContents(dir: string): Contents {
  return JSON.parse(fs.readFileSync(path.join(dir, CONTENTS_FILE), "utf8")) as Contents;
}

function isFresh(dir: string, since: number): boolean {
  const stats = fs.statSync(path.join(dir, CONTENTS_FILE), { throwIfNoEntry: false });
  if (!stats || stats.mtimeMs < since) return false;
  const contents = readContents(dir);
  return (
    contents.mode === "production" &&
    Object.values(contents.entries).every((entry) => entry.files.every((f) => fs.existsSync(path.join(dir, f))))
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The folder of a fresh production build, built now when there is none. Parallel test workers
 * and benchmark runs wait on a lock directory for one build rather than race it.
 */
export function freshBuild(root: string, target: BuildTarget): { dir: string; built: boolean } {
  const since = Math.max(...INPUTS[target].map((p) => newest(path.join(root, p))));
  const own = path.join(root, "bench", ".build", target);
  const candidates = target === "addin" ? [path.join(root, "dist"), own] : [own];
  const fresh = () => candidates.find((dir) => isFresh(dir, since));
  const found = fresh();
  if (found) return { dir: found, built: false };
  const lock = path.join(root, "bench", ".build", `${target}.lock`);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      sleep(500);
    }
  }
  try {
    const meanwhile = fresh();
    if (meanwhile) return { dir: meanwhile, built: false };
    try {
      execFileSync(process.execPath, [path.join(root, "bench/support/build.js"), target, own], {
        cwd: root,
        stdio: "pipe",
      });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
      throw new Error(stderr || `the ${target} build failed`);
    }
    return { dir: own, built: true };
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
