/**
 * The add-in's bundles and their budgets (B5): where a fresh production build is (dist/, or
 * bench/.build/ which this module builds when dist/ is missing or stale), how big each bundle
 * is minified and gzipped, and which npm packages went into it (from bundle-contents.json,
 * written by the build itself).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import zlib from "zlib";

export const ENTRIES = ["taskpane", "functions", "commands"] as const;
export type Entry = (typeof ENTRIES)[number];

/**
 * Minified bytes each bundle may have. functions: the 60 KB. taskpane and commands:
 * measured (see the README's benchmark table) plus about a quarter, so that growth has to be
 * a decision, not an accident.
 */
export const BUDGET_BYTES: Record<Entry, number> = {
  taskpane: 700 * 1024,
  functions: 60 * 1024,
  commands: 4 * 1024,
};

interface Forbidden {
  pattern: RegExp;
  why: string;
}

const HYPERFORMULA: Forbidden = {
  pattern: /^hyperformula$/,
  why: "HyperFormula (GPLv3) belongs to the preview only",
};
const NO_UI = "the custom functions and commands run without a UI";
const UI: Forbidden[] = [
  { pattern: /^(react|react-dom|scheduler)$/, why: NO_UI },
  { pattern: /^@fluentui\//, why: NO_UI },
  { pattern: /^@griffel\//, why: NO_UI },
];

/** Packages that must stay out of each bundle (by name or scope), and why. */
export const FORBIDDEN: Record<Entry, Forbidden[]> = {
  taskpane: [HYPERFORMULA],
  functions: [HYPERFORMULA, ...UI],
  commands: [HYPERFORMULA, ...UI],
};

export const CONTENTS_FILE = "bundle-contents.json";

interface Contents {
  mode: string;
  entries: Record<string, { files: string[]; sourceModules: number; packages: Record<string, number> }>;
}

export interface Bundle {
  entry: Entry;
  file: string;
  bytes: number;
  gzipBytes: number;
  packages: Record<string, number>;
}

/** What the bundles are built from: a change in any of these makes a build stale. */
function newestInput(root: string): number {
  const newest = (target: string): number => {
    const stats = fs.statSync(target, { throwIfNoEntry: false });
    if (!stats) return 0;
    if (!stats.isDirectory()) return stats.mtimeMs;
    let latest = stats.mtimeMs;
    for (const name of fs.readdirSync(target)) latest = Math.max(latest, newest(path.join(target, name)));
    return latest;
  };
  return Math.max(
    ...[
      "src",
      "assets",
      "manifest.xml",
      "webpack.config.js",
      "tsconfig.json",
      "tsconfig.build.json",
      "package-lock.json",
      "scripts/functions-en-plugin.js",
      "bench/support/bundle-contents-plugin.js",
    ].map((p) => newest(path.join(root, p)))
  );
}

/** A folder holding a production build newer than every input, with its contents file. */
function isFreshBuild(dir: string, since: number): boolean {
  const contentsFile = path.join(dir, CONTENTS_FILE);
  const stats = fs.statSync(contentsFile, { throwIfNoEntry: false });
  if (!stats || stats.mtimeMs < since) return false;
  const contents = JSON.parse(fs.readFileSync(contentsFile, "utf8")) as Contents;
  return (
    contents.mode === "production" &&
    ENTRIES.every((entry) => contents.entries[entry]?.files.every((f) => fs.existsSync(path.join(dir, f))))
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The folder of a fresh production build: dist/ when `npm run build` made it after the last
 * change, else bench/.build/, built now if need be. Parallel test workers wait on a lock
 * directory for one build rather than race it.
 */
export function freshBuild(root: string): { dir: string; built: boolean } {
  const since = newestInput(root);
  const dist = path.join(root, "dist");
  const own = path.join(root, "bench", ".build");
  const fresh = () => [dist, own].find((dir) => isFreshBuild(dir, since));
  const found = fresh();
  if (found) return { dir: found, built: false };
  const lock = path.join(root, "bench", ".build.lock");
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
    execFileSync(process.execPath, [path.join(root, "bench/support/build-bundles.js"), own], {
      cwd: root,
      stdio: "pipe",
    });
    return { dir: own, built: true };
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Every entry's bundle: its size minified and gzipped (level 9, as servers precompress). */
export function readBundles(dir: string): Bundle[] {
  const contents = JSON.parse(fs.readFileSync(path.join(dir, CONTENTS_FILE), "utf8")) as Contents;
  return ENTRIES.map((entry) => {
    const files = contents.entries[entry].files.filter((f) => f.endsWith(".js"));
    const code = Buffer.concat(files.map((f) => fs.readFileSync(path.join(dir, f))));
    return {
      entry,
      file: files.join(", "),
      bytes: code.length,
      gzipBytes: zlib.gzipSync(code, { level: 9 }).length,
      packages: contents.entries[entry].packages,
    };
  });
}

/** The budget and content rules a bundle breaks, in words; none when it keeps them all. */
export function violations(bundle: Bundle): string[] {
  const found: string[] = [];
  const budget = BUDGET_BYTES[bundle.entry];
  if (bundle.bytes > budget)
    found.push(`${bundle.entry}: ${kilobytes(bundle.bytes)} minified, over its budget of ${kilobytes(budget)}`);
  for (const name of Object.keys(bundle.packages)) {
    for (const rule of FORBIDDEN[bundle.entry]) {
      if (rule.pattern.test(name)) found.push(`${bundle.entry} contains ${name}: ${rule.why}`);
    }
  }
  return found;
}

export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
