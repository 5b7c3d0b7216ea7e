/**
 * The Mål and Risk tabs on a protected sheet: they still read it (counts, heat map) but offer
 * no write there — no Färgsätt, no new Måluppfyllelse column, no risk matrix beside the plan —
 * and say why. A matrix on a new sheet does not touch the protected one, so it is still offered.
 * MemoryWorkbook refuses any edit of a protected sheet, so an offered write would show up as an
 * "apply" call and a refusal.
 */
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import { SheetSnapshot } from "../../src/core/workbook";
import { App } from "../../src/taskpane/App";
import { MemoryPort } from "../support/memoryPort";
import { makeWorkbook } from "../support/sheets";
import { planSheet } from "../core/risk/fixtures";
import {
  SHEETS,
  indicatorSheet,
  kommunstyrelsenRows,
  nämndRows,
} from "../fixtures/indicators";

configure({ asyncUtilTimeout: 10000 });

const applies = (port: MemoryPort) => port.calls.filter((c) => c === "apply");

function protect(sheet: SheetSnapshot, isProtected = true): SheetSnapshot {
  return isProtected ? { ...sheet, protected: true } : sheet;
}

describe("Mål on a protected indicator sheet", () => {
  const STATUSES = ["Uppfyllt", "uppfylld", "Ej uppfyllt", "", "Pågår"];
  const withStatusColumn = () =>
    nämndRows().map((row, i) =>
      i === 0
        ? [...row, "Måluppfyllelse"]
        : [...row, STATUSES[i - 1] ?? "Ej bedömd"],
    );

  async function openGoals(
    sheets: SheetSnapshot[],
    language: "sv" | "en" = "sv",
  ) {
    const port = new MemoryPort(
      MemoryWorkbook.fromSnapshot({ sheets, activeSheet: sheets[0].name }),
    );
    const user = userEvent.setup();
    render(<App port={port} initialLanguage={language} />);
    await user.click(
      screen.getByRole("tab", { name: language === "sv" ? "Mål" : "Goals" }),
    );
    const panel = screen.getByRole("tabpanel");
    await user.click(
      within(panel).getByRole("button", {
        name:
          language === "sv" ? "Räkna måluppfyllelse" : "Count goal attainment",
      }),
    );
    return { user, port, panel };
  }

  const region = (panel: HTMLElement, name: string) =>
    within(panel).findByRole("region", { name });

  test("counts it, says it is protected and offers neither Färgsätt nor a new column", async () => {
    const { port, panel } = await openGoals([
      protect(indicatorSheet(SHEETS.nämnd, withStatusColumn())),
      protect(indicatorSheet(SHEETS.kommunstyrelsen, kommunstyrelsenRows())),
    ]);
    for (const name of [SHEETS.nämnd, SHEETS.kommunstyrelsen]) {
      const sheet = await region(panel, name);
      // Reading still works: the counts table is there.
      expect(
        within(sheet).getByRole("table", {
          name: `Måluppfyllelse på bladet ${name}`,
        }),
      ).toBeInTheDocument();
      expect(within(sheet).getByText("Skyddat")).toBeInTheDocument();
      expect(
        within(sheet).getByText(
          /^Bladet är skyddat, så Rapportkoll färgsätter och skriver inget här\. Ta bort skyddet i Excel \(Granska › Ta bort skydd för blad\)/,
        ),
      ).toBeInTheDocument();
      expect(
        within(sheet).queryByRole("button", { name: "Färgsätt" }),
      ).toBeNull();
      expect(
        within(sheet).queryByRole("button", {
          name: "Skriv måluppfyllelse och färgsätt",
        }),
      ).toBeNull();
    }
    expect(applies(port)).toEqual([]);
  });

  test("an unprotected sheet beside it keeps its write", async () => {
    const { user, port, panel } = await openGoals([
      protect(indicatorSheet(SHEETS.nämnd, withStatusColumn())),
      indicatorSheet(SHEETS.kommunstyrelsen, kommunstyrelsenRows()),
    ]);
    const open = await region(panel, SHEETS.kommunstyrelsen);
    expect(within(open).queryByText("Skyddat")).toBeNull();
    await user.click(
      within(open).getByRole("button", {
        name: "Skriv måluppfyllelse och färgsätt",
      }),
    );
    await within(panel).findByText(/har fått måluppfyllelsen och färgerna/);
    expect(applies(port)).toHaveLength(1);
    expect(port.book.sheet(SHEETS.nämnd)!.conditionalFills).toEqual([]);
  });

  test("the same sheet unprotected has Färgsätt", async () => {
    const { panel } = await openGoals([
      indicatorSheet(SHEETS.nämnd, withStatusColumn()),
    ]);
    const sheet = await region(panel, SHEETS.nämnd);
    expect(
      within(sheet).getByRole("button", { name: "Färgsätt" }),
    ).toBeEnabled();
    expect(within(sheet).queryByText("Skyddat")).toBeNull();
  });

  test("in English", async () => {
    const { panel } = await openGoals(
      [protect(indicatorSheet(SHEETS.nämnd, withStatusColumn()))],
      "en",
    );
    const sheet = await region(panel, SHEETS.nämnd);
    expect(within(sheet).getByText("Protected")).toBeInTheDocument();
    expect(
      within(sheet).getByText(
        /^The sheet is protected.*Review › Unprotect Sheet/,
      ),
    ).toBeInTheDocument();
    expect(within(sheet).queryByRole("button", { name: "Colour" })).toBeNull();
  });
});

describe("Risk on a protected plan", () => {
  const PLAN = "Internkontrollplan";

  async function openRisk(isProtected: boolean, language: "sv" | "en" = "sv") {
    const port = new MemoryPort(
      makeWorkbook(protect(planSheet(PLAN).sheet, isProtected)),
    );
    const user = userEvent.setup();
    render(<App port={port} initialLanguage={language} />);
    await user.click(screen.getByRole("tab", { name: "Risk" }));
    const panel = screen.getByRole("tabpanel");
    await within(panel).findByRole("table");
    return { user, port, panel };
  }

  test("the heat map is there; beside the plan is not written, a new sheet is", async () => {
    const { user, port, panel } = await openRisk(true);
    const before = port.book.toSnapshot().sheets.find((s) => s.name === PLAN);
    expect(
      within(panel).getByRole("table", { name: `Riskmatris för ${PLAN}` }),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole("radio", { name: "På ett nytt blad" }),
    ).toBeChecked();

    await user.click(
      within(panel).getByRole("radio", { name: "Bredvid tabellen" }),
    );
    expect(
      within(panel).getByText(
        /^Bladet är skyddat, så Rapportkoll skriver inget bredvid tabellen\..*Granska › Ta bort skydd för blad/,
      ),
    ).toBeInTheDocument();
    const write = within(panel).getByRole("button", {
      name: "Skriv riskmatris",
    });
    expect(write).toBeDisabled();
    await user.click(write);
    expect(applies(port)).toEqual([]);

    await user.click(
      within(panel).getByRole("radio", { name: "På ett nytt blad" }),
    );
    expect(within(panel).queryByText(/^Bladet är skyddat/)).toBeNull();
    await user.click(
      within(panel).getByRole("button", { name: "Skriv riskmatris" }),
    );
    await within(panel).findByText(
      `Den står på bladet ”Riskmatris ${PLAN}” från A1.`,
    );
    expect(applies(port)).toHaveLength(1);
    expect(port.book.toSnapshot().sheets.find((s) => s.name === PLAN)).toEqual(
      before,
    );
  });

  test("a plan protected after it was read: said, not attempted", async () => {
    const { user, port, panel } = await openRisk(false);
    expect(
      within(panel).getByRole("radio", { name: "Bredvid tabellen" }),
    ).toBeChecked();
    port.book.sheet(PLAN)!.protected = true;
    await user.click(
      within(panel).getByRole("button", { name: "Skriv riskmatris" }),
    );
    expect(
      await within(panel).findByText(
        /^Bladet är skyddat, så Rapportkoll skriver inget/,
      ),
    ).toBeInTheDocument();
    expect(applies(port)).toEqual([]);
  });

  test("in English", async () => {
    const { user, panel } = await openRisk(true, "en");
    await user.click(
      within(panel).getByRole("radio", { name: "Beside the table" }),
    );
    expect(
      within(panel).getByText(
        /^The sheet is protected.*Review › Unprotect Sheet/,
      ),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole("button", { name: "Write risk matrix" }),
    ).toBeDisabled();
  });
});
