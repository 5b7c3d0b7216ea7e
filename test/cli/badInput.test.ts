/**
 * Every way an input can be unusable, through the built command: exit status 2, one line on
 * stderr naming the file and the reason in Swedish, no stack trace, and the other files still
 * checked.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { MAX_PART_BYTES } from "../../src/cli/input/inspect";
import {
  bigSheetXml,
  craftedXlsx,
  oleFile,
  seedFixture,
  tempDir,
  workbookBuffer,
  writeWorkbook,
} from "./support/fixtures";
import { CliResult, ensureBuilt, errorLines, runCli } from "./support/runCli";
import { DRIFTBUDGET_2020 } from "../../src/samples/huddinge2020";

const dir = tempDir();
const at = (name: string) => path.join(dir, name);
let good: string;

beforeAll(async () => {
  ensureBuilt();
  good = await writeWorkbook(at("drift.xlsx"), [
    seedFixture("Driftbudget", DRIFTBUDGET_2020),
  ]);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const NO_STACK = /^\s+at\s|Error:|\.js:\d+/m;

function expectRefused(result: CliResult, file: string, reason: RegExp): void {
  expect(result.status).toBe(2);
  const lines = errorLines(result);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    new RegExp(
      `^rapportkoll: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `,
    ),
  );
  expect(lines[0]).toMatch(reason);
  expect(result.stderr).not.toMatch(NO_STACK);
}

function check(file: string, ...extra: string[]): CliResult {
  return runCli(["validate", file, ...extra], { cwd: dir });
}

describe("files that cannot be read", () => {
  test("a missing file", () => {
    expectRefused(check("saknas.xlsx"), "saknas.xlsx", /filen finns inte/);
  });

  test("a directory", () => {
    fs.mkdirSync(at("mapp.xlsx"));
    expectRefused(check("mapp.xlsx"), "mapp.xlsx", /är en mapp/);
  });

  test("an empty file", () => {
    fs.writeFileSync(at("noll.xlsx"), "");
    expectRefused(check("noll.xlsx"), "noll.xlsx", /filen är tom/);
  });

  test("a CSV file named .xlsx", () => {
    fs.writeFileSync(at("csv.xlsx"), "Verksamhet;Budget\nSkola;45 725\n");
    expectRefused(check("csv.xlsx"), "csv.xlsx", /inte en xlsx-fil.*text/);
  });

  test("a PDF", () => {
    fs.writeFileSync(at("rapport.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");
    expectRefused(
      check("rapport.xlsx"),
      "rapport.xlsx",
      /inte en xlsx-fil \(en PDF-fil\)/,
    );
  });

  test("a password-protected workbook (an OLE file with EncryptedPackage)", () => {
    fs.writeFileSync(
      at("hemlig.xlsx"),
      oleFile(["EncryptionInfo", "EncryptedPackage"]),
    );
    expectRefused(check("hemlig.xlsx"), "hemlig.xlsx", /lösenordsskyddad/);
  });

  test("an old .xls workbook", () => {
    fs.writeFileSync(
      at("gammal.xlsx"),
      oleFile(["Workbook", "SummaryInformation"]),
    );
    expectRefused(
      check("gammal.xlsx"),
      "gammal.xlsx",
      /äldre Excel-fil \(\.xls\)/,
    );
  });

  test("a damaged zip: the file is cut short", () => {
    const whole = fs.readFileSync(good);
    fs.writeFileSync(
      at("avkortad.xlsx"),
      whole.subarray(0, Math.floor(whole.length / 2)),
    );
    expectRefused(check("avkortad.xlsx"), "avkortad.xlsx", /filen är skadad/);
  });

  test("a damaged zip: bytes inside a part are garbage", async () => {
    const buffer = await craftedXlsx((entries) => entries);
    // Overwrite the start of the deflated sheet data with noise.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const local = buffer.indexOf(name);
    for (let i = local + name.length + 4; i < local + name.length + 40; i++)
      buffer[i] = 0xff;
    fs.writeFileSync(at("trasig.xlsx"), buffer);
    expectRefused(check("trasig.xlsx"), "trasig.xlsx", /filen är skadad/);
  });

  test("a zip that is not a workbook (a Word document)", async () => {
    const buffer = await craftedXlsx(() => [
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "word/document.xml", data: Buffer.from("<document/>") },
    ]);
    fs.writeFileSync(at("brev.xlsx"), buffer);
    expectRefused(
      check("brev.xlsx"),
      "brev.xlsx",
      /inte en xlsx-fil \(ett Word-dokument\)/,
    );
  });

  test("an empty workbook", async () => {
    await writeWorkbook(at("tom.xlsx"), [{ name: "Blad1", cells: [] }]);
    expectRefused(check("tom.xlsx"), "tom.xlsx", /arbetsboken är tom/);
  });

  test("a sheet asked for with --sheet that the workbook lacks", () => {
    expectRefused(
      check("drift.xlsx", "--sheet", "Investeringar"),
      "drift.xlsx",
      /bladet "Investeringar" finns inte.*"Driftbudget"/,
    );
  });
});

describe("zip bombs", () => {
  test("a sheet whose directory entry declares gigabytes is refused before inflating", async () => {
    const buffer = await craftedXlsx((entries) =>
      entries.map((e) =>
        e.name === "xl/worksheets/sheet1.xml"
          ? { ...e, declaredSize: 3_500_000_000 }
          : e,
      ),
    );
    fs.writeFileSync(at("bomb-katalog.xlsx"), buffer);
    const started = Date.now();
    const result = check("bomb-katalog.xlsx");
    expectRefused(
      result,
      "bomb-katalog.xlsx",
      /xl\/worksheets\/sheet1\.xml är \d+ MB uppackad, gränsen är 64 MB/,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("a real bomb: valid sheet XML far above the limit, a few hundred KB packed", async () => {
    const rowsOverLimit = Math.ceil((MAX_PART_BYTES * 1.1) / 150);
    const xml = bigSheetXml(rowsOverLimit);
    expect(xml.length).toBeGreaterThan(MAX_PART_BYTES);
    const buffer = await craftedXlsx((entries) =>
      entries.map((e) =>
        e.name === "xl/worksheets/sheet1.xml" ? { ...e, data: xml } : e,
      ),
    );
    expect(buffer.length).toBeLessThan(xml.length / 200);
    fs.writeFileSync(at("bomb.xlsx"), buffer);
    expectRefused(
      check("bomb.xlsx"),
      "bomb.xlsx",
      /uppackad, gränsen är 64 MB/,
    );
  });

  test("a bomb that lies about its size in the directory is caught while counting", async () => {
    const xml = bigSheetXml(50_000);
    const buffer = await craftedXlsx((entries) =>
      entries.map((e) =>
        e.name === "xl/worksheets/sheet1.xml"
          ? { ...e, data: xml, declaredSize: 2048 }
          : e,
      ),
    );
    fs.writeFileSync(at("bomb-lognare.xlsx"), buffer);
    expectRefused(
      check("bomb-lognare.xlsx"),
      "bomb-lognare.xlsx",
      /större uppackad än zip-katalogen uppger/,
    );
  });

  test("many parts that together unpack beyond the workbook limit", async () => {
    const buffer = await craftedXlsx((entries) => [
      ...entries,
      ...Array.from({ length: 5 }, (_, i) => ({
        name: `xl/media/image${i + 1}.png`,
        data: Buffer.alloc(10),
        declaredSize: 60 * 1024 * 1024,
      })),
    ]);
    fs.writeFileSync(at("bomb-summa.xlsx"), buffer);
    expectRefused(
      check("bomb-summa.xlsx"),
      "bomb-summa.xlsx",
      /arbetsboken är \d+ MB uppackad, gränsen är 256 MB/,
    );
  });

  test("a huge merged range costs nothing: merges are not expanded", async () => {
    const buffer = await craftedXlsx((entries) =>
      entries.map((e) =>
        e.name === "xl/worksheets/sheet1.xml"
          ? {
              ...e,
              data: Buffer.from(
                e.data
                  .toString("utf8")
                  .replace(
                    "</sheetData>",
                    '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
                  ),
              ),
            }
          : e,
      ),
    );
    fs.writeFileSync(at("sammanfogad.xlsx"), buffer);
    const started = Date.now();
    const result = check("sammanfogad.xlsx", "--json");
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.status).not.toBe(2);
    expect(JSON.parse(result.stdout).files[0].sheets[0].name).toBe("Blad1");
  });

  test("deflate data that is not deflate is damaged, not a crash", async () => {
    const buffer = await craftedXlsx((entries) =>
      entries.map((e) =>
        e.name === "xl/workbook.xml"
          ? {
              ...e,
              data: zlib.deflateRawSync(e.data),
              declaredSize: e.data.length,
            }
          : e,
      ),
    );
    fs.writeFileSync(at("dubbel.xlsx"), buffer);
    expectRefused(
      check("dubbel.xlsx"),
      "dubbel.xlsx",
      /filen är skadad|uppackad än/,
    );
  });
});

describe("a file that disappears while it is being read", () => {
  const hook = path.join(__dirname, "support/vanishHook.js");
  const vanish = (mode: string, name: string) => {
    fs.copyFileSync(good, at(name));
    return runCli(["validate", name], {
      cwd: dir,
      nodeArgs: ["--require", hook],
      env: {
        RAPPORTKOLL_TEST_VANISH: at(name),
        RAPPORTKOLL_TEST_VANISH_MODE: mode,
      },
    });
  };

  test("removed between listing and opening", () => {
    expectRefused(
      vanish("before-open", "borta1.xlsx"),
      "borta1.xlsx",
      /försvann medan den lästes/,
    );
  });

  test("removed in the middle of reading", () => {
    expectRefused(
      vanish("unlink", "borta2.xlsx"),
      "borta2.xlsx",
      /ändrades eller försvann medan den lästes/,
    );
  });

  test("cut short in the middle of reading", () => {
    expectRefused(
      vanish("truncate", "borta3.xlsx"),
      "borta3.xlsx",
      /ändrades eller försvann medan den lästes/,
    );
  });
});

describe("one bad file does not stop the others", () => {
  test("all files are reported, each bad one on its own line, and the status is the worst", async () => {
    fs.writeFileSync(at("x-csv.xlsx"), "a;b\n");
    fs.writeFileSync(at("x-hemlig.xlsx"), oleFile(["EncryptedPackage"]));
    fs.writeFileSync(
      at("x-drift.xlsx"),
      await workbookBuffer([seedFixture("Driftbudget", DRIFTBUDGET_2020)]),
    );
    const result = runCli(
      [
        "validate",
        "x-csv.xlsx",
        "x-drift.xlsx",
        "x-saknas.xlsx",
        "x-hemlig.xlsx",
        "--json",
      ],
      { cwd: dir },
    );
    expect(result.status).toBe(2);
    const lines = errorLines(result);
    expect(lines).toEqual([
      expect.stringMatching(
        /^rapportkoll: x-csv\.xlsx: filen är inte en xlsx-fil/,
      ),
      expect.stringMatching(/^rapportkoll: x-saknas\.xlsx: filen finns inte/),
      expect.stringMatching(
        /^rapportkoll: x-hemlig\.xlsx: arbetsboken är lösenordsskyddad/,
      ),
    ]);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual([
      "x-csv.xlsx",
      "x-drift.xlsx",
      "x-saknas.xlsx",
      "x-hemlig.xlsx",
    ]);
    expect(report.files[1].error).toBeUndefined();
    expect(report.files[1].sheets[0].name).toBe("Driftbudget");
    expect(report.files[0].error).toMatch(/inte en xlsx-fil/);
  });
});

describe("wrong arguments", () => {
  test.each([
    [[], /ange ett kommando/],
    [["validera", "x.xlsx"], /okänt kommando validera/],
    [["validate"], /ange minst en xlsx-fil/],
    [["validate", "x.xlsx", "--jsn"], /okänt alternativ --jsn/],
    [["validate", "x.xlsx", "--settings"], /--settings saknar värde/],
    [["validate", "x.xlsx", "--sheet", "--json"], /--sheet saknar värde/],
    [["template", "driftredovisning"], /ange utfilen med -o/],
    [["template", "-o", "a.xlsx"], /ange vilken sorts blad/],
    [["template", "driftredovisning", "-o", "a.csv"], /måste sluta på \.xlsx/],
    [["template", "kassabok", "-o", "a.xlsx"], /okänd mall "kassabok"/],
    [
      ["template", "driftredovisning", "--year", "tjugo", "-o", "a.xlsx"],
      /--year måste vara ett heltal/,
    ],
  ])("%j → exit 2 and one line", (args, reason) => {
    const result = runCli(args as string[], { cwd: dir });
    expect(result.status).toBe(2);
    const lines = errorLines(result);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^rapportkoll: /);
    expect(lines[0]).toMatch(reason);
    expect(result.stderr).not.toMatch(NO_STACK);
  });

  test("a settings file that is missing, not JSON, or has a wrong value", () => {
    fs.writeFileSync(at("trasig.json"), "{ signConvention: A }");
    fs.writeFileSync(at("fel.json"), JSON.stringify({ signConvention: "C" }));
    const missing = runCli(
      ["validate", "drift.xlsx", "--settings", "ingen.json"],
      { cwd: dir },
    );
    const broken = runCli(
      ["validate", "drift.xlsx", "--settings", "trasig.json"],
      { cwd: dir },
    );
    const wrong = runCli(["validate", "drift.xlsx", "--settings", "fel.json"], {
      cwd: dir,
    });
    for (const result of [missing, broken, wrong]) {
      expect(result.status).toBe(2);
      expect(errorLines(result)).toHaveLength(1);
      expect(result.stdout).toBe("");
    }
    expect(missing.stderr).toMatch(
      /inställningsfilen ingen\.json: filen finns inte/,
    );
    expect(broken.stderr).toMatch(
      /inställningsfilen trasig\.json: ogiltig JSON/,
    );
    expect(wrong.stderr).toMatch(
      /inställningsfilen fel\.json: "signConvention" måste vara ett av "auto", "A", "B"/,
    );
  });
});
