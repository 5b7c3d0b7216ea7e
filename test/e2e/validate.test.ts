/**
 * Validera, the way an ekonom uses it on the sample workbook in the preview: validate, read the
 * verdict and the planted mistakes, click a finding and land on its cell, fix it and see the
 * grid change, take it back with Ångra, mark the cells in the sheet and unmark them, and read
 * all of it in English after switching the language.
 *
 * The test also writes the README's screenshot to test-results/readme-preview.png; with
 * RAPPORTKOLL_DOCS_SCREENSHOT=1 it writes docs/preview.png too (it is not rewritten on every
 * run because the summary's timing makes every run's picture a little different).
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { previewPerFile, screenshot } from "./support/browser";
import { seriousA11yProblems } from "./support/axe";
import { eventually, soon } from "./support/waits";

jest.setTimeout(120000);

const preview = previewPerFile("validate");
const driver = () => preview.driver();

/** The mistakes planted in the sample (src/preview/sample/), by the rule that finds them. */
const PLANTED = [
  {
    sheet: "Resultaträkning",
    cell: "D12",
    rule: "Stämmer inte med annat blad",
  },
  { sheet: "Driftbudget", cell: "E5", rule: "Procenten stämmer inte" },
  { sheet: "Driftbudget", cell: "D12", rule: "Summan stämmer inte" },
  {
    sheet: "Driftredovisning T1",
    cell: "D7",
    rule: "Avvikelsen stämmer inte",
  },
  { sheet: "Driftredovisning T1", cell: "F10", rule: "Tal lagrat som text" },
  { sheet: "Driftredovisning T1", cell: "F13", rule: "Summan stämmer inte" },
];

const ERROR_FILL = "rgb(255, 199, 206)";

/** The finding of a rule on a sheet, found the way the pane groups it: sheet, rule, cell. */
function plantedFinding(sheet: string, rule: string, cell: string) {
  return driver()
    .pane()
    .getByRole("region", {
      name: `Anmärkningar på bladet ${sheet}`,
      exact: true,
    })
    .getByRole("region", { name: rule, exact: true })
    .getByRole("listitem")
    .filter({ has: driver().findingMarker(sheet, cell) });
}

/** The pane's tabs are these, in this order (by their accessible names). */
async function expectTabs(names: string[]) {
  const tabs = driver().pane().getByRole("tab");
  await soon(() => tabs.count()).toBe(names.length);
  for (const [i, name] of names.entries())
    await soon(() => tabs.nth(i).and(driver().paneTab(name)).count()).toBe(1);
}

describe("the Validera tab on the sample workbook", () => {
  it("validates the workbook: the verdict, the counts and the planted mistakes", async () => {
    const d = driver();
    await d.validateWorkbook();
    const pane = d.pane();
    for (const { sheet, cell, rule } of PLANTED)
      await soon(() => plantedFinding(sheet, rule, cell).count()).toBe(1);

    // The verdict agrees with the list: as many errors as error findings shown, and the
    // count badge says the same.
    const errors = await pane
      .getByRole("img", { name: "Fel", exact: true })
      .count();
    expect(errors).toBeGreaterThanOrEqual(PLANTED.length);
    await soon(() => d.errorTitleCount()).toBe(errors);
    await soon(() =>
      pane.getByText(`${errors} fel`, { exact: true }).first().isVisible(),
    ).toBe(true);
    await soon(() => d.summaryMeta()).toMatch(
      /^Hela arbetsboken · 7 blad · [\d\s\u00A0]+ celler · \d+,\d s$/,
    );

    // The sheets come in the workbook's order, and a finding shows its numbers the Swedish way.
    const headings = await pane
      .getByRole("heading", { level: 2 })
      .allTextContents();
    const order = (await d.sheetNames()).map((name) =>
      headings.findIndex((h) => h.startsWith(name)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const sum = plantedFinding("Driftbudget", "Summan stämmer inte", "D12");
    await soon(() => sum.textContent()).toContain(
      "Förväntat \u2212518,2 · Faktiskt \u2212510,6",
    );
    // The findings list is usable with a screen reader.
    await soon(() => seriousA11yProblems(d.page)).toEqual([]);
    await soon(() => sum.textContent()).toContain("Rätta: Skriv =SUM(D4:D11)");
  });

  it("goes to a finding's cell: its sheet becomes active and the cell is selected", async () => {
    const d = driver();
    expect(await d.activeSheet()).toBe("Resultaträkning");
    await d.findingLink("Driftredovisning T1", "F13").click();
    await eventually(async () =>
      expect(await d.selection()).toEqual({
        sheet: "Driftredovisning T1",
        nameBox: "F13",
        activeCell: "F13",
        frameOnCell: true,
      }),
    );
    await d.findingLink("Driftbudget", "D12").click();
    await eventually(async () =>
      expect(await d.selection()).toEqual({
        sheet: "Driftbudget",
        nameBox: "D12",
        activeCell: "D12",
        frameOnCell: true,
      }),
    );
    await soon(() => d.formulaBar().inputValue()).toBe("=SUM(D4:D10)");

    // The README's picture: the sample validated, the findings listed, one selected. With the
    // one-finding Resultaträkning folded and the pane at its top, the verdict and the selected
    // finding show together.
    const first = d
      .pane()
      .getByRole("heading", { level: 2 })
      .filter({ hasText: /^Resultaträkning/ })
      .getByRole("button");
    await first.click();
    await eventually(async () =>
      expect(await first.getAttribute("aria-expanded")).toBe("false"),
    );
    await d.pane().evaluate((pane) => {
      for (const el of [pane, ...pane.querySelectorAll("*")])
        if (el.scrollTop > 0) el.scrollTop = 0;
    });
    await d.page.setViewportSize({ width: 1440, height: 1040 });
    const file = await screenshot(d.page, "readme-preview");
    await d.page.setViewportSize({ width: 1440, height: 860 });
    await first.click();
    await eventually(async () =>
      expect(await first.getAttribute("aria-expanded")).toBe("true"),
    );
    expect(fs.statSync(file).size).toBeLessThan(300 * 1024);
    if (process.env.RAPPORTKOLL_DOCS_SCREENSHOT === "1") {
      const docs = path.resolve(__dirname, "../../docs");
      fs.mkdirSync(docs, { recursive: true });
      fs.copyFileSync(file, path.join(docs, "preview.png"));
    }
  });

  it("Rätta writes the fix into the grid and the finding goes away", async () => {
    const d = driver();
    const before = await d.errorTitleCount();
    await plantedFinding("Driftbudget", "Summan stämmer inte", "D12")
      .getByRole("button", { name: "Rätta", exact: true })
      .click();
    await d.cellShows("D12", "\u2212518,2");
    await soon(() => d.formulaOf("D12")).toBe("=SUM(D4:D11)");
    await soon(() => d.undoButton().textContent()).toBe(
      "Ångra: Skriv =SUM(D4:D11)",
    );
    // The pane validates again after every write.
    await eventually(async () => {
      expect(await d.finding("Driftbudget", "D12").count()).toBe(0);
      expect(await d.errorTitleCount()).toBeLessThan(before);
    });
  });

  it("Ångra puts the cell back, and validating again finds the mistake again", async () => {
    const d = driver();
    await d.undoButton().click();
    await d.cellShows("D12", "\u2212510,6");
    await soon(() => d.formulaOf("D12")).toBe("=SUM(D4:D10)");
    await eventually(async () => expect(await d.undoButton().count()).toBe(0));
    await d.validateWorkbook();
    await soon(() =>
      plantedFinding("Driftbudget", "Summan stämmer inte", "D12").count(),
    ).toBe(1);
  });

  it("asks before a fix overwrites another cell, then fixes the total and the text together", async () => {
    const d = driver();
    await d.openSheet("Driftredovisning T1");
    await soon(() => d.cellText("F13")).toBe("\u2212122\u00A0645");
    await plantedFinding("Driftredovisning T1", "Summan stämmer inte", "F13")
      .getByRole("button", { name: "Rätta", exact: true })
      .click();
    // F10 holds the utfall pasted as text: the fix turns it into a number, and says so first.
    // An alert dialog: Fluent's modalType "alert" (it does not close on a click outside).
    const dialog = d.page.getByRole("alertdialog", {
      name: "Skriva över celler?",
    });
    await dialog.waitFor();
    await soon(() => dialog.textContent()).toContain("Driftredovisning T1!F10");
    await dialog
      .getByRole("button", { name: "Skriv över", exact: true })
      .click();
    await d.cellShows("F13", "\u2212168\u00A0370");
    await soon(() => d.formulaOf("F13")).toBe("=SUM(F5:F12)");
    await soon(() => d.formulaOf("F10")).toBe("-45725");
    await eventually(async () => {
      expect(await d.finding("Driftredovisning T1", "F13").count()).toBe(0);
      expect(await d.finding("Driftredovisning T1", "F10").count()).toBe(0);
    });
    await d.undoButton().click();
    await d.cellShows("F13", "\u2212122\u00A0645");
    await soon(() => d.formulaOf("F10")).toBe("\u221245\u00A0725");
  });

  it("Rätta alla fixes every finding of a rule in one batch, and one Ångra takes it back", async () => {
    const d = driver();
    await d.openSheet("Driftredovisning T1");
    const deviations = d
      .pane()
      .getByRole("region", {
        name: "Anmärkningar på bladet Driftredovisning T1",
        exact: true,
      })
      .getByRole("region", { name: "Avvikelsen stämmer inte", exact: true });
    await eventually(async () =>
      expect(await deviations.getByRole("listitem").count()).toBe(2),
    );
    await deviations.getByRole("button", { name: "Rätta alla (2)" }).click();
    await d.cellShows("D7", "\u2212500");
    await soon(() => d.formulaOf("D7")).toBe("=C7-B7");
    await soon(() => d.formulaOf("D13")).toBe("=C13-B13");
    await eventually(async () => expect(await deviations.count()).toBe(0));
    await d.undoButton().click();
    await d.cellShows("D7", "\u2212400");
    await soon(() => d.formulaOf("D7")).toBe("-400");
    await eventually(async () =>
      expect(await deviations.getByRole("listitem").count()).toBe(2),
    );
  });

  it("Markera i bladet colours the cells with findings, Ta bort markeringar restores them", async () => {
    const d = driver();
    const pane = d.pane();
    const marked = [
      ["Driftbudget", ["D12", "E5"]],
      ["Driftredovisning T1", ["D7", "F10", "F13"]],
    ] as const;
    const fills = new Map<string, string>();
    for (const [sheet, cells] of marked) {
      await d.openSheet(sheet);
      for (const cell of cells)
        fills.set(`${sheet}!${cell}`, await d.cellFill(cell));
    }
    expect([...fills.values()]).not.toContain(ERROR_FILL);

    await pane.getByRole("button", { name: "Markera i bladet" }).click();
    // Every cell with an error or a warning is marked, once.
    const errors = await d.errorTitleCount();
    const warnings = Number(
      /^(\d+)/.exec(
        (await pane
          .getByText(/^\d+ varningar?$/)
          .first()
          .textContent()) ?? "",
      )?.[1],
    );
    const status = pane.getByText(/^\d+ celler är markerade$/);
    await status.waitFor();
    const count = Number(
      /^(\d+)/.exec((await status.textContent()) ?? "")?.[1],
    );
    expect(count).toBeGreaterThanOrEqual(errors);
    expect(count).toBeLessThanOrEqual(errors + warnings);
    for (const [sheet, cells] of marked) {
      await d.openSheet(sheet);
      for (const cell of cells)
        await eventually(async () =>
          expect(await d.cellFill(cell)).toBe(ERROR_FILL),
        );
    }
    // Cells without findings keep their fill.
    await soon(() => d.cellFill("B7")).toBe("rgb(255, 255, 255)");

    await pane.getByRole("button", { name: "Ta bort markeringar" }).click();
    await pane.getByRole("button", { name: "Markera i bladet" }).waitFor();
    for (const [sheet, cells] of marked) {
      await d.openSheet(sheet);
      for (const cell of cells)
        await eventually(async () =>
          expect(await d.cellFill(cell)).toBe(fills.get(`${sheet}!${cell}`)),
        );
    }
  });

  it("switches the whole pane to English in Inställningar, and back to Swedish", async () => {
    const d = driver();
    const pane = d.pane();
    await d.paneTab("Inställningar").click();
    await pane.getByRole("radio", { name: "English" }).check();
    await d.paneTab("Settings").waitFor();
    await expectTabs([
      "Validate",
      "Fill in",
      "Templates",
      "Goals",
      "Risk",
      "Settings",
    ]);
    await pane.getByText("Saved in the workbook.").waitFor();
    await pane.getByText("Check the report before it is submitted").waitFor();
    // The preview around the pane follows the workbook's language too.
    await d.page.getByRole("button", { name: "Open .xlsx" }).waitFor();

    await d.paneTab("Validate").click();
    await d.validateWorkbook();
    const errors = await d.errorTitleCount();
    await pane
      .getByText(errors === 1 ? "1 error to fix" : `${errors} errors to fix`)
      .waitFor();
    const sum = d.finding("Driftbudget", "D12");
    await soon(() => sum.textContent()).toContain("The total is \u2212510,6");
    await soon(() => sum.textContent()).toContain(
      "Expected \u2212518,2 · Actual \u2212510,6",
    );
    await soon(() =>
      sum.getByRole("button", { name: "Fix", exact: true }).isVisible(),
    ).toBe(true);
    await soon(() => pane.textContent()).not.toMatch(
      /Validera|Rätta|Förväntat|fel att rätta|Anmärkningar/,
    );
    await screenshot(d.page, "validate-english");

    await d.paneTab("Settings").click();
    await pane.getByRole("radio", { name: "Svenska" }).check();
    await d.paneTab("Inställningar").waitFor();
    await expectTabs([
      "Validera",
      "Fyll i",
      "Mallar",
      "Mål",
      "Risk",
      "Inställningar",
    ]);
    await d.page.getByRole("button", { name: "Öppna .xlsx" }).waitFor();
  });

  it("opens an .xlsx with a mistake, fixes it, saves it, and the saved file holds the fix", async () => {
    const d = driver();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "rapportkoll-e2e-"));
    const planted = path.join(folder, "drift-t2.xlsx");
    // A driftredovisning as a controller would send it in: the Summa of the budget column
    // stops one row early.
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Drift T2");
    sheet.getCell("A1").value = "Driftredovisning jan–aug (tkr)";
    sheet.getRow(3).values = ["Verksamhet", "Budget", "Utfall", "Avvikelse"];
    const rows: [string, number, number][] = [
      ["Förskola", -41200, -42050],
      ["Grundskola", -88400, -87900],
      ["Äldreomsorg", -63100, -64480],
      ["Kultur och fritid", -9800, -9320],
    ];
    rows.forEach(([name, budget, outcome], i) => {
      const r = 4 + i;
      sheet.getRow(r).values = [name, budget, outcome];
      sheet.getCell(`D${r}`).value = { formula: `C${r}-B${r}` };
    });
    sheet.getCell("A8").value = "Summa";
    sheet.getCell("B8").value = { formula: "SUM(B4:B6)" };
    sheet.getCell("C8").value = { formula: "SUM(C4:C7)" };
    sheet.getCell("D8").value = { formula: "C8-B8" };
    for (const col of ["B", "C", "D"])
      sheet.getColumn(col).numFmt = "#,##0;-#,##0";
    await workbook.xlsx.writeFile(planted);

    await d.page.getByTestId("open-file").setInputFiles(planted);
    await d.page
      .getByTestId("file-name")
      .filter({ hasText: "drift-t2.xlsx" })
      .waitFor();
    await soon(() => d.sheetNames()).toEqual(["Drift T2"]);
    await d.cellShows("B8", "\u2212192\u00A0700");

    await d.paneTab("Validera").click();
    await d.validateWorkbook();
    const sum = d.finding("Drift T2", "B8");
    await soon(() => sum.textContent()).toContain("Rätta: Skriv =SUM(B4:B7)");
    await sum.getByRole("button", { name: "Rätta", exact: true }).click();
    await d.cellShows("B8", "\u2212202\u00A0500");
    await eventually(async () =>
      expect(await d.finding("Drift T2", "B8").count()).toBe(0),
    );

    const [download] = await Promise.all([
      d.page.waitForEvent("download"),
      d.page.getByRole("button", { name: "Spara .xlsx" }).click(),
    ]);
    const saved = path.join(folder, "sparad.xlsx");
    await download.saveAs(saved);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.readFile(saved);
    const fixed = reopened.getWorksheet("Drift T2");
    expect(fixed?.getCell("B8").formula).toBe("SUM(B4:B7)");
    // Untouched cells come back as they were.
    expect(fixed?.getCell("C8").formula).toBe("SUM(C4:C7)");
    expect(fixed?.getCell("B5").value).toBe(-88400);
    expect(fixed?.getCell("A7").value).toBe("Kultur och fritid");
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
