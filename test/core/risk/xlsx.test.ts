/**
 * An internkontrollplan saved as .xlsx and read the way the command line reads it: Tidplan as
 * real Excel dates, Riskvärde as formulas with cached results, the deadline judged on the
 * date a settings file fixes.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadWorkbook } from "../../../src/cli/input/loadWorkbook";
import { parseSettings } from "../../../src/core/settings";
import { validateWorkbook } from "../../../src/core/validate";
import { PLAN_HEADER, SEED_RISKS, level4 } from "./fixtures";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapportkoll-risk-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function writePlan(file: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Internkontrollplan");
  sheet.addRow(["Internkontrollplan 2020"]);
  sheet.addRow(PLAN_HEADER);
  SEED_RISKS.forEach((risk, i) => {
    const r = i + 3;
    const [s, k] = risk.brutto;
    // R2's riskvärde is a typed number that disagrees with S × K.
    const value = risk.id === "R2" ? 6 : { formula: `D${r}*E${r}`, result: s * k };
    const row = sheet.addRow([
      risk.id,
      risk.risk,
      risk.background,
      s,
      k,
      value,
      level4(s * k),
      risk.action,
      risk.owner,
      new Date(Date.UTC(2020, risk.id === "R3" ? 10 : 11, risk.id === "R3" ? 1 : 31)),
      risk.id === "R1" ? "Klart" : "Blir klart i år",
      "",
    ]);
    row.getCell(10).numFmt = "yyyy-mm-dd";
  });
  await book.xlsx.writeFile(file);
}

test("dates, formulas and a fixed today through the command line's reader", async () => {
  const file = path.join(dir, "plan.xlsx");
  await writePlan(file);
  const { snapshot } = await loadWorkbook(file);
  const parsed = parseSettings({ today: "2020-11-15" });
  if (!parsed.ok) throw new Error(parsed.reason);
  const [sheet] = validateWorkbook(snapshot, parsed.settings).sheets;
  expect(sheet.kind).toBe("internkontroll");
  expect(sheet.findings.map((f) => [f.rule, f.cell, f.message])).toEqual([
    ["risk.value", "F4", "Riskvärdet är 6, men sannolikhet × konsekvens är 2 × 4 = 8."],
    [
      "risk.incomplete",
      "J5",
      'Tidplanen 2020-11-01 har passerat (i dag 2020-11-15) men status är "Blir klart i år", inte Klart.',
    ],
  ]);
});
