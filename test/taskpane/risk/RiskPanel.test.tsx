import { act, configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { WorkbookSnapshot } from "../../../src/core/workbook";
import { PortError } from "../../../src/host/port";
import { App } from "../../../src/taskpane/App";
import { MemoryPort } from "../../support/memoryPort";
import { makeSheet, makeWorkbook } from "../../support/sheets";
import { computeFormulas } from "../../core/risk/compute";
import { bruttoNettoSheet, planSheet } from "../../core/risk/fixtures";

// Two cores shared by several engineers: the pane can take more than a second to answer.
configure({ asyncUtilTimeout: 8000 });

/** Brutto counts of the working plan (4×4), rows from sannolikhet 4 down, konsekvens 1–4. */
const PLAN_COUNTS = [
  [0, 0, 1, 0],
  [0, 1, 1, 1],
  [0, 1, 2, 2],
  [0, 0, 1, 0],
];
const LIKELIHOOD = ["Osannolik", "Mindre sannolik", "Möjlig", "Sannolik"];
const CONSEQUENCE = ["Försumbar", "Lindrig", "Kännbar", "Allvarlig"];
const LEVELS = [
  ["Medel", "Hög", "Mycket hög", "Mycket hög"],
  ["Låg", "Medel", "Hög", "Mycket hög"],
  ["Låg", "Medel", "Medel", "Hög"],
  ["Låg", "Låg", "Låg", "Medel"],
];

async function openRisk(snapshot: WorkbookSnapshot | MemoryWorkbook, language: "sv" | "en" = "sv") {
  const user = userEvent.setup();
  const port = new MemoryPort(snapshot);
  const { container } = render(<App port={port} initialLanguage={language} />);
  await user.click(screen.getByRole("tab", { name: "Risk" }));
  const panel = screen.getByRole("tabpanel");
  return { user, port, panel, container };
}

/** The heat map's cells as [visible text, accessible name], rows from the top. */
function grid(table: HTMLElement): { text: string; name: string; fill: string }[][] {
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("button")
        .map((button) => ({
          text: button.textContent ?? "",
          name: button.getAttribute("aria-label") ?? "",
          fill: (button as HTMLElement).style.backgroundColor,
        }))
    );
}

/**
 * The question before writing over cells. Fluent's focus manager marks an open dialog
 * aria-hidden a moment after it opens under jsdom (microsoft/fluentui issue 27322), so the
 * dialog and its buttons are queried including hidden elements.
 */
async function findOccupiedDialog(): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  expect(dialog).toHaveTextContent("Cellerna är inte tomma");
  return dialog;
}

function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}

/** A tab's name (Fluent keeps a hidden copy of each label for layout). */
function tabName(tab: HTMLElement): string {
  return tab.querySelector("[class*='fui-Tab__content']:not([class*='reservedSpace'])")?.textContent ?? "";
}

describe("the Risk tab", () => {
  test("shows the plan's heat map with its counts, cell by cell, in the scale's colours", async () => {
    const { panel } = await openRisk(makeWorkbook(planSheet().sheet));
    const table = await within(panel).findByRole("table", { name: "Riskmatris för Internkontrollplan" });
    const headers = within(table).getAllByRole("columnheader").map((h) => h.textContent);
    expect(headers).toEqual(["Sannolikhet \\ Konsekvens", ...CONSEQUENCE.map((l, i) => `${i + 1}${l}`)]);
    const rowHeaders = within(table).getAllByRole("rowheader").map((h) => h.textContent);
    expect(rowHeaders).toEqual([4, 3, 2, 1].map((s) => `${s}${LIKELIHOOD[s - 1]}`));
    const cells = grid(table);
    expect(cells.map((row) => row.map((c) => Number(c.text)))).toEqual(PLAN_COUNTS);
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const s = 4 - r;
        const k = c + 1;
        const count = PLAN_COUNTS[r][c];
        expect(cell.name).toBe(
          `${count} ${count === 1 ? "risk" : "risker"}: sannolikhet ${s} ${LIKELIHOOD[s - 1]}, konsekvens ${k} ${CONSEQUENCE[k - 1]}, nivå ${LEVELS[r][c]}`
        );
      })
    );
    // Mycket hög is red, Låg green (jsdom reports rgb()).
    expect(cells[0][2].fill).toBe("rgb(248, 105, 107)");
    expect(cells[3][0].fill).toBe("rgb(99, 190, 123)");
    expect(within(panel).getByText("Skala 4×4 från Inställningar.")).toBeInTheDocument();
  });

  test("a cell lists its risks; a risk selects its row in Excel", async () => {
    const { user, port, panel } = await openRisk(makeWorkbook(planSheet().sheet));
    const { rowOf } = planSheet();
    const cell = await within(panel).findByRole("button", { name: /^2 risker: sannolikhet 2 .*konsekvens 4/ });
    await user.click(cell);
    expect(cell).toHaveAttribute("aria-pressed", "true");
    const list = within(panel).getByRole("list", {
      name: "Sannolikhet 2 Mindre sannolik, konsekvens 4 Allvarlig: 2 risker",
    });
    const risks = within(list).getAllByRole("button");
    expect(risks.map((b) => b.textContent?.slice(0, 2))).toEqual(["R2", "R9"]);
    await user.click(risks[1]);
    await waitFor(() =>
      expect(port.selected).toEqual({ sheet: "Internkontrollplan", address: `A${rowOf.R9 + 1}:L${rowOf.R9 + 1}` })
    );
  });

  test("the keyboard moves between cells and opens one", async () => {
    const { user, panel } = await openRisk(makeWorkbook(planSheet().sheet));
    const table = await within(panel).findByRole("table");
    const buttons = within(table).getAllByRole("button");
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    act(() => buttons[0].focus());
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowDown}");
    expect(document.activeElement).toBe(buttons[6]);
    expect(buttons[6].tabIndex).toBe(0);
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(buttons[7]);
    await user.keyboard("{Enter}");
    expect(
      within(panel).getByRole("heading", { name: "Sannolikhet 3 Möjlig, konsekvens 4 Allvarlig: 1 risk" })
    ).toBeInTheDocument();
  });

  test("writes the matrix beside the plan with COUNTIFS that compute the same counts, and undoes it", async () => {
    const { user, port, panel } = await openRisk(makeWorkbook(planSheet().sheet));
    await within(panel).findByRole("table");
    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    await within(panel).findByText("Riskmatrisen är skriven");
    expect(within(panel).getByText("Den står på bladet ”Internkontrollplan” från N3.")).toBeInTheDocument();
    expect(port.calls.filter((c) => c === "apply")).toHaveLength(1);
    const sheet = "Internkontrollplan";
    expect(port.book.cell(sheet, 2, 13).content).toBe("Riskmatris – Internkontrollplan");
    expect(port.book.cell(sheet, 4, 14).content).toBe("=COUNTIFS($D$4:$D$21,4,$E$4:$E$21,1)");
    computeFormulas(port.book);
    for (let r = 0; r < 4; r += 1)
      for (let c = 0; c < 4; c += 1) {
        const cell = port.book.cell(sheet, 4 + r, 14 + c);
        expect(cell.value).toBe(PLAN_COUNTS[r][c]);
        expect(cell.fill).toBe(
          { Låg: "#63BE7B", Medel: "#FFEB84", Hög: "#F8A262", "Mycket hög": "#F8696B" }[LEVELS[r][c]]
        );
      }
    await waitFor(() => expect(port.selected).toEqual({ sheet, address: "N3" }));

    await user.click(within(panel).getByRole("button", { name: "Ångra" }));
    await within(panel).findByText("Riskmatrisen är borttagen.");
    expect(port.book.cell(sheet, 4, 14).content).toBe("");
    expect(port.book.cell(sheet, 2, 13).content).toBe("");
  });

  test("asks before writing over cells beside the plan, and can place the matrix further right", async () => {
    const { sheet } = planSheet();
    const book = MemoryWorkbook.fromSnapshot(makeWorkbook(sheet));
    book.apply([{ op: "cell", sheet: sheet.name, row: 5, col: 14, value: "Egen anteckning" }], "setup");
    const { user, port, panel } = await openRisk(book);
    await within(panel).findByRole("table");
    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    const dialog = await findOccupiedDialog();
    expect(within(dialog).getByText("1 cell i N3:R9 har innehåll som skulle skrivas över:")).toBeInTheDocument();
    expect(within(dialog).getByText("O6: Egen anteckning")).toBeInTheDocument();
    expect(port.calls).not.toContain("apply");

    await user.click(dialogButton(dialog, "Avbryt"));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(port.calls).not.toContain("apply");

    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    await user.click(dialogButton(await findOccupiedDialog(), "Placera längre till höger"));
    await within(panel).findByText("Den står på bladet ”Internkontrollplan” från Q3.");
    expect(port.book.cell(sheet.name, 5, 14).content).toBe("Egen anteckning");
    expect(port.book.cell(sheet.name, 4, 17).content).toBe("=COUNTIFS($D$4:$D$21,4,$E$4:$E$21,1)");
  });

  test("overwrites only when the user says so", async () => {
    const { sheet } = planSheet();
    const book = MemoryWorkbook.fromSnapshot(makeWorkbook(sheet));
    book.apply([{ op: "cell", sheet: sheet.name, row: 5, col: 14, value: "Gammal" }], "setup");
    const { user, port, panel } = await openRisk(book);
    await within(panel).findByRole("table");
    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    await user.click(dialogButton(await findOccupiedDialog(), "Skriv över"));
    await within(panel).findByText("Riskmatrisen är skriven");
    expect(port.book.cell(sheet.name, 5, 14).content).toBe("=COUNTIFS($D$4:$D$21,3,$E$4:$E$21,1)");
    await user.click(within(panel).getByRole("button", { name: "Ångra" }));
    await within(panel).findByText("Riskmatrisen är borttagen.");
    expect(port.book.cell(sheet.name, 5, 14).content).toBe("Gammal");
  });

  test("a risk added to the plan after the tab read it is counted in the written matrix", async () => {
    const { sheet } = planSheet();
    const { user, port, panel } = await openRisk(makeWorkbook(sheet));
    await within(panel).findByRole("table");
    // Typed in Excel after the tab's read: row 22, sannolikhet 4, konsekvens 4.
    port.book.apply(
      [
        { op: "cell", sheet: sheet.name, row: 21, col: 0, value: "R11" },
        { op: "cell", sheet: sheet.name, row: 21, col: 1, value: "Risk för att nya risker glöms bort" },
        { op: "cell", sheet: sheet.name, row: 21, col: 3, value: 4 },
        { op: "cell", sheet: sheet.name, row: 21, col: 4, value: 4 },
      ],
      "setup"
    );
    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    await within(panel).findByText("Riskmatrisen är skriven");
    expect(port.book.cell(sheet.name, 4, 14).content).toBe("=COUNTIFS($D$4:$D$22,4,$E$4:$E$22,1)");
    computeFormulas(port.book);
    expect(port.book.cell(sheet.name, 4, 17).value).toBe(PLAN_COUNTS[0][3] + 1);
  });

  test("a plan that is no longer a risk plan when writing: said, not attempted", async () => {
    const { sheet } = planSheet();
    const { user, port, panel } = await openRisk(makeWorkbook(sheet));
    await within(panel).findByRole("table");
    port.book.apply(
      Array.from({ length: 12 }, (_, col) => ({ op: "cell" as const, sheet: sheet.name, row: 2, col, value: "" })),
      "setup"
    );
    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    expect(
      await within(panel).findByText(/^Bladet ”Internkontrollplan” finns inte längre, eller är inte längre en riskplan/)
    ).toBeInTheDocument();
    expect(port.calls).not.toContain("apply");
  });

  test("a plan that ends near XFD is offered only a new sheet, and says why", async () => {
    const { sheet } = planSheet();
    // The same plan in the last twelve columns, XFD its last (formulas as plain values).
    const far = makeSheet(sheet.name, sheet.values, { left: 16372 });
    const { user, port, panel } = await openRisk(makeWorkbook(far));
    await within(panel).findByRole("table");
    expect(within(panel).getByRole("radio", { name: "På ett nytt blad" })).toBeChecked();
    await user.click(within(panel).getByRole("radio", { name: "Bredvid tabellen" }));
    expect(within(panel).getByText(/^Matrisen får inte plats bredvid tabellen.*\(XFD\)/)).toBeInTheDocument();
    const write = within(panel).getByRole("button", { name: "Skriv riskmatris" });
    expect(write).toBeDisabled();
    await user.click(write);
    expect(port.calls).not.toContain("apply");

    await user.click(within(panel).getByRole("radio", { name: "På ett nytt blad" }));
    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    await within(panel).findByText("Den står på bladet ”Riskmatris Internkontrollplan” från A1.");
  });

  test("no room after the used range before XFD: placing further right is not offered", async () => {
    const { sheet } = planSheet();
    const book = MemoryWorkbook.fromSnapshot(makeWorkbook(sheet));
    book.apply(
      [
        { op: "cell", sheet: sheet.name, row: 5, col: 14, value: "Egen anteckning" },
        { op: "cell", sheet: sheet.name, row: 0, col: 16380, value: "Långt ut" },
      ],
      "setup"
    );
    const { user, port, panel } = await openRisk(book);
    await within(panel).findByRole("table");
    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    const dialog = await findOccupiedDialog();
    expect(within(dialog).getByText(/^Längre till höger får matrisen inte plats.*\(XFD\)/)).toBeInTheDocument();
    expect(within(dialog).queryByRole("button", { name: "Placera längre till höger", hidden: true })).toBeNull();
    expect(port.calls).not.toContain("apply");
    await user.click(dialogButton(dialog, "Avbryt"));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(port.calls).not.toContain("apply");
  });

  test("writes on a new sheet that references the plan by name", async () => {
    const { sheet } = planSheet("Risker 2020 (KS)");
    const { user, port, panel } = await openRisk(makeWorkbook(sheet));
    await within(panel).findByRole("table");
    await user.click(within(panel).getByRole("radio", { name: "På ett nytt blad" }));
    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    await within(panel).findByText("Den står på bladet ”Riskmatris Risker 2020 (KS)” från A1.");
    const target = "Riskmatris Risker 2020 (KS)";
    expect(port.book.cell(target, 2, 1).content).toBe(
      "=COUNTIFS('Risker 2020 (KS)'!$D$4:$D$21,4,'Risker 2020 (KS)'!$E$4:$E$21,1)"
    );
    computeFormulas(port.book);
    for (let r = 0; r < 4; r += 1)
      for (let c = 0; c < 4; c += 1) expect(port.book.cell(target, 2 + r, 1 + c).value).toBe(PLAN_COUNTS[r][c]);
    await user.click(within(panel).getByRole("button", { name: "Ångra" }));
    await within(panel).findByText("Riskmatrisen är borttagen.");
    expect(port.book.sheet(target)).toBeUndefined();
  });

  test("brutto, netto and the movement between them; both matrices written side by side", async () => {
    const { sheet, rowOf } = bruttoNettoSheet();
    const { user, port, panel } = await openRisk(makeWorkbook(sheet));
    await within(panel).findByRole("table", { name: "Riskmatris för Riskbedömning, före åtgärd" });
    const views = within(panel).getByRole("tablist", { name: "Visa" });
    expect(within(views).getAllByRole("tab").map(tabName)).toEqual([
      "Före åtgärd",
      "Efter åtgärd",
      "Förflyttning",
    ]);

    await user.click(within(views).getByRole("tab", { name: "Efter åtgärd" }));
    const netto = within(panel).getByRole("table", { name: "Riskmatris för Riskbedömning, efter åtgärd" });
    // Netto: R1 2×4, R2 2×3, R3 1×3, R4 2×3, R5 3×3, R6 1×2, R7 2×2, R8 2×2, R9 1×4, R10 1×2.
    expect(grid(netto).map((row) => row.map((c) => Number(c.text)))).toEqual([
      [0, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 2, 2, 1],
      [0, 2, 1, 1],
    ]);

    await user.click(within(views).getByRole("tab", { name: "Förflyttning" }));
    const moved = within(panel).getByRole("table", { name: "Riskmatris för Riskbedömning, förflyttning" });
    const cells = grid(moved);
    expect(cells[2][3]).toMatchObject({ text: "2 → 1" });
    expect(cells[2][3].name).toBe(
      "Före åtgärd 2, efter åtgärd 1: sannolikhet 2 Mindre sannolik, konsekvens 4 Allvarlig, nivå Hög"
    );
    expect(cells[0][2].text).toBe("1 → 0");
    expect(within(panel).getByText("10 sänkta, 0 oförändrade, 0 höjda.")).toBeInTheDocument();
    const list = within(panel).getByRole("list", { name: "Från före till efter åtgärd" });
    expect(within(list).getByText("S 3 × K 4 Mycket hög → S 2 × K 4 Hög (sänkt)")).toBeInTheDocument();

    await user.click(within(panel).getByRole("button", { name: "Skriv riskmatris" }));
    await within(panel).findByText("Riskmatrisen är skriven");
    const name = sheet.name;
    // Beside the plan (last column M): brutto from O2, netto five columns further, after a gap.
    expect(port.book.cell(name, 1, 14).content).toBe("Riskmatris – Riskbedömning, före åtgärd");
    expect(port.book.cell(name, 1, 20).content).toBe("Riskmatris – Riskbedömning, efter åtgärd");
    computeFormulas(port.book);
    expect(port.book.cell(name, 3 + 2, 15 + 3).value).toBe(2);
    expect(port.book.cell(name, 3 + 2, 21 + 3).value).toBe(1);
    expect(port.book.cell(name, 3 + 2, 21 + 3).content).toBe(
      `=COUNTIFS($H$4:$H$${rowOf.R10 + 1},2,$I$4:$I$${rowOf.R10 + 1},4)`
    );
  });

  test("risks off the scale are listed apart", async () => {
    const { sheet } = planSheet();
    const rows = sheet.values.map((r) => [...r]);
    rows[4][3] = 7;
    const { panel } = await openRisk(makeWorkbook(makeSheet(sheet.name, rows)));
    await within(panel).findByRole("table");
    expect(
      within(panel).getByText("1 risk saknar sannolikhet eller konsekvens på skalan och visas inte i matrisen:")
    ).toBeInTheDocument();
  });

  test("several plans: chosen in the list, and followed when the user moves to another in Excel", async () => {
    class FollowingPort extends MemoryPort {
      listener: ((sheet: string, address: string) => void) | null = null;
      onSelectionChanged(listener: (sheet: string, address: string) => void) {
        this.listener = listener;
        return () => {
          this.listener = null;
        };
      }
    }
    const port = new FollowingPort(
      makeWorkbook(planSheet("Plan KS").sheet, makeSheet("Budget", [["x"]]), bruttoNettoSheet("Plan SBF").sheet)
    );
    const user = userEvent.setup();
    render(<App port={port} />);
    await user.click(screen.getByRole("tab", { name: "Risk" }));
    const panel = screen.getByRole("tabpanel");
    await within(panel).findByRole("table", { name: "Riskmatris för Plan KS" });
    const list = within(panel).getByRole("combobox", { name: "Blad" });
    expect(within(list).getAllByRole("option").map((o) => o.textContent)).toEqual(["Plan KS", "Plan SBF"]);
    await user.selectOptions(list, "Plan SBF");
    expect(within(panel).getByRole("table", { name: "Riskmatris för Plan SBF, före åtgärd" })).toBeInTheDocument();
    act(() => port.listener?.("Budget", "A1"));
    expect(within(panel).getByRole("table", { name: "Riskmatris för Plan SBF, före åtgärd" })).toBeInTheDocument();
    act(() => port.listener?.("Plan KS", "B7"));
    expect(within(panel).getByRole("table", { name: "Riskmatris för Plan KS" })).toBeInTheDocument();
  });

  test("no plan in the workbook", async () => {
    const { panel } = await openRisk(makeWorkbook(makeSheet("Blad1", [["Budget", 2020], ["Intäkter", 5]])));
    expect(await within(panel).findByText(/Ingen internkontrollplan hittades/)).toBeInTheDocument();
  });

  test("a read that fails says why", async () => {
    const user = userEvent.setup();
    const port = new MemoryPort(makeWorkbook(planSheet().sheet));
    render(<App port={port} />);
    port.failNext = new PortError("Excel är upptaget.", "Excel is busy.", "busy");
    await user.click(screen.getByRole("tab", { name: "Risk" }));
    expect(await screen.findByText("Excel är upptaget.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Läs om" }));
    expect(await screen.findByRole("table")).toBeInTheDocument();
  });

  test("English, and no accessibility violations", async () => {
    const { user, panel, container } = await openRisk(makeWorkbook(bruttoNettoSheet().sheet), "en");
    await within(panel).findByRole("table", { name: "Risk matrix of Riskbedömning, before action" });
    expect(within(panel).getByRole("button", { name: "Write risk matrix" })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    await user.click(within(panel).getByRole("tab", { name: "Movement" }));
    await user.click(within(panel).getByRole("button", { name: /^Before action 2, after action 1: likelihood 2/ }));
    expect(within(panel).getByRole("heading", { name: /^Likelihood 2 Mindre sannolik, consequence 4 Allvarlig: 1 risk$/ })).toBeInTheDocument();
    expect(within(panel).getByText("10 lowered, 0 unchanged, 0 raised.")).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });
});
