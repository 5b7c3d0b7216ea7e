/**
 * The .xlsx files of B6, the same for the same seed: what a nämnd sends in — per sheet a
 * driftredovisning with Helår Budget/Prognos/Avvikelse and Jan-apr Budget/Utfall/Avvikelse,
 * "Varav" groups of ten under each verksamhet, SUM and subtraction formulas with their cached
 * results, and a few planted errors per workbook. Written once per seed into the temp folder.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { random } from "../support/random";

/** Raise when the files change, so that old ones in the temp folder are not reused. */
const GENERATOR_VERSION = 2;
const GROUP = 10;
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

export interface WorkbookSet {
  files: number;
  sheets: number;
  rows: number;
  seed: number;
}

type Cached = { formula: string; result: number };
const resultOf = (value: ExcelJS.CellValue): number =>
  typeof value === "number" ? value : (value as Cached).result;

async function writeWorkbook(file: string, set: WorkbookSet, next: () => number, fileIndex: number) {
  const workbook = new ExcelJS.Workbook();
  for (let s = 0; s < set.sheets; s += 1) {
    const ws = workbook.addWorksheet(`Drift ${s + 1}`);
    ws.getCell(1, 1).value = `Driftredovisning ${s + 1} (tkr)`;
    ws.getCell(2, 2).value = "Helår";
    ws.getCell(2, 5).value = "Jan-apr";
    HEADERS.forEach((h, c) => (ws.getCell(3, c + 1).value = h));
    let r = 4;
    const parentRows: number[] = [];
    const parents = Math.floor(set.rows / (GROUP + 2));
    for (let p = 0; p < parents && r < set.rows + 2; p += 1) {
      const parentRow = r++;
      ws.getCell(r++, 1).value = "Varav:";
      const parts: number[] = [];
      for (let k = 0; k < GROUP; k += 1) {
        const row = r++;
        parts.push(row);
        ws.getCell(row, 1).value = `Enhet ${p + 1}.${k + 1}`;
        const budget = -Math.round(next() * 5000 + 100);
        const prognos = budget + Math.round((next() - 0.5) * 400);
        const periodBudget = Math.round((budget * 4) / 12);
        const outcome = periodBudget + Math.round((next() - 0.5) * 200);
        const previous = outcome + Math.round((next() - 0.5) * 300);
        const values = [budget, prognos, prognos - budget, periodBudget, outcome, outcome - periodBudget, previous];
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
      for (let c = 2; c <= 8; c += 1) {
        const sum = parts.reduce((acc, row) => acc + resultOf(ws.getCell(row, c).value), 0);
        const col = String.fromCharCode(64 + c);
        ws.getCell(parentRow, c).value = { formula: `SUM(${col}${parts[0]}:${col}${parts[parts.length - 1]})`, result: sum };
        ws.getCell(parentRow, c).numFmt = "#,##0";
      }
      parentRows.push(parentRow);
    }
    ws.getCell(r, 1).value = "Summa netto";
    for (let c = 2; c <= 8; c += 1) {
      const col = String.fromCharCode(64 + c);
      const total = parentRows.reduce((acc, row) => acc + resultOf(ws.getCell(row, c).value), 0);
      ws.getCell(r, c).value = { formula: parentRows.map((row) => `${col}${row}`).join("+"), result: total };
      ws.getCell(r, c).numFmt = "#,##0";
    }
    // Planted faults: a part typed over (its parent's sum no longer holds), a wrong avvikelse.
    if ((fileIndex + s) % 2 === 0) {
      const row = parentRows[Math.floor(next() * parentRows.length)] + 2 + Math.floor(next() * GROUP);
      const cell = ws.getCell(row, 2);
      cell.value = (cell.value as number) + 1000;
      const deviation = ws.getCell(row + 1, 4);
      const cached = deviation.value as Cached;
      deviation.value = { formula: cached.formula, result: cached.result + 7 };
    }
  }
  await workbook.xlsx.writeFile(file);
}

/** The files of a set, written unless a previous run left them in the temp folder. */
export async function workbookFiles(set: WorkbookSet): Promise<string[]> {
  const dir = path.join(
    os.tmpdir(),
    `rapportkoll-bench-b6-v${GENERATOR_VERSION}-${set.files}x${set.sheets}x${set.rows}-${set.seed}`
  );
  const files = Array.from({ length: set.files }, (_, i) => path.join(dir, `namnd-${String(i + 1).padStart(2, "0")}.xlsx`));
  if (files.every((f) => fs.existsSync(f))) return files;
  fs.mkdirSync(dir, { recursive: true });
  const next = random(set.seed);
  for (let i = 0; i < files.length; i += 1) {
    // Written under another name first: an interrupted run must not leave a half file behind.
    const partial = `${files[i]}.partial`;
    await writeWorkbook(partial, set, next, i);
    fs.renameSync(partial, files[i]);
  }
  return files;
}
