/**
 * The follow-up sheets of the sample in the preview: the Risk tab's matrix over the
 * internkontroll plan (counts, a box's risks, the matrix written into the sheet with COUNTIFS
 * and taken back), and the Mål tab's måluppfyllelse over the indicator sheet.
 */
import { previewPerFile, screenshot } from "./support/browser";
import { seriousA11yProblems } from "./support/axe";
import { eventually, soon } from "./support/waits";

jest.setTimeout(120000);

const preview = previewPerFile("followup");
const driver = () => preview.driver();

/** The plan's rows on the sample's Internkontroll sheet (sannolikhet in C, konsekvens in D). */
const PLAN_ROWS = [4, 5, 6, 7, 8, 9, 10];
const LIKELIHOOD_LABELS = [
  "Osannolik",
  "Mindre sannolik",
  "Möjlig",
  "Sannolik",
];

/** The matrix box for a likelihood and a consequence (1-based), found by its name. */
function box(likelihood: number, consequence: number) {
  return driver()
    .pane()
    .getByRole("button", {
      name: new RegExp(
        `^\\d+ risk(er)?: sannolikhet ${likelihood} ${LIKELIHOOD_LABELS[likelihood - 1]}, konsekvens ${consequence} `,
      ),
    });
}

/** What the sheet says: how many rows have each (sannolikhet, konsekvens). */
async function countsInSheet(): Promise<Map<string, number>> {
  const d = driver();
  const counts = new Map<string, number>();
  await d.goTo("A1");
  for (const row of PLAN_ROWS) {
    const key = `${await d.cellText(`C${row}`)},${await d.cellText(`D${row}`)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

async function expectMatrix(counts: Map<string, number>) {
  for (let s = 1; s <= 4; s++)
    for (let k = 1; k <= 4; k++)
      await eventually(async () =>
        expect({ s, k, shown: await box(s, k).textContent() }).toEqual({
          s,
          k,
          shown: String(counts.get(`${s},${k}`) ?? 0),
        }),
      );
}

describe("the Risk and Mål tabs on the sample's follow-up sheets", () => {
  it("the Risk tab counts the internkontroll plan's risks in a 4×4 matrix", async () => {
    const d = driver();
    await d.openSheet("Internkontroll");
    await d.paneTab("Risk").click();
    await d
      .pane()
      .getByRole("table", { name: "Riskmatris för Internkontroll" })
      .waitFor();
    const counts = await countsInSheet();
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(
      PLAN_ROWS.length,
    );
    await expectMatrix(counts);
    await soon(() => seriousA11yProblems(d.page)).toEqual([]);
  });

  it("a box lists its risks, and choosing one selects its row in the sheet", async () => {
    const d = driver();
    const pane = d.pane();
    await box(3, 2).click();
    const risks = pane.getByRole("list", {
      name: "Sannolikhet 3 Möjlig, konsekvens 2 Lindrig: 2 risker",
    });
    await soon(() => risks.getByRole("listitem").count()).toBe(2);
    const row8 = risks.getByRole("button", { name: /^Rad 8 / });
    await soon(() => row8.textContent()).toContain(await d.cellText("B8"));
    await d.goTo("A1");
    await row8.click();
    await eventually(async () => {
      const selection = await d.selection();
      expect(selection.sheet).toBe("Internkontroll");
      expect(selection.nameBox).toMatch(/^[A-Z]+8(:[A-Z]+8)?$/);
    });
  });

  it("Skriv riskmatris writes a COUNTIFS matrix that counts as the sheet changes; Ångra removes it", async () => {
    const d = driver();
    const pane = d.pane();
    await pane.getByRole("button", { name: "Skriv riskmatris" }).click();
    const written = pane.getByRole("group", {
      name: "Riskmatrisen är skriven",
    });
    await written.waitFor();
    await soon(() => written.textContent()).toContain(
      "Den står på bladet ”Internkontroll” från L3.",
    );
    // Beside the plan from L3: a title, a header row, then likelihood 4 down to 1, and
    // consequence 1 to 4 across from column M.
    // The grid draws only what is in view; going to a cell brings it there.
    await d.goTo("N6");
    await d.cellShows("L3", "Riskmatris – Internkontroll");
    await d.cellShows("N6", "2");
    await soon(() => d.formulaOf("N6")).toMatch(/^=COUNTIFS\(.*,3,.*,2\)$/);
    await d.cellShows("O6", "1");
    await screenshot(d.page, "followup-matrix-written");

    // The matrix is live in the sheet: a risk judged more serious moves box.
    await d.goTo("D8");
    await d.page.getByRole("grid").press("3");
    await d.page.keyboard.press("Enter");
    await d.goTo("N6");
    await d.cellShows("N6", "1");
    await d.cellShows("O6", "2");
    // And the pane's matrix follows when read again.
    await pane.getByRole("button", { name: "Läs om" }).click();
    await eventually(async () => {
      expect(await box(3, 2).textContent()).toBe("1");
      expect(await box(3, 3).textContent()).toBe("2");
    });
    await d.goTo("D8");
    await d.page.getByRole("grid").press("2");
    await d.page.keyboard.press("Enter");
    await d.goTo("N6");
    await d.cellShows("O6", "1");

    await written.getByRole("button", { name: "Ångra", exact: true }).click();
    await d.cellShows("L3", "");
    await d.cellShows("N6", "");
    await pane.getByRole("button", { name: "Läs om" }).click();
    await expectMatrix(await countsInSheet());
  });

  it("the Mål tab counts måluppfyllelse on the indicator sheet and writes it as a coloured column", async () => {
    const d = driver();
    const pane = d.pane();
    await d.openSheet("Indikatorer");
    await d.paneTab("Mål").click();
    await pane.getByRole("button", { name: "Räkna måluppfyllelse" }).click();
    const table = pane.getByRole("table", {
      name: "Måluppfyllelse på bladet Indikatorer",
    });
    await table.waitFor();
    const count = async (label: string) =>
      Number(
        await table
          .getByRole("row", { name: new RegExp(`^${label} \\d+$`) })
          .getByRole("cell")
          .nth(1)
          .textContent(),
      );
    const labels = ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömd"];
    const before = await Promise.all(labels.map(count));
    await soon(() => seriousA11yProblems(d.page)).toEqual([]);
    // Six indicators on the sheet, one followed without a target: five are assessed.
    expect(before.reduce((a, b) => a + b, 0)).toBe(5);
    await soon(() =>
      pane
        .getByText(/5 beräknade från målen\. 1 indikator följs utan mål/)
        .count(),
    ).toBe(1);

    // Telling which way is better for an indicator lets it be assessed.
    const notAssessed = before[3];
    await pane
      .getByRole("combobox", {
        name: "Andel med tillgång till bredband om minst 100 Mbit/s – Hushåll",
      })
      .selectOption({ label: "Högre är bättre" });
    await eventually(async () =>
      expect(await count("Ej bedömd")).toBe(notAssessed - 1),
    );
    const after = await Promise.all(labels.map(count));
    expect(after.reduce((a, b) => a + b, 0)).toBe(5);

    // Written into the sheet: a new column I with the assessments, coloured.
    await pane
      .getByRole("button", { name: "Skriv måluppfyllelse och färgsätt" })
      .click();
    await d.goTo("I3");
    await d.cellShows("I3", "Måluppfyllelse");
    const column = await Promise.all(
      [4, 5, 6, 7, 8, 9].map((row) => d.cellText(`I${row}`)),
    );
    for (const [i, label] of labels.slice(0, 3).entries())
      expect(column.filter((text) => text === label)).toHaveLength(after[i]);
    const met = column.indexOf("Uppfyllt");
    expect(met).toBeGreaterThanOrEqual(0);
    await soon(() => d.cellFill(`I${4 + met}`)).not.toBe("rgb(255, 255, 255)");
    await screenshot(d.page, "followup-goals-written");
    await d.undoButton().click();
    await d.cellShows("I3", "");
  });
});
