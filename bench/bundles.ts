/**
 * The add-in's bundles and their budgets (B5): how big each bundle of a fresh production build
 * is, minified and gzipped, and which npm packages went into it (from bundle-contents.json,
 * written by the build itself).
 */
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { freshBuild as freshTargetBuild, readContents } from "./support/builds";

export const ENTRIES = ["taskpane", "functions", "commands"] as const;
export type Entry = (typeof ENTRIES)[number];

/**
 * Minified bytes each bundle may have. functions: the 60 KB. taskpane and commands:
 * measured (see the README's benchmark table) plus about a quarter, so that growth has to be
 * a decision, not an accident. The task pane was 830 KB once its Validera, Fyll i, Mallar, Mål
 * and Risk tabs were all in (main, 26 Nov 2026).
 */
export const BUDGET_BYTES: Record<Entry, number> = {
  taskpane: 1040 * 1024,
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

export interface Bundle {
  entry: Entry;
  file: string;
  bytes: number;
  gzipBytes: number;
  packages: Record<string, number>;
}

/** The add-in's production build: dist/ when `npm run build` made it fresh, else bench/.build/. */
export function freshBuild(root: string): { dir: string; built: boolean } {
  return freshTargetBuild(root, "addin");
}

/** Every entry's bundle: its size minified and gzipped (level 9, as servers precompress). */
export function readBundles(dir: string): Bundle[] {
  const contents = readContents(dir);
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
