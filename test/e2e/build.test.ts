/**
 * Building sheets from the task pane in the preview: every kind of standard sheet from Mallar
 * (a new tab with its title, headers and the formulas the form promised, all taken back with
 * Ångra), and Fyll i on a driftredovisning whose avvikelse column and Summa row are empty.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { previewPerFile, screenshot } from "./support/browser";
import { eventually, slug, soon } from "./support/waits";

jest.setTimeout(120000);

const preview = previewPerFile("build");
const driver = () => preview.driver();

interface Created {
  kind: string;
  sheet: string;
  title: string;
  formulas: number;
}

const created: Created[] = [];
let sampleSheets: string[] = [];
let folder = "";

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "rapportkoll-e2e-"));
});

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Saves the workbook through "Spara .xlsx" and reads the file back with exceljs. */
async function saveAndRead(name: string): Promise<ExcelJS.Workbook> {
  const d = driver();
  const [download] = await Promise.all([
    d.page.waitForEvent("download"),
    d.page.getByRole("button", { name: "Spara .xlsx" }).click(),
  ]);
  const file = path.join(folder, name);
  await download.saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function formulaCount(sheet: ExcelJS.Worksheet): number {
  let count = 0;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.formula) count++;
    }),
  );
  return count;
}

describe("Mallar and Fyll i in the preview", () => {
  it("creates every kind of standard sheet from Mallar", async () => {
    const d = driver();
    const pane = d.pane();
    sampleSheets = await d.sheetNames();
    await d.paneTab("Mallar").click();
    const kinds = pane.getByRole("combobox", { name: "Typ av blad" });
    const options = await kinds.getByRole("option").allTextContents();
    expect(options).toEqual([
      "Resultaträkning",
      "Driftredovisning per verksamhet",
      "Investeringar",
      "Indikatorer",
      "Internkontroll",
      "Risk- och känslighetsanalys",
    ]);
    const plan = pane.getByRole("region", { name: "Det här skapas" });
    for (const kind of options) {
      await kinds.selectOption({ label: kind });
      // The form says what it will create; the sheet must be that.
      const said = await eventually(async () => {
        // One paragraph per line of the plan (their text runs together in textContent).
        const lines = await plan.getByRole("paragraph").allTextContents();
        const match =
          lines
            .map((line) =>
              /^Ett nytt blad ”(.+?)” med rubriken ”(.+?)”\.$/.exec(line),
            )
            .find(Boolean) ?? [];
        const formulas = lines
          .map((line) => /^(\d+) celler med formler/.exec(line))
          .find(Boolean);
        expect(match[1]).toBeTruthy();
        // The plan follows the chosen kind (its default sheet name is the kind's).
        if (!created.length) expect(match[1]).toBe("Resultaträkning");
        else expect(match[1]).not.toBe(created[created.length - 1].sheet);
        return {
          sheet: match[1],
          title: match[2],
          formulas: formulas ? Number(formulas[1]) : 0,
        };
      });
      await pane
        .getByRole("button", { name: "Skapa blad", exact: true })
        .click();
      // A name already in the workbook gets a number, as the form says.
      const sheet = await eventually(async () => {
        const body = pane.getByText(/”.+” ligger nu i arbetsboken\./);
        const name = /”(.+)” ligger/.exec(
          (await body.textContent()) ?? "",
        )?.[1];
        expect(name).toBeTruthy();
        expect(created.map((c) => c.sheet)).not.toContain(name);
        return name!;
      });
      expect(sheet.startsWith(said.sheet)).toBe(true);
      created.push({ kind, sheet, title: said.title, formulas: said.formulas });
      await d.openSheet(sheet);
      await d.cellShows("A1", said.title);
      await screenshot(d.page, `build-mall-${slug(kind)}`);
    }
    expect(await d.sheetNames()).toEqual([
      ...sampleSheets,
      ...created.map((c) => c.sheet),
    ]);
    // Money sheets come with formulas (sums, avvikelse); the form counted them.
    for (const kind of [
      "Resultaträkning",
      "Driftredovisning per verksamhet",
      "Investeringar",
    ])
      expect(created.find((c) => c.kind === kind)?.formulas).toBeGreaterThan(0);
  });

  it("writes what the form promised: the saved file has each sheet's title and formulas", async () => {
    const workbook = await saveAndRead("mallar.xlsx");
    for (const { sheet, title, formulas } of created) {
      const saved = workbook.getWorksheet(sheet);
      expect(saved).toBeDefined();
      expect(saved!.getCell("A1").value).toBe(title);
      // Headers and row labels under the title, not just a title on an empty sheet.
      let texts = 0;
      saved!.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") texts++;
        }),
      );
      expect({ sheet, enoughText: texts >= 5 }).toEqual({
        sheet,
        enoughText: true,
      });
      expect({ sheet, formulas: formulaCount(saved!) }).toEqual({
        sheet,
        formulas,
      });
    }
  });

  it("Ångra removes the created sheets again, last first", async () => {
    const d = driver();
    for (const { sheet } of [...created].reverse()) {
      await soon(() => d.undoButton().textContent()).toContain(sheet);
      await d.undoButton().click();
      await eventually(async () =>
        expect(await d.sheetNames()).not.toContain(sheet),
      );
    }
    expect(await d.sheetNames()).toEqual(sampleSheets);
    await eventually(async () => expect(await d.undoButton().count()).toBe(0));
  });

  it("Fyll i writes the missing avvikelse and Summa as formulas that compute", async () => {
    const d = driver();
    const pane = d.pane();
    // A driftredovisning with its Avvikelse column and Summa row left empty.
    const planted = path.join(folder, "drift-tom.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Drift T3");
    sheet.getCell("A1").value = "Driftredovisning jan–aug (tkr)";
    sheet.getRow(3).values = ["Verksamhet", "Budget", "Utfall", "Avvikelse"];
    const rows: [string, number, number][] = [
      ["Förskola", -41200, -42050],
      ["Grundskola", -88400, -87900],
      ["Äldreomsorg", -63100, -64480],
      ["Kultur och fritid", -9800, -9320],
    ];
    rows.forEach((row, i) => {
      sheet.getRow(4 + i).values = row;
    });
    sheet.getCell("A8").value = "Summa";
    for (const col of ["B", "C", "D"])
      sheet.getColumn(col).numFmt = "#,##0;-#,##0";
    await workbook.xlsx.writeFile(planted);
    await d.page.getByTestId("open-file").setInputFiles(planted);
    await d.page
      .getByTestId("file-name")
      .filter({ hasText: "drift-tom.xlsx" })
      .waitFor();
    await soon(() => d.cellText("D4")).toBe("");
    await soon(() => d.cellText("B8")).toBe("");

    await d.paneTab("Fyll i").click();
    await pane.getByRole("button", { name: "Läs av bladet" }).click();
    const plan = pane.getByRole("region", { name: /^Bladet Drift T3 · / });
    await plan.waitFor();
    const fill = plan.getByRole("button", { name: /^Fyll i \(\d+ celler\)$/ });
    await fill.click();
    await pane.getByText(/^Klart: \d+ celler ifyllda\./).waitFor();

    // Avvikelse is utfall − budget on every row, and the Summa row adds each column.
    await d.cellShows("D4", "\u2212850");
    await soon(() => d.formulaOf("D4")).toBe("=C4-B4");
    await soon(() => d.formulaOf("D7")).toBe("=C7-B7");
    await d.cellShows("B8", "\u2212202\u00A0500");
    await soon(() => d.formulaOf("B8")).toBe("=SUM(B4:B7)");
    await d.cellShows("C8", "\u2212203\u00A0750");
    await d.cellShows("D8", "\u22121\u00A0250");
    // The formulas compute: a new utfall moves the avvikelse and the totals.
    await d.goTo("C4");
    await d.formulaBar().click();
    await d.formulaBar().fill("-41200");
    await d.formulaBar().press("Enter");
    await d.cellShows("D4", "0");
    await d.cellShows("C8", "\u2212202\u00A0900");

    // One Ångra takes the whole fill back (the edit of C4 is the grid's, not the pane's).
    await d.undoButton().click();
    await d.cellShows("D4", "");
    await d.cellShows("B8", "");
  });
});
