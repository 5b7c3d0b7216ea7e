import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { PortError } from "../../../src/host/port";
import { App } from "../../../src/taskpane/App";
import { MemoryPort } from "../../support/memoryPort";

async function openTemplates(
  port = new MemoryPort(),
  language: "sv" | "en" = "sv",
) {
  const user = userEvent.setup();
  render(<App port={port} initialLanguage={language} />);
  await user.click(
    screen.getByRole("tab", {
      name: language === "sv" ? "Mallar" : "Templates",
    }),
  );
  return { user, port, panel: screen.getByRole("tabpanel") };
}

describe("the Mallar tab", () => {
  test("creates a resultaträkning through the port and undoes it", async () => {
    const { user, port, panel } = await openTemplates();
    expect(
      within(panel).getByRole("heading", { name: "Skapa ett standardblad" }),
    ).toBeInTheDocument();
    expect(
      within(panel).getByText(
        /Ett nytt blad ”Resultaträkning” med rubriken ”Resultaträkning jan-apr/,
      ),
    ).toBeInTheDocument();

    await user.click(within(panel).getByRole("button", { name: "Skapa blad" }));
    await screen.findByText("Bladet är skapat");
    const sheet = port.book.sheet("Resultaträkning");
    expect(sheet?.kind).toBe("resultatrakning");
    expect(port.book.cell("Resultaträkning", 3, 0).content).toBe(
      "Verksamhetens intäkter",
    );
    expect(port.book.cell("Resultaträkning", 13, 1).content).toBe(
      "=SUM(B4,B13)",
    );
    expect(port.calls.filter((c) => c === "apply")).toHaveLength(1);
    await waitFor(() =>
      expect(port.selected).toEqual({
        sheet: "Resultaträkning",
        address: "B4",
      }),
    );

    await user.click(within(panel).getByRole("button", { name: "Ångra" }));
    await screen.findByText("Bladet ”Resultaträkning” är borttaget.");
    expect(port.book.sheet("Resultaträkning")).toBeUndefined();
    expect(port.book.sheets.map((s) => s.name)).toEqual(["Blad1"]);
  });

  test("never overwrites an existing sheet: the new one gets a number", async () => {
    const book = new MemoryWorkbook(["Resultaträkning"]);
    book.apply(
      [{ op: "cell", sheet: "Resultaträkning", row: 0, col: 0, value: "Eget" }],
      "setup",
    );
    const { user, port, panel } = await openTemplates(new MemoryPort(book));
    await user.click(within(panel).getByRole("button", { name: "Skapa blad" }));
    await screen.findByText("”Resultaträkning (2)” ligger nu i arbetsboken.");
    expect(port.book.cell("Resultaträkning", 0, 0).content).toBe("Eget");
    expect(port.book.sheet("Resultaträkning (2)")?.kind).toBe(
      "resultatrakning",
    );
  });

  test("a driftredovisning from the user's own list keeps labels that look like formulas as text", async () => {
    const { user, port, panel } = await openTemplates();
    await user.selectOptions(
      within(panel).getByRole("combobox", { name: "Typ av blad" }),
      "driftredovisning",
    );
    await user.selectOptions(
      within(panel).getByRole("combobox", { name: "Layout" }),
      "budget",
    );
    await user.click(within(panel).getByRole("radio", { name: "Egen lista" }));
    const list = within(panel).getByRole("textbox", {
      name: /Verksamheter eller avdelningar/,
    });
    await user.type(list, "Kansli{Enter}  Arkiv{Enter}-Övrigt{Enter}=SUMMA");
    await user.click(
      within(panel).getByRole("radio", { name: "mnkr (en decimal)" }),
    );
    await user.click(within(panel).getByRole("button", { name: "Skapa blad" }));
    await screen.findByText("Bladet är skapat");

    const cell = (row: number, col: number) =>
      port.book.cell("Driftredovisning", row, col);
    expect(cell(0, 0).content).toBe(
      "Driftbudget per verksamhet 2026 (mnkr)".replace(
        "2026",
        String(new Date().getFullYear()),
      ),
    );
    expect(cell(3, 0).content).toBe("Kansli");
    expect(cell(3, 1).content).toBe("=SUM(B5)");
    expect(cell(4, 0).content).toBe("varav Arkiv");
    expect(cell(5, 0).content).toBe("-Övrigt");
    expect(cell(6, 0).content).toBe("=SUMMA");
    expect(cell(6, 0).value).toBe("=SUMMA");
    expect(cell(5, 1).numberFormat).toBe("#,##0.0;-#,##0.0");
  });

  test("internkontroll uses the risk scale from the settings", async () => {
    const port = new MemoryPort();
    port.settings = { riskScale: "5x5" };
    const { user, panel } = await openTemplates(port);
    await user.selectOptions(
      within(panel).getByRole("combobox", { name: "Typ av blad" }),
      "internkontroll",
    );
    expect(
      within(panel).getByText("Riskskala 5×5 (från Inställningar)"),
    ).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Skapa blad" }));
    await screen.findByText("Bladet är skapat");
    const sheet = port.book.sheet("Internkontroll")!;
    expect(sheet.validations[0].rule).toEqual({
      type: "wholeNumber",
      min: 1,
      max: 5,
    });
    expect(port.book.cell("Internkontroll", 3, 5).content).toBe(
      '=IF(OR(C4="",D4=""),"",INDEX($N$6:$R$10,6-C4,D4))',
    );
  });

  test("KOLL formulas only when the user switches them on, with a warning in the preview", async () => {
    const { user, port, panel } = await openTemplates();
    await user.selectOptions(
      within(panel).getByRole("combobox", { name: "Typ av blad" }),
      "indikatorer",
    );
    expect(
      within(panel).getByText("Inga formler: bara rubriker och format."),
    ).toBeInTheDocument();
    await user.click(
      within(panel).getByRole("switch", {
        name: "Måluppfyllelse som KOLL-formler",
      }),
    );
    expect(
      within(panel).getByText(/KOLL-formler räknar bara med Rapportkoll/),
    ).toBeInTheDocument();
    await user.click(within(panel).getByRole("button", { name: "Skapa blad" }));
    await screen.findByText("Bladet är skapat");
    expect(port.book.cell("Indikatorer", 3, 6).content).toBe(
      "=KOLL.MÅLUPPFYLLELSE(D4,E4,C4)",
    );
  });

  test("a wrong year is shown at the field and nothing can be created", async () => {
    const { user, panel } = await openTemplates();
    const year = within(panel).getByRole("spinbutton", { name: /År/ });
    await user.clear(year);
    await user.type(year, "20244");
    expect(
      within(panel).getByText("Ange ett år från 1990 till 2100."),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole("button", { name: "Skapa blad" }),
    ).toBeDisabled();
  });

  test("a sheet name Excel refuses is explained before anything is written", async () => {
    const { user, port, panel } = await openTemplates();
    await user.type(
      within(panel).getByRole("textbox", { name: /Bladets namn/ }),
      "Budget: 2024",
    );
    expect(
      within(panel).getByText(/får inte innehålla något av tecknen/),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole("button", { name: "Skapa blad" }),
    ).toBeDisabled();
    expect(port.calls).not.toContain("apply");
  });

  test("a failure in the workbook becomes a readable message and nothing is half written", async () => {
    const port = new MemoryPort();
    const { user, panel } = await openTemplates(port);
    port.failNext = new PortError(
      "Arbetsboken är skrivskyddad.",
      "The workbook is read-only.",
      "protected",
    );
    await user.click(within(panel).getByRole("button", { name: "Skapa blad" }));
    expect(
      await screen.findByText("Bladet kunde inte skapas"),
    ).toBeInTheDocument();
    expect(
      screen.getByText("Arbetsboken är skrivskyddad."),
    ).toBeInTheDocument();
    expect(port.book.sheets.map((s) => s.name)).toEqual(["Blad1"]);
  });

  // Tab order itself is Fluent's (tabster), which cannot move focus in jsdom, where nothing has
  // a size; every control here is a native input, select, textarea or button.
  test("works from the keyboard alone", async () => {
    const { user, port, panel } = await openTemplates();
    const kind = within(panel).getByRole("combobox", { name: "Typ av blad" });
    kind.focus();
    await user.selectOptions(kind, "driftredovisning");
    const own = within(panel).getByRole("radio", { name: "Egen lista" });
    within(panel)
      .getByRole("radio", { name: "SCB:s verksamhetsindelning" })
      .focus();
    await user.keyboard("{ArrowDown}");
    expect(own).toBeChecked();
    within(panel)
      .getByRole("textbox", { name: /Verksamheter eller avdelningar/ })
      .focus();
    await user.keyboard("Kansli{Enter}IT");
    const create = within(panel).getByRole("button", { name: "Skapa blad" });
    create.focus();
    await user.keyboard("{Enter}");
    await screen.findByText("Bladet är skapat");
    expect(port.book.cell("Driftredovisning", 4, 0).content).toBe("IT");
    within(panel).getByRole("button", { name: "Ångra" }).focus();
    await user.keyboard(" ");
    await screen.findByText("Bladet ”Driftredovisning” är borttaget.");
  });

  test("speaks English when asked", async () => {
    const { user, port, panel } = await openTemplates(new MemoryPort(), "en");
    expect(
      within(panel).getByRole("heading", { name: "Create a standard sheet" }),
    ).toBeInTheDocument();
    await user.selectOptions(
      within(panel).getByRole("combobox", { name: "Kind of sheet" }),
      "indikatorer",
    );
    await user.click(
      within(panel).getByRole("button", { name: "Create sheet" }),
    );
    await screen.findByText("The sheet is created");
    // The sheet itself is Swedish: it goes into a Swedish report.
    expect(port.book.cell("Indikatorer", 2, 0).content).toBe("Indikator");
  });

  test("has no accessibility violations", async () => {
    const { user, panel } = await openTemplates();
    expect(await axe(panel)).toHaveNoViolations();
    await user.selectOptions(
      within(panel).getByRole("combobox", { name: "Typ av blad" }),
      "driftredovisning",
    );
    await user.click(within(panel).getByRole("radio", { name: "Egen lista" }));
    // An empty list is not called an error the moment it appears, only once left empty.
    expect(
      within(panel).queryByText("Skriv minst en verksamhet."),
    ).not.toBeInTheDocument();
    expect(
      within(panel).getByRole("button", { name: "Skapa blad" }),
    ).toBeDisabled();
    await user.click(
      within(panel).getByRole("textbox", {
        name: /Verksamheter eller avdelningar/,
      }),
    );
    await user.click(
      within(panel).getByRole("textbox", { name: /Bladets namn/ }),
    );
    await waitFor(() =>
      expect(
        within(panel).getByText("Skriv minst en verksamhet."),
      ).toBeInTheDocument(),
    );
    expect(await axe(panel)).toHaveNoViolations();
  });
});
