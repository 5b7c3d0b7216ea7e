/**
 * The built command on realistic workbooks (the Huddinge seed tables) with planted faults,
 * through the real engine: text and JSON reports, exit statuses 0, 1 and 2, settings, formulas
 * without cached results, and `template` writing a sheet that validates clean.
 */
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import {
  DRIFTBUDGET_2020,
  INVESTERINGAR_2020,
  IT_INVESTERINGAR_2020,
  RESULTATRAKNING_2020,
} from "../../src/samples/huddinge2020";
import {
  FixtureSheet,
  rowOf,
  seedFixture,
  tempDir,
  writeWorkbook,
} from "./support/fixtures";
import { ensureBuilt, errorLines, runCli } from "./support/runCli";

interface JsonFinding {
  rule: string;
  severity: string;
  cell: string;
  rowLabel: string;
  columnHeader: string;
  message: string;
  expected: unknown;
  actual: unknown;
}
interface JsonReport {
  files: {
    file: string;
    error?: string;
    sheets: { name: string; kind: string; findings: JsonFinding[] }[];
    summary: { errors: number; warnings: number; infos: number };
  }[];
  summary: { errors: number; warnings: number; infos: number };
}

const dir = tempDir();
const at = (name: string) => path.join(dir, name);
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;
const findingsOf = (report: JsonReport, file = 0) =>
  report.files[file].sheets.flatMap((s) => s.findings);

const SUMMA = rowOf(DRIFTBUDGET_2020, "Summa netto");
const EKONOMI = rowOf(DRIFTBUDGET_2020, "Ekonomiavdelning");

/** Summa netto, Budget 2020 (column D) without Ekonomiavdelning: a skipped row. */
const skippedRow = seedFixture("Driftbudget", DRIFTBUDGET_2020, (cells) => {
  cells[SUMMA][3] = Math.round((-518.2 + 56.4) * 10) / 10;
});

beforeAll(async () => {
  ensureBuilt();
  await writeWorkbook(at("ren.xlsx"), [
    seedFixture("Resultaträkning", RESULTATRAKNING_2020),
    seedFixture("Driftbudget", DRIFTBUDGET_2020),
    seedFixture("Investeringar", INVESTERINGAR_2020),
    seedFixture("IT-investeringar", IT_INVESTERINGAR_2020),
  ]);
  await writeWorkbook(at("utelamnad.xlsx"), [skippedRow]);
  await writeWorkbook(at("text.xlsx"), [
    seedFixture("Driftbudget", DRIFTBUDGET_2020, (cells) => {
      cells[EKONOMI][3] = "−56,4";
    }),
  ]);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("validate", () => {
  test("the published tables as printed: no errors, exit 0, rounding at most as info", () => {
    const result = runCli(["validate", "ren.xlsx", "--json"], { cwd: dir });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const report = json(result.stdout);
    expect(report.files[0].sheets.map((s) => [s.name, s.kind])).toEqual([
      ["Resultaträkning", "resultatrakning"],
      ["Driftbudget", "driftredovisning"],
      ["Investeringar", "investeringar"],
      ["IT-investeringar", "investeringar"],
    ]);
    expect(report.summary.errors).toBe(0);
    const rounding = findingsOf(report).filter(
      (f) => f.rule === "sum.rounding",
    );
    expect(rounding.length).toBeGreaterThan(0);
    expect(rounding.every((f) => f.severity === "info")).toBe(true);
  });

  test("a total that skips a row: exit 1, sum.mismatch at the total naming the row left out", () => {
    const result = runCli(["validate", "utelamnad.xlsx", "--json"], {
      cwd: dir,
    });
    expect(result.status).toBe(1);
    const error = findingsOf(json(result.stdout)).find(
      (f) => f.rule === "sum.mismatch",
    );
    expect(error).toMatchObject({
      severity: "error",
      cell: `D${SUMMA + 1}`,
      rowLabel: "Summa netto",
      columnHeader: "Budget 2020",
    });
    expect(error!.message).toContain("Ekonomiavdelning");
  });

  test("the same as a table on a terminal: cell, rule, row, column, message, then the summary", () => {
    const result = runCli(["validate", "utelamnad.xlsx"], { cwd: dir });
    expect(result.status).toBe(1);
    const line = result.stdout
      .split("\n")
      .find((l) => l.includes("sum.mismatch") && l.includes(`D${SUMMA + 1}`));
    expect(line).toMatch(
      new RegExp(
        `^\\s+D${SUMMA + 1}\\s+fel\\s+sum\\.mismatch\\s+Summa netto\\s+Budget 2020\\s+\\S`,
      ),
    );
    expect(result.stdout).toMatch(/Summa för utelamnad\.xlsx: [1-9]\d* fel/);
    expect(result.stdout).toMatch(
      /Sammanställning\n\s+Fil\s+Fel\s+Varningar\s+Info\n\s+utelamnad\.xlsx\s+[1-9]/,
    );
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });

  test("a number stored as text is an error, and its sum is still checked", () => {
    const result = runCli(["validate", "text.xlsx", "--json"], { cwd: dir });
    expect(result.status).toBe(1);
    const findings = findingsOf(json(result.stdout));
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "number.text",
        severity: "error",
        cell: `D${EKONOMI + 1}`,
      }),
    );
    expect(
      findings.filter(
        (f) => f.rule === "sum.mismatch" && f.cell === `D${SUMMA + 1}`,
      ),
    ).toEqual([]);
  });

  test("--settings reaches the engine: tolerance 0 makes the printed rounding an error", () => {
    fs.writeFileSync(at("strikt.json"), JSON.stringify({ tolerance: 0 }));
    const lax = runCli(
      ["validate", "ren.xlsx", "--json", "--sheet", "Driftbudget"],
      { cwd: dir },
    );
    const strict = runCli(
      [
        "validate",
        "ren.xlsx",
        "--json",
        "--sheet",
        "Driftbudget",
        "--settings",
        "strikt.json",
      ],
      { cwd: dir },
    );
    expect(lax.status).toBe(0);
    expect(strict.status).toBe(1);
    const cell = `B${SUMMA + 1}`;
    expect(findingsOf(json(lax.stdout))).toContainEqual(
      expect.objectContaining({ rule: "sum.rounding", cell }),
    );
    expect(findingsOf(json(strict.stdout))).toContainEqual(
      expect.objectContaining({
        rule: "sum.mismatch",
        severity: "error",
        cell,
      }),
    );
    expect(json(strict.stdout).files[0].sheets.map((s) => s.name)).toEqual([
      "Driftbudget",
    ]);
  });

  test("a total written as a formula that was never calculated: info, and no guessed error", async () => {
    const sheet: FixtureSheet = seedFixture(
      "Driftbudget",
      DRIFTBUDGET_2020,
      (cells) => {
        cells[SUMMA][3] = { formula: `SUM(D4:D${SUMMA})` } as never;
      },
    );
    await writeWorkbook(at("oberaknad.xlsx"), [sheet]);
    const result = runCli(["validate", "oberaknad.xlsx", "--json"], {
      cwd: dir,
    });
    expect(result.status).toBe(0);
    const findings = findingsOf(json(result.stdout));
    const atTotal = findings.filter((f) => f.cell === `D${SUMMA + 1}`);
    expect(atTotal).toEqual([
      expect.objectContaining({
        rule: "formula.uncached",
        severity: "info",
        message: expect.stringContaining(`=SUM(D4:D${SUMMA})`),
      }),
    ]);
  });

  test("many files: each checked, a summary table, the worst status wins", () => {
    const result = runCli(
      ["validate", "ren.xlsx", "utelamnad.xlsx", "finns-inte.xlsx"],
      { cwd: dir },
    );
    expect(result.status).toBe(2);
    expect(errorLines(result)).toEqual([
      "rapportkoll: finns-inte.xlsx: filen finns inte (file not found)",
    ]);
    const summary = result.stdout.slice(
      result.stdout.indexOf("Sammanställning"),
    );
    expect(summary).toMatch(/\n\s+ren\.xlsx\s+0\s+\d+\s+\d+\n/);
    expect(summary).toMatch(/\n\s+utelamnad\.xlsx\s+[1-9]\d*\s+\d+\s+\d+\n/);
    expect(summary).toMatch(
      /\n\s+finns-inte\.xlsx\s+–\s+–\s+–\s+kunde inte läsas: filen finns inte\n/,
    );
    expect(summary).toMatch(
      /Totalt: 3 filer, [1-9]\d* fel, .*; 1 fil kunde inte läsas\./,
    );
  });
});

describe("template", () => {
  test("writes a standard sheet that the command then validates without errors", () => {
    const made = runCli(
      [
        "template",
        "driftredovisning",
        "--layout",
        "budget",
        "--year",
        "2025",
        "--unit",
        "tkr",
        "-o",
        "mall.xlsx",
      ],
      { cwd: dir },
    );
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(
      /^Skapade bladet "Driftredovisning" \(\d+ rader, \d+ formler\) i mall\.xlsx\n$/,
    );
    const checked = runCli(["validate", "mall.xlsx", "--json"], { cwd: dir });
    expect(checked.status).toBe(0);
    const report = json(checked.stdout);
    expect(report.files[0].sheets[0]).toMatchObject({
      name: "Driftredovisning",
      kind: "driftredovisning",
    });
    expect(report.summary.errors).toBe(0);
    expect(report.summary.warnings).toBe(0);
    // Formulas are saved without results (Excel computes them on opening): reported, not judged.
    expect(new Set(findingsOf(report).map((f) => f.rule))).toEqual(
      new Set(["formula.uncached"]),
    );
  });

  test("an existing file is kept unless --force; bad options are one Swedish line", () => {
    fs.writeFileSync(at("finns.xlsx"), "behåll mig");
    const refused = runCli(["template", "riskanalys", "-o", "finns.xlsx"], {
      cwd: dir,
    });
    expect(refused.status).toBe(2);
    expect(errorLines(refused)).toEqual([
      expect.stringMatching(/^rapportkoll: finns\.xlsx finns redan/),
    ]);
    expect(fs.readFileSync(at("finns.xlsx"), "utf8")).toBe("behåll mig");
    const forced = runCli(
      ["template", "riskanalys", "-o", "finns.xlsx", "--force"],
      { cwd: dir },
    );
    expect(forced.status).toBe(0);
    expect(fs.readFileSync(at("finns.xlsx")).subarray(0, 2).toString()).toBe(
      "PK",
    );

    const badLayout = runCli(
      ["template", "indikatorer", "--layout", "budget", "-o", "x.xlsx"],
      { cwd: dir },
    );
    const badYear = runCli(
      ["template", "resultatrakning", "--year", "1066", "-o", "y.xlsx"],
      { cwd: dir },
    );
    for (const result of [badLayout, badYear]) {
      expect(result.status).toBe(2);
      expect(errorLines(result)).toHaveLength(1);
    }
    expect(badYear.stderr).toMatch(
      /Året måste vara ett heltal från 1990 till 2100/,
    );
    expect(fs.existsSync(at("y.xlsx"))).toBe(false);
  });

  test("the kind may be written the Swedish way, and hostile labels stay text", async () => {
    const made = runCli(
      [
        "template",
        "Driftredovisning",
        "--verksamheter",
        "=SUMMA(A1);+Skola;-Övrigt;@Vård",
        "-o",
        "fientlig.xlsx",
      ],
      { cwd: dir },
    );
    expect(made.status).toBe(0);
    const checked = runCli(["validate", "fientlig.xlsx", "--json"], {
      cwd: dir,
    });
    expect(checked.status).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(at("fientlig.xlsx")));
    const sheetXml = await zip
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(sheetXml).not.toMatch(/<f>(SUMMA|\+Skola|-Övrigt|@Vård)/);
    for (const label of ["=SUMMA(A1)", "+Skola", "-Övrigt", "@Vård"])
      expect(strings).toContain(label);
  });
});
