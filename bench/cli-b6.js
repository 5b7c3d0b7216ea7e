#!/usr/bin/env node
/**
 * B6 (issue 11): `rapportkoll validate` on 20 workbooks × 5 sheets × 2 000 rows, against exceljs
 * only reading the same files. Wall time and peak memory of each process, median and spread
 * over several runs after a warm-up, and the ratio measured run by run (the machines are
 * shared and noisy; absolute times drift, ratios much less).
 *
 *   npm run build:cli && node bench/cli-b6.js [--runs 5] [--seed 20250430] [--json out.json]
 *
 * The workbooks are generated once per seed into the temp folder (deterministic: the same seed
 * gives the same files) and reused. They look like what a nämnd sends in: a driftredovisning
 * per sheet with Helår Budget/Prognos/Avvikelse and Jan-apr Budget/Utfall/Avvikelse, "Varav"
 * groups of ten under each verksamhet, SUM and subtraction formulas with their cached results,
 * and a few planted errors per workbook.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "dist/cli/rapportkoll.js");
const PEAK = path.join(__dirname, "support/peak-rss.js");
const READ_ONLY = path.join(__dirname, "support/exceljs-read.js");

const FILES = 20;
const SHEETS = 5;
const ROWS = 2000;
const GROUP = 10;
const TARGET_RATIO = 1.5;

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** mulberry32: small, fast, and the same numbers for the same seed everywhere. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADERS = [
  "Verksamhet",
  "Budget 2024",
  "Prognos 2024",
  "Avvikelse",
  "Budget jan-apr",
  "Utfall jan-apr",
  "Avvikelse",
  "Utfall jan-apr 2023",
];

async function writeWorkbook(file, rand, fileIndex) {
  const ExcelJS = require("exceljs");
  const workbook = new ExcelJS.Workbook();
  for (let s = 0; s < SHEETS; s++) {
    const ws = workbook.addWorksheet(`Drift ${s + 1}`);
    ws.getCell(1, 1).value = `Driftredovisning ${s + 1} (tkr)`;
    ws.getCell(2, 2).value = "Helår";
    ws.getCell(2, 5).value = "Jan-apr";
    HEADERS.forEach((h, c) => (ws.getCell(3, c + 1).value = h));
    let r = 4;
    const itemRows = [];
    const parents = Math.floor(ROWS / (GROUP + 2));
    for (let p = 0; p < parents && r < ROWS + 2; p++) {
      const parentRow = r++;
      ws.getCell(r++, 1).value = "Varav:";
      const parts = [];
      for (let k = 0; k < GROUP; k++) {
        const row = r++;
        parts.push(row);
        ws.getCell(row, 1).value = `Enhet ${p + 1}.${k + 1}`;
        const budget = -Math.round(rand() * 5000 + 100);
        const prognos = budget + Math.round((rand() - 0.5) * 400);
        const pb = Math.round((budget * 4) / 12);
        const utfall = pb + Math.round((rand() - 0.5) * 200);
        const prev = utfall + Math.round((rand() - 0.5) * 300);
        const values = [budget, prognos, prognos - budget, pb, utfall, utfall - pb, prev];
        values.forEach((v, c) => {
          const cell = ws.getCell(row, c + 2);
          cell.value =
            c === 2
              ? { formula: `C${row}-B${row}`, result: v }
              : c === 5
                ? { formula: `F${row}-E${row}`, result: v }
                : v;
          cell.numFmt = "#,##0";
        });
      }
      ws.getCell(parentRow, 1).value = `Verksamhet ${p + 1}`;
      for (let c = 2; c <= 8; c++) {
        const sumOf = parts.reduce((acc, row) => {
          const v = ws.getCell(row, c).value;
          return acc + (typeof v === "number" ? v : v.result);
        }, 0);
        const col = String.fromCharCode(64 + c);
        ws.getCell(parentRow, c).value = {
          formula: `SUM(${col}${parts[0]}:${col}${parts[parts.length - 1]})`,
          result: sumOf,
        };
        ws.getCell(parentRow, c).numFmt = "#,##0";
      }
      itemRows.push(parentRow);
    }
    const totalRow = r;
    ws.getCell(totalRow, 1).value = "Summa netto";
    for (let c = 2; c <= 8; c++) {
      const col = String.fromCharCode(64 + c);
      const total = itemRows.reduce((acc, row) => acc + ws.getCell(row, c).value.result, 0);
      ws.getCell(totalRow, c).value = {
        formula: itemRows.map((row) => `${col}${row}`).join("+"),
        result: total,
      };
      ws.getCell(totalRow, c).numFmt = "#,##0";
    }
    // Planted faults: a part typed over (the parent's sum no longer holds) and a wrong avvikelse.
    if ((fileIndex + s) % 2 === 0) {
      const row = itemRows[Math.floor(rand() * itemRows.length)] + 2 + Math.floor(rand() * GROUP);
      const cell = ws.getCell(row, 2);
      cell.value = cell.value + 1000;
      const dev = ws.getCell(row + 1, 4);
      dev.value = { formula: dev.value.formula, result: dev.value.result + 7 };
    }
  }
  await workbook.xlsx.writeFile(file);
}

async function generate(seed) {
  const dir = path.join(os.tmpdir(), `rapportkoll-bench-b6-${seed}`);
  const files = Array.from({ length: FILES }, (_, i) =>
    path.join(dir, `namnd-${String(i + 1).padStart(2, "0")}.xlsx`)
  );
  if (files.every((f) => fs.existsSync(f))) return files;
  fs.mkdirSync(dir, { recursive: true });
  const rand = random(seed);
  for (let i = 0; i < files.length; i++) await writeWorkbook(files[i], rand, i);
  return files;
}

function measure(args) {
  const rssFile = path.join(os.tmpdir(), `rapportkoll-bench-rss-${process.pid}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--require", PEAK, ...args], {
    cwd: ROOT,
    env: { ...process.env, RAPPORTKOLL_BENCH_RSS: rssFile },
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rssKb = Number(fs.readFileSync(rssFile, "utf8"));
  fs.rmSync(rssFile, { force: true });
  return { ms, rssMb: rssKb / 1024, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, d = 0) => x.toFixed(d);

async function main() {
  if (!fs.existsSync(CLI)) {
    console.error("dist/cli/rapportkoll.js saknas: kör npm run build:cli först (build the CLI first)");
    process.exit(2);
  }
  const runs = Number(option("runs", "5"));
  const seed = Number(option("seed", "20250430"));
  const files = await generate(seed);
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);

  const cliArgs = [CLI, "validate", ...files, "--json"];
  const readArgs = [READ_ONLY, ...files];
  // Warm-up: file cache, lazy compilation caches of the OS.
  const warm = measure(cliArgs);
  measure(readArgs);
  if (warm.status === 2) {
    console.error(warm.stderr);
    process.exit(2);
  }
  const report = JSON.parse(warm.stdout);

  const samples = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order so that drift in the machine's load hits both sides alike.
    const first = i % 2 === 0 ? measure(readArgs) : measure(cliArgs);
    const second = i % 2 === 0 ? measure(cliArgs) : measure(readArgs);
    const [read, cli] = i % 2 === 0 ? [first, second] : [second, first];
    samples.push({ read, cli, timeRatio: cli.ms / read.ms, memRatio: cli.rssMb / read.rssMb });
  }

  const stat = (pick) => {
    const xs = samples.map(pick);
    return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
  };
  const result = {
    id: "B6",
    what: `rapportkoll validate: ${FILES} workbooks × ${SHEETS} sheets × ${ROWS} rows`,
    machine: { cores: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    seed,
    runs,
    inputMb: bytes / 1024 / 1024,
    findings: report.summary,
    readOnlyMs: stat((s) => s.read.ms),
    cliMs: stat((s) => s.cli.ms),
    timeRatio: stat((s) => s.timeRatio),
    readOnlyRssMb: stat((s) => s.read.rssMb),
    cliRssMb: stat((s) => s.cli.rssMb),
    memRatio: stat((s) => s.memRatio),
    target: TARGET_RATIO,
  };

  const line = (name, s, d = 0, unit = "") =>
    `  ${name.padEnd(30)} ${fmt(s.median, d).padStart(8)}${unit}   (${fmt(s.min, d)}–${fmt(s.max, d)})`;
  console.log(`B6  ${result.what}`);
  console.log(`    ${result.machine.cores} kärnor, Node ${result.machine.node}, ${runs} körningar, frö ${seed}, ${fmt(result.inputMb, 1)} MB indata`);
  console.log(`    fynd: ${report.summary.errors} fel, ${report.summary.warnings} varningar, ${report.summary.infos} info`);
  console.log(line("exceljs läser (ms)", result.readOnlyMs));
  console.log(line("rapportkoll validate (ms)", result.cliMs));
  console.log(line("tidskvot (mål ≤ 1,5)", result.timeRatio, 2));
  console.log(line("exceljs läser, topp-RSS (MB)", result.readOnlyRssMb));
  console.log(line("rapportkoll, topp-RSS (MB)", result.cliRssMb));
  console.log(line("minneskvot", result.memRatio, 2));

  const out = option("json");
  if (out) fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

module.exports = { main, generate };
if (require.main === module) {
  main().catch((error) => {
    console.error(`rapportkoll bench: ${error.message}`);
    process.exit(2);
  });
}
