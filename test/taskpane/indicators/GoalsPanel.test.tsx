/**
 * The Mål tab on real indicator sheets through the in-memory port: counts per sheet, Färgsätt
 * as an undoable conditional fill, a new Måluppfyllelse column where a sheet has none, the
 * direction question saved in the settings, failures shown in Swedish, and no axe violations.
 */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { PortError } from "../../../src/host/port";
import { App } from "../../../src/taskpane/App";
import { MemoryPort } from "../../support/memoryPort";
import {
  SHEETS,
  indicatorSheet,
  kommunstyrelsenRows,
  nämndRows,
} from "../../fixtures/indicators";

const STATUSES = [
  "Uppfyllt",
  "uppfylld",
  "Ej uppfyllt",
  "",
  "Pågår",
  "Ej bedömd",
  "Delvis uppfyllt",
];

function withStatusColumn() {
  return nämndRows().map((row, i) =>
    i === 0 ? [...row, "Måluppfyllelse"] : [...row, STATUSES[i - 1]],
  );
}

function portWith(...sheets: ReturnType<typeof indicatorSheet>[]) {
  return new MemoryPort(
    MemoryWorkbook.fromSnapshot({ sheets, activeSheet: sheets[0].name }),
  );
}

async function openGoals(port: MemoryPort, language: "sv" | "en" = "sv") {
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
  return { user, panel };
}

function counts(panel: HTMLElement, sheet: string): Record<string, string> {
  const table = within(panel).getByRole("table", {
    name: `Måluppfyllelse på bladet ${sheet}`,
  });
  const rows = within(table).getAllByRole("row").slice(1);
  return Object.fromEntries(
    rows.map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent ?? ""),
    ),
  );
}

describe("the Mål tab", () => {
  test("counts Uppfyllt / Delvis uppfyllt / Ej uppfyllt / Ej bedömd per indicator sheet", async () => {
    const port = portWith(
      indicatorSheet(SHEETS.kommunstyrelsen, kommunstyrelsenRows()),
      indicatorSheet(SHEETS.nämnd, withStatusColumn()),
    );
    const { panel } = await openGoals(port);
    await within(panel).findByRole("heading", { name: SHEETS.kommunstyrelsen });
    expect(counts(panel, SHEETS.kommunstyrelsen)).toEqual({
      Uppfyllt: "7",
      "Delvis uppfyllt": "0",
      "Ej uppfyllt": "1",
      "Ej bedömd": "9",
    });
    expect(counts(panel, SHEETS.nämnd)).toEqual({
      Uppfyllt: "3",
      "Delvis uppfyllt": "1",
      "Ej uppfyllt": "1",
      "Ej bedömd": "2",
    });
    expect(
      within(panel).getByText(
        /5 bedömningar från kolumnen Måluppfyllelse, 2 beräknade från målen/,
      ),
    ).toBeInTheDocument();
    expect(port.calls.filter((c) => c === "readSnapshot")).toHaveLength(1);
  });

  test("has no accessibility violations (counts, actions, direction questions, the list open)", async () => {
    const port = portWith(
      indicatorSheet(SHEETS.kommunstyrelsen, kommunstyrelsenRows()),
      indicatorSheet(SHEETS.nämnd, withStatusColumn()),
    );
    const { user, panel } = await openGoals(port);
    await user.click(
      await within(panel).findByRole("button", {
        name: "Indikatorer med mål (7)",
      }),
    );
    // The tab panel (the shell around it is the App's).
    expect(await axe(panel)).toHaveNoViolations();
  });

  test("Färgsätt colours the Måluppfyllelse column, undoably", async () => {
    const port = portWith(indicatorSheet(SHEETS.nämnd, withStatusColumn()));
    const { user, panel } = await openGoals(port);
    await user.click(
      await within(panel).findByRole("button", { name: "Färgsätt" }),
    );
    await within(panel).findByText(
      `Kolumnen Måluppfyllelse på bladet ”${SHEETS.nämnd}” är färgsatt.`,
    );
    const fills = port.book.sheet(SHEETS.nämnd)!.conditionalFills;
    expect(fills).toHaveLength(1);
    expect(fills[0].range).toEqual({
      sheet: SHEETS.nämnd,
      top: 1,
      bottom: 7,
      left: 7,
      right: 7,
    });
    expect(fills[0].rules.slice(0, 4)).toEqual([
      { equals: "Uppfyllt", fill: "#C6EFCE", fontColor: "#006100" },
      { equals: "Delvis uppfyllt", fill: "#FFEB9C", fontColor: "#9C5700" },
      { equals: "Ej uppfyllt", fill: "#FFC7CE", fontColor: "#9C0006" },
      { equals: "Ej bedömd", fill: "#E7E6E6", fontColor: "#3A3838" },
    ]);
    // The values are untouched: colouring is formatting only.
    expect(port.book.cell(SHEETS.nämnd, 2, 7).content).toBe("uppfylld");

    await user.click(within(panel).getByRole("button", { name: "Ångra" }));
    await within(panel).findByText("Ändringen är ångrad.");
    expect(port.book.sheet(SHEETS.nämnd)!.conditionalFills).toEqual([]);
  });

  test("a sheet without a Måluppfyllelse column gets one, beside the table, and can take it back", async () => {
    const rows = kommunstyrelsenRows();
    const port = portWith(indicatorSheet(SHEETS.kommunstyrelsen, rows));
    const { user, panel } = await openGoals(port);
    expect(
      within(panel).queryByRole("button", { name: "Färgsätt" }),
    ).toBeNull();
    expect(
      await within(panel).findByText(
        /En ny kolumn H får de beräknade bedömningarna/,
      ),
    ).toBeInTheDocument();
    await user.click(
      within(panel).getByRole("button", {
        name: "Skriv måluppfyllelse och färgsätt",
      }),
    );
    await within(panel).findByText(
      `Kolumn H på bladet ”${SHEETS.kommunstyrelsen}” har fått måluppfyllelsen och färgerna.`,
    );

    const cell = (row: number) =>
      port.book.cell(SHEETS.kommunstyrelsen, row, 7).content;
    expect([2, 13, 25].map(cell)).toEqual([
      "Måluppfyllelse",
      "Måluppfyllelse",
      "Måluppfyllelse",
    ]);
    expect(
      cell(
        rows.findIndex(
          (r) => r[0] === "Antal cykeltrafikanter per 1 000 invånare",
        ),
      ),
    ).toBe("Ej uppfyllt");
    expect(cell(rows.findIndex((r) => r[0] === "Antal konkurser"))).toBe("");
    expect(
      port.book.sheet(SHEETS.kommunstyrelsen)!.conditionalFills,
    ).toHaveLength(3);
    expect(port.calls.filter((c) => c === "apply")).toHaveLength(1);

    // Read again after the write: the assessments now stand in the column.
    await within(panel).findByText(
      /17 bedömningar från kolumnen Måluppfyllelse, 0 beräknade/,
    );
    // The new column is coloured already: colouring it again would stack the rules.
    expect(within(panel).getByText("Färgsatt")).toBeInTheDocument();
    expect(
      within(panel).queryByRole("button", { name: "Färgsätt" }),
    ).toBeNull();

    await user.click(within(panel).getByRole("button", { name: "Ångra" }));
    await within(panel).findByText("Ändringen är ångrad.");
    expect(cell(2)).toBe("");
    expect(port.book.sheet(SHEETS.kommunstyrelsen)!.conditionalFills).toEqual(
      [],
    );
  });

  test("a cell typed beside the table after counting is not written over: the column moves right", async () => {
    const rows = kommunstyrelsenRows();
    const port = portWith(indicatorSheet(SHEETS.kommunstyrelsen, rows));
    const { user, panel } = await openGoals(port);
    await within(panel).findByText(/En ny kolumn H får de beräknade bedömningarna/);
    // The user types in column H in Excel while the pane still shows what it counted.
    port.book.apply(
      [{ op: "cell", sheet: SHEETS.kommunstyrelsen, row: 2, col: 7, value: "Kommentar" }],
      "typed in Excel",
    );
    await user.click(
      within(panel).getByRole("button", { name: "Skriv måluppfyllelse och färgsätt" }),
    );
    await within(panel).findByText(
      `Kolumn I på bladet ”${SHEETS.kommunstyrelsen}” har fått måluppfyllelsen och färgerna.`,
    );
    expect(port.book.cell(SHEETS.kommunstyrelsen, 2, 7).content).toBe("Kommentar");
    expect(port.book.cell(SHEETS.kommunstyrelsen, 2, 8).content).toBe("Måluppfyllelse");
    const fills = port.book.sheet(SHEETS.kommunstyrelsen)!.conditionalFills;
    expect(fills.every((f) => f.range.left === 8)).toBe(true);
  });

  test("Färgsätt once per write: the sheet shows Färgsatt until the colouring is undone", async () => {
    const port = portWith(indicatorSheet(SHEETS.nämnd, withStatusColumn()));
    const { user, panel } = await openGoals(port);
    await user.click(await within(panel).findByRole("button", { name: "Färgsätt" }));
    await within(panel).findByText(
      `Kolumnen Måluppfyllelse på bladet ”${SHEETS.nämnd}” är färgsatt.`,
    );
    // Wait for the read the write sets off, then try to colour again.
    await waitFor(() => expect(port.calls.filter((c) => c === "readSnapshot")).toHaveLength(2));
    const again = within(panel).queryByRole("button", { name: "Färgsätt" });
    if (again) await user.click(again);
    expect(port.book.sheet(SHEETS.nämnd)!.conditionalFills).toHaveLength(1);
    expect(within(panel).getByText("Färgsatt")).toBeInTheDocument();

    await user.click(within(panel).getByRole("button", { name: "Ångra" }));
    await within(panel).findByText("Ändringen är ångrad.");
    expect(port.book.sheet(SHEETS.nämnd)!.conditionalFills).toEqual([]);
    await user.click(await within(panel).findByRole("button", { name: "Färgsätt" }));
    await waitFor(() =>
      expect(port.book.sheet(SHEETS.nämnd)!.conditionalFills).toHaveLength(1),
    );
  });

  test("asks which way is better where the table does not say, and saves the answer in the settings", async () => {
    const port = portWith(
      indicatorSheet(SHEETS.kommunstyrelsen, kommunstyrelsenRows()),
    );
    const { user, panel } = await openGoals(port);
    const label =
      "Andel med tillgång till bredband om minst 100 Mbit/s - Hushåll";
    const choice = await within(panel).findByRole("combobox", { name: label });
    expect(choice).toHaveValue("unknown");
    await user.selectOptions(choice, "higher");

    await waitFor(() =>
      expect(port.settings).toMatchObject({
        indicatorDirections: {
          "andel med tillgång till bredband om minst 100 mbit/s - hushåll":
            "higher",
        },
      }),
    );
    // 91 % against 95 %, closer than the year before: Delvis uppfyllt.
    await waitFor(() =>
      expect(counts(panel, SHEETS.kommunstyrelsen)["Delvis uppfyllt"]).toBe(
        "1",
      ),
    );
    expect(within(panel).getByRole("combobox", { name: label })).toHaveValue(
      "higher",
    );
    expect(port.book.cell(SHEETS.kommunstyrelsen, 28, 7).content).toBe("");

    await user.selectOptions(
      within(panel).getByRole("combobox", { name: label }),
      "unknown",
    );
    await waitFor(() =>
      expect(port.settings).toMatchObject({ indicatorDirections: {} }),
    );
  });

  test("goes to an indicator's row", async () => {
    const port = portWith(indicatorSheet(SHEETS.nämnd, withStatusColumn()));
    const { user, panel } = await openGoals(port);
    await user.click(
      await within(panel).findByRole("button", {
        name: "Indikatorer med mål (7)",
      }),
    );
    await user.click(
      within(panel).getByRole("button", {
        name: "Gå till Antal cykeltrafikanter per 1 000 invånare",
      }),
    );
    expect(port.selected).toEqual({ sheet: SHEETS.nämnd, address: "A4" });
  });

  test("a workbook without indicator sheets says so", async () => {
    const port = portWith(
      indicatorSheet("Drift", [
        ["Verksamhet", "Budget 2020"],
        ["Skola", 100],
      ]),
    );
    const { panel } = await openGoals(port);
    expect(
      await within(panel).findByText(/Arbetsboken har inga indikatorblad/),
    ).toBeInTheDocument();
  });

  test("a refused write is explained in Swedish and nothing changes", async () => {
    const port = portWith(indicatorSheet(SHEETS.nämnd, withStatusColumn()));
    const { user, panel } = await openGoals(port);
    const paint = await within(panel).findByRole("button", {
      name: "Färgsätt",
    });
    port.failNext = new PortError(
      "Bladet är skyddat.",
      "The sheet is protected.",
      "protected",
    );
    await user.click(paint);
    expect(
      await within(panel).findByText("Bladet är skyddat."),
    ).toBeInTheDocument();
    expect(port.book.sheet(SHEETS.nämnd)!.conditionalFills).toEqual([]);
  });

  test("the limits of a difference worth assessing are saved in the settings", async () => {
    const port = portWith(indicatorSheet(SHEETS.nämnd, withStatusColumn()));
    const { user, panel } = await openGoals(port);
    const points = await within(panel).findByRole("textbox", { name: "Andelar, procentenheter" });
    const relative = within(panel).getByRole("textbox", { name: "Index och antal per invånare, % av totalen" });
    expect(points).toHaveValue("5");
    expect(relative).toHaveValue("10");
    await user.clear(relative);
    await user.type(relative, "tio");
    expect(within(panel).getByText("Ange ett tal från 0 till 100.")).toBeInTheDocument();
    expect(within(panel).getByRole("button", { name: "Spara gränserna" })).toBeDisabled();
    await user.clear(relative);
    await user.type(relative, "7,5");
    await user.clear(points);
    await user.type(points, "3");
    await user.click(within(panel).getByRole("button", { name: "Spara gränserna" }));
    await within(panel).findByText("Sparat. Kontrollerna räknas om.");
    expect(port.settings).toMatchObject({ equalityGapPoints: 3, equalityGapRelative: 0.075 });
  });

  test("in English", async () => {
    const port = portWith(indicatorSheet(SHEETS.nämnd, withStatusColumn()));
    const { panel } = await openGoals(port, "en");
    await within(panel).findByRole("heading", { name: "Goal attainment" });
    expect(
      await within(panel).findByRole("button", { name: "Colour" }),
    ).toBeInTheDocument();
    expect(within(panel).getByText("Partly met")).toBeInTheDocument();
  });
});
