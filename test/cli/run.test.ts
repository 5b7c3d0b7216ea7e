/**
 * The command in-process with findings the test makes up: the text and JSON reports, colours,
 * exit statuses, uncached formulas, and which settings reach the engine.
 */
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { EngineSheetResult, ValidateFn } from "../../src/cli/checkFile";
import { CliDeps, run } from "../../src/cli/run";
import { Finding } from "../../src/core/findings";
import { Settings } from "../../src/core/settings";
import { tempDir, workbookBuffer, writeWorkbook } from "./support/fixtures";

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);

function finding(
  partial: Partial<Finding> & Pick<Finding, "rule" | "severity" | "cell">,
): Finding {
  return {
    sheet: "Drift",
    rowLabel: "",
    columnHeader: "",
    message: "m",
    ...partial,
  };
}

/** An engine stand-in: these findings for every sheet named Drift, none elsewhere. */
function fakeEngine(findings: Finding[], seen: Settings[] = []): ValidateFn {
  return (snapshot, settings, options) => {
    seen.push(settings);
    const sheets: EngineSheetResult[] = snapshot.sheets
      .filter((s) => !options?.sheets || options.sheets.includes(s.name))
      .map((s) => ({
        sheet: s.name,
        kind: s.name === "Drift" ? "driftredovisning" : "okand",
        findings: s.name === "Drift" ? findings : [],
        layout: {
          rows: [{ row: 3, label: "Summa netto" }],
          columns: [{ col: 2, header: "Budget 2020" }],
        },
      }));
    return { sheets };
  };
}

async function cli(
  args: string[],
  validate: ValidateFn,
  tty = false,
  env: Record<string, string> = {},
) {
  let stdout = "";
  let stderr = "";
  const deps: CliDeps = {
    validate,
    writeTemplate: async () => ({ sheetName: "x", summary: "" }),
    templateHelp: "  TYP: driftredovisning",
    version: "0.0.0",
  };
  const status = await run(
    args,
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      stdoutIsTTY: tty,
      env,
    },
    deps,
  );
  return { status, stdout, stderr };
}

const SUM_ERROR = finding({
  rule: "sum.mismatch",
  severity: "error",
  cell: "C4",
  rowLabel: "Summa netto",
  columnHeader: "Budget 2020",
  message:
    "Summan ska vara −518,2 men är −510,0: raden Ekonomiavdelning saknas.",
  expected: -518.2,
  actual: -510,
});
const ROUNDING = finding({
  rule: "sum.rounding",
  severity: "info",
  cell: "B4",
  message: "Avrundningsdifferens 0,1.",
});
const SIGN = finding({
  rule: "sign.unexpected",
  severity: "warning",
  cell: "B2",
  rowLabel: "Verksamhetens intäkter",
  message: "Intäkten är negativ.",
});

let drift: string;
let clean: string;
beforeAll(async () => {
  const cells = [
    ["Drift (mnkr)"],
    ["Verksamhetens intäkter", -1, 2],
    ["Kostnad", -3, -4],
    ["Summa netto", -4, -2],
  ];
  drift = await writeWorkbook(at("drift.xlsx"), [
    { name: "Drift", cells },
    { name: "Övrigt", cells: [["a"]] },
  ]);
  clean = await writeWorkbook(at("ren.xlsx"), [
    { name: "Annat", cells: [["a", 1]] },
  ]);
});

describe("text report", () => {
  test("a table per sheet, a line per file, a summary table and a total; status 1 on an error", async () => {
    const result = await cli(
      ["validate", drift, clean],
      fakeEngine([SUM_ERROR, ROUNDING, SIGN]),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    const out = result.stdout;
    expect(out).not.toMatch(/\x1b\[/);
    expect(out).toContain(
      `${drift}\n  Blad "Drift" (driftredovisning): 1 fel, 1 varning, 1 info\n`,
    );
    const lines = out.split("\n");
    const header = lines.findIndex((l) =>
      /^\s+Cell\s+Allvar\s+Regel\s+Rad\s+Kolumn\s+Meddelande$/.test(l),
    );
    expect(header).toBeGreaterThan(0);
    // Row by row: B2 (row 2) before B4 and C4 (row 4).
    expect(lines[header + 1]).toMatch(
      /^\s+B2\s+varning\s+sign\.unexpected\s+Verksamhetens intäkter\s+Intäkten är negativ\.$/,
    );
    expect(lines[header + 2]).toMatch(
      /^\s+B4\s+info\s+sum\.rounding\s+Avrundningsdifferens 0,1\.$/,
    );
    expect(lines[header + 3]).toMatch(
      /^\s+C4\s+fel\s+sum\.mismatch\s+Summa netto\s+Budget 2020\s+Summan ska vara −518,2/,
    );
    // Columns line up: every finding row starts its rule at the same place.
    const ruleAt = lines
      .slice(header, header + 4)
      .map((l) => l.search(/Regel|sign\.|sum\./));
    expect(new Set(ruleAt).size).toBe(1);
    expect(out).toContain('  Blad "Övrigt" (okänd bladtyp): inga anmärkningar');
    expect(out).toContain(`  Summa för ${drift}: 1 fel, 1 varning, 1 info`);
    expect(out).toContain(`  Summa för ${clean}: 0 fel, 0 varningar, 0 info`);
    expect(out).toMatch(/Sammanställning\n\s+Fil\s+Fel\s+Varningar\s+Info\n/);
    expect(out).toMatch(
      new RegExp(
        `\\n\\s+${drift.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+1\\s+1\\s+1\\n`,
      ),
    );
    expect(out).toMatch(/\n\s+Totalt\s+1\s+1\s+1\n/);
    expect(out).toContain("Totalt: 2 filer, 1 fel, 1 varning, 1 info.");
  });

  test("only warnings and infos: status 0", async () => {
    const result = await cli(["validate", drift], fakeEngine([SIGN, ROUNDING]));
    expect(result.status).toBe(0);
  });

  test("colours only on a terminal (or with --color), never with --no-color or NO_COLOR", async () => {
    const engine = fakeEngine([SUM_ERROR]);
    expect((await cli(["validate", drift], engine, true)).stdout).toContain(
      "\x1b[31;1mfel",
    );
    expect((await cli(["validate", drift, "--color"], engine)).stdout).toMatch(
      /\x1b\[/,
    );
    expect(
      (await cli(["validate", drift, "--no-color"], engine, true)).stdout,
    ).not.toMatch(/\x1b\[/);
    expect(
      (await cli(["validate", drift], engine, true, { NO_COLOR: "1" })).stdout,
    ).not.toMatch(/\x1b\[/);
  });

  test("a long row label is cut with …; the message never is", async () => {
    const long = finding({
      ...SUM_ERROR,
      rowLabel:
        "Gemensam verksamhet och övrig politisk verksamhet inklusive revision",
      message: "x".repeat(300),
    });
    const out = (await cli(["validate", drift], fakeEngine([long]))).stdout;
    expect(out).toContain("Gemensam verksamhet och övrig p…");
    expect(out).toContain("x".repeat(300));
  });
});

describe("JSON report", () => {
  test("exactly one document in the issue's shape", async () => {
    const result = await cli(
      ["validate", drift, clean, at("saknas.xlsx"), "--json"],
      fakeEngine([SUM_ERROR, SIGN]),
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `rapportkoll: ${at("saknas.xlsx")}: filen finns inte (file not found)\n`,
    );
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["files", "summary"]);
    expect(report.summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
    const [first, second, third] = report.files;
    expect(first.file).toBe(drift);
    expect(first.summary).toEqual({ errors: 1, warnings: 1, infos: 0 });
    expect(
      first.sheets.map((s: { name: string; kind: string }) => [s.name, s.kind]),
    ).toEqual([
      ["Drift", "driftredovisning"],
      ["Övrigt", "okand"],
    ]);
    expect(first.sheets[0].findings[1]).toEqual({
      rule: "sum.mismatch",
      severity: "error",
      cell: "C4",
      rowLabel: "Summa netto",
      columnHeader: "Budget 2020",
      message:
        "Summan ska vara −518,2 men är −510,0: raden Ekonomiavdelning saknas.",
      expected: -518.2,
      actual: -510,
    });
    expect(first.sheets[0].findings[0]).toMatchObject({
      rule: "sign.unexpected",
      expected: null,
      actual: null,
    });
    expect(second).toEqual({
      file: clean,
      sheets: [{ name: "Annat", kind: "okand", findings: [] }],
      summary: { errors: 0, warnings: 0, infos: 0 },
    });
    expect(third).toEqual({
      file: at("saknas.xlsx"),
      error: "filen finns inte",
      sheets: [],
      summary: { errors: 0, warnings: 0, infos: 0 },
    });
  });
});

describe("formulas without a cached result", () => {
  test("are reported as info, and the engine's findings about them are dropped", async () => {
    const file = await writeWorkbook(at("omraknas.xlsx"), [
      {
        name: "Drift",
        cells: [
          ["Drift"],
          ["a", 1, 2],
          ["b", 3, 4],
          ["Summa netto", 4, { formula: "C2+C3" } as never],
        ],
      },
    ]);
    const aboutUncached = finding({
      rule: "value.missing",
      severity: "warning",
      cell: "C4",
    });
    const relatedToUncached = finding({
      rule: "cross.mismatch",
      severity: "error",
      cell: "B4",
      related: ["Drift!C4"],
    });
    const unrelated = finding({
      rule: "number.text",
      severity: "error",
      cell: "B2",
    });
    const result = await cli(
      ["validate", file, "--json"],
      fakeEngine([aboutUncached, relatedToUncached, unrelated]),
    );
    const findings = JSON.parse(result.stdout).files[0].sheets[0].findings;
    expect(findings.map((f: Finding) => [f.rule, f.cell])).toEqual([
      ["number.text", "B2"],
      ["formula.uncached", "C4"],
    ]);
    expect(findings[1]).toMatchObject({
      severity: "info",
      rowLabel: "Summa netto",
      columnHeader: "Budget 2020",
      message: expect.stringContaining("=C2+C3 har inget sparat resultat"),
    });
    expect(result.status).toBe(1);
  });

  test("on a terminal the first ten are shown and the rest counted; --json lists them all", async () => {
    const rows = Array.from({ length: 15 }, (_, i) => [
      `Rad ${i + 1}`,
      i,
      { formula: `B${i + 1}*2` } as never,
    ]);
    const file = await writeWorkbook(at("oraknad.xlsx"), [
      { name: "Annat", cells: rows },
    ]);
    const text = await cli(["validate", file], fakeEngine([]));
    expect(text.stdout.match(/formula\.uncached/g)).toHaveLength(10);
    expect(text.stdout).toContain("… och 5 formler till utan sparat resultat");
    expect(text.stdout).toContain(
      `Summa för ${file}: 0 fel, 0 varningar, 15 info`,
    );
    const json = await cli(["validate", file, "--json"], fakeEngine([]));
    expect(JSON.parse(json.stdout).files[0].sheets[0].findings).toHaveLength(
      15,
    );
  });
});

describe("settings", () => {
  async function withStoredSettings(
    name: string,
    json: string,
  ): Promise<string> {
    const zip = await JSZip.loadAsync(
      await workbookBuffer([{ name: "Drift", cells: [["a", 1]] }]),
    );
    const escaped = json
      .replace(/&/g, "&amp;")
      .replace(/"/g, "&quot;")
      .replace(/</g, "&lt;");
    zip.file(
      "xl/webextensions/webextension1.xml",
      '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11">' +
        `<we:properties><we:property name="rapportkoll.settings" value="${escaped}"/></we:properties></we:webextension>`,
    );
    const file = at(name);
    fs.writeFileSync(
      file,
      await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }),
    );
    return file;
  }

  test("--settings, else the task pane's settings stored in the workbook, else the defaults", async () => {
    const stored = await withStoredSettings(
      "lagrad.xlsx",
      JSON.stringify({ signConvention: "B", tolerance: 3 }),
    );
    fs.writeFileSync(
      at("s.json"),
      JSON.stringify({ signConvention: "A", percentBase: "to" }),
    );
    const seen: Settings[] = [];
    await cli(["validate", stored, clean], fakeEngine([], seen));
    await cli(
      ["validate", stored, "--settings", at("s.json")],
      fakeEngine([], seen),
    );
    expect(seen[0]).toMatchObject({ signConvention: "B", tolerance: 3 });
    expect(seen[1]).toMatchObject({
      signConvention: "auto",
      tolerance: "auto",
    });
    expect(seen[2]).toMatchObject({
      signConvention: "A",
      percentBase: "to",
      tolerance: "auto",
    });
  });

  test("unusable stored settings: a warning line, the defaults, and the check goes on", async () => {
    const broken = await withStoredSettings(
      "trasig.xlsx",
      '{"signConvention":"X"}',
    );
    const seen: Settings[] = [];
    const result = await cli(["validate", broken], fakeEngine([], seen));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^rapportkoll: .*trasig\.xlsx: inställningarna som sparats i arbetsboken används inte \("signConvention" måste vara/,
    );
    expect(seen[0].signConvention).toBe("auto");
  });
});

test("--sheet passes the chosen sheets to the engine", async () => {
  const result = await cli(
    ["validate", drift, "--sheet", "Övrigt", "--json"],
    fakeEngine([SUM_ERROR]),
  );
  expect(
    JSON.parse(result.stdout).files[0].sheets.map(
      (s: { name: string }) => s.name,
    ),
  ).toEqual(["Övrigt"]);
  expect(result.status).toBe(0);
});

test("an engine that throws is one line for that file, not a crash", async () => {
  const result = await cli(["validate", drift, clean], () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  });
  expect(result.status).toBe(2);
  expect(result.stderr.split("\n").filter(Boolean)).toEqual([
    `rapportkoll: ${drift}: oväntat fel: Cannot read properties of undefined (reading 'x') (unexpected error: Cannot read properties of undefined (reading 'x'))`,
    `rapportkoll: ${clean}: oväntat fel: Cannot read properties of undefined (reading 'x') (unexpected error: Cannot read properties of undefined (reading 'x'))`,
  ]);
});

test("--help is Swedish first, English second, and names the limits and exit statuses", async () => {
  const result = await cli(["--help"], fakeEngine([]));
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^rapportkoll – kontrollerar/);
  expect(result.stdout.indexOf("Slutstatus")).toBeLessThan(
    result.stdout.indexOf("English"),
  );
  expect(result.stdout).toContain("64 MB");
  expect(result.stdout).toContain(
    "Exit status: 0 no errors, 1 errors found, 2",
  );
});
