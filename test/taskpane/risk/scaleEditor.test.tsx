import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { parseSettings } from "../../../src/core/settings";
import { PortError } from "../../../src/host/port";
import { App } from "../../../src/taskpane/App";
import { PortContext } from "../../../src/taskpane/PortContext";
import { RiskPanel } from "../../../src/taskpane/risk/RiskPanel";
import { RiskScaleEditor } from "../../../src/taskpane/settings/RiskScaleEditor";
import { SettingsProvider } from "../../../src/taskpane/state/SettingsContext";
import { WriterProvider } from "../../../src/taskpane/state/WriterContext";
import { MemoryPort } from "../../support/memoryPort";
import { makeWorkbook } from "../../support/sheets";
import { planSheet } from "../../core/risk/fixtures";

configure({ asyncUtilTimeout: 8000 });

function renderEditor(port: MemoryPort, withRiskTab = false) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <PortContext.Provider value={port}>
        <SettingsProvider>
          <WriterProvider>
            <RiskScaleEditor />
            {withRiskTab && <RiskPanel />}
          </WriterProvider>
        </SettingsProvider>
      </PortContext.Provider>
    </FluentProvider>
  );
  return { user, ...view };
}

/**
 * Replaces an input's text in one change: typing letter by letter re-renders the whole form for
 * each key, which the shared test machine cannot afford for a form this size.
 */
async function retype(_user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await act(async () => {
    fireEvent.change(input, { target: { value: text } });
  });
}

describe("the custom risk scale editor", () => {
  test("round trip: a 3×3 scale banded by konsekvens, saved in the workbook and read back", async () => {
    const port = new MemoryPort(makeWorkbook(planSheet().sheet));
    const { user, unmount } = renderEditor(port);
    expect(await screen.findByText("Ingen egen skala är sparad.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Skapa egen skala" }));

    // Starts from the scale in use (4×4); made 3×3.
    expect(screen.getByRole("textbox", { name: "Sannolikhet, steg 4" })).toHaveValue("Sannolik");
    await user.selectOptions(screen.getByRole("combobox", { name: "Storlek" }), "3");
    expect(screen.queryByRole("textbox", { name: "Sannolikhet, steg 4" })).toBeNull();
    expect(screen.getByRole("textbox", { name: "Konsekvens, steg 3" })).toHaveValue("Kännbar");

    for (const [i, label] of ["Liten", "Måttlig", "Stor"].entries())
      await retype(user, screen.getByRole("textbox", { name: `Sannolikhet, steg ${i + 1}` }), label);
    await retype(user, screen.getByRole("textbox", { name: "Konsekvens, steg 3" }), "Allvarlig");

    // Three levels: Mycket hög goes; its cells take Hög.
    await user.click(screen.getByRole("button", { name: "Ta bort nivån Mycket hög" }));
    expect(screen.queryByRole("textbox", { name: "Nivå 4, namn" })).toBeNull();
    await retype(user, screen.getByRole("textbox", { name: "Nivå 3, namn" }), "Kritisk");
    await retype(user, screen.getByRole("textbox", { name: "Nivå 3, engelskt namn" }), "Critical");
    await user.click(within(screen.getByRole("radiogroup", { name: "Nivå 3, färg" })).getByRole("radio", { name: "mörkröd" }));
    expect(screen.getByRole("textbox", { name: "Nivå 3, färgkod (#RRGGBB)" })).toHaveValue("#C00000");

    // Konsekvens 3 is never Låg: sannolikhet 1 × konsekvens 3 becomes Medel.
    const cell = screen.getByRole("combobox", { name: "Sannolikhet 1 Liten, konsekvens 3 Allvarlig" });
    expect(cell).toHaveValue("0");
    await user.selectOptions(cell, "1");

    // A wrong entry is said where it is, and nothing is saved until it is right.
    await retype(user, screen.getByRole("textbox", { name: "Konsekvens, steg 1" }), "");
    expect(screen.getByText("Skriv en etikett.")).toBeInTheDocument();
    expect(screen.getByText("1 uppgift behöver rättas innan skalan kan sparas.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Spara och använd" })).toBeDisabled();
    await retype(user, screen.getByRole("textbox", { name: "Konsekvens, steg 1" }), "Obetydlig");
    await retype(user, screen.getByRole("textbox", { name: "Nivå 2, färgkod (#RRGGBB)" }), "gul");
    expect(screen.getByText("Skriv färgen som #RRGGBB, till exempel #63BE7B.")).toBeInTheDocument();
    await retype(user, screen.getByRole("textbox", { name: "Nivå 2, färgkod (#RRGGBB)" }), "#ffeb84");

    await user.click(screen.getByRole("button", { name: "Spara och använd" }));
    expect(await screen.findByText("Den egna skalan är sparad och används.")).toBeInTheDocument();
    expect(screen.getByText("Sparad: 3×3 med nivåerna Låg, Medel, Kritisk.")).toBeInTheDocument();

    const stored = port.settings as Record<string, unknown>;
    expect(stored.riskScale).toBe("custom");
    expect(stored.customRiskScale).toEqual({
      id: "custom",
      size: 3,
      likelihoodLabels: ["Liten", "Måttlig", "Stor"],
      consequenceLabels: ["Obetydlig", "Lindrig", "Allvarlig"],
      levels: [
        { name: "Låg", nameEn: "Low", color: "#63BE7B" },
        { name: "Medel", nameEn: "Medium", color: "#FFEB84" },
        { name: "Kritisk", nameEn: "Critical", color: "#C00000" },
      ],
      // By product from the 4×4 preset, Mycket hög folded into Kritisk, S1×K3 raised to Medel.
      cellLevels: [
        [0, 0, 1],
        [0, 1, 1],
        [0, 1, 2],
      ],
    });
    const parsed = parseSettings(stored);
    expect(parsed.ok && parsed.settings.customRiskScale).toEqual(stored.customRiskScale);
    unmount();

    // Opened again from the workbook: the same scale in the editor.
    const again = new MemoryPort(makeWorkbook(planSheet().sheet));
    again.settings = JSON.parse(JSON.stringify(stored));
    const second = renderEditor(again);
    expect(await screen.findByText("Sparad: 3×3 med nivåerna Låg, Medel, Kritisk.")).toBeInTheDocument();
    await second.user.click(screen.getByRole("button", { name: "Redigera egen skala" }));
    expect(screen.getByRole("textbox", { name: "Sannolikhet, steg 2" })).toHaveValue("Måttlig");
    expect(screen.getByRole("combobox", { name: "Sannolikhet 1 Liten, konsekvens 3 Allvarlig" })).toHaveValue("1");
    await second.user.click(screen.getByRole("button", { name: "Avbryt" }));
    expect(screen.getByRole("button", { name: "Redigera egen skala" })).toBeInTheDocument();
  }, 90_000);

  test("the saved scale is the one the Risk tab draws and judges", async () => {
    const port = new MemoryPort(makeWorkbook(planSheet().sheet));
    const { user } = renderEditor(port, true);
    await screen.findByRole("table", { name: "Riskmatris för Internkontrollplan" });
    await user.click(screen.getByRole("button", { name: "Skapa egen skala" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Storlek" }), "5");
    await retype(user, screen.getByRole("textbox", { name: "Sannolikhet, steg 5" }), "Nästan säker");
    await user.click(screen.getByRole("button", { name: "Spara och använd" }));
    await screen.findByText("Den egna skalan är sparad och används.");
    const map = screen.getByRole("table", { name: "Riskmatris för Internkontrollplan" });
    expect(within(map).getAllByRole("rowheader")[0]).toHaveTextContent("5Nästan säker");
    expect(screen.getByText("Egen skala 5×5 från Inställningar.")).toBeInTheDocument();
  });

  test("levels can be added up to six; the presets can be started over from", async () => {
    const { user } = renderEditor(new MemoryPort());
    await user.click(await screen.findByRole("button", { name: "Skapa egen skala" }));
    await user.click(screen.getByRole("button", { name: "Lägg till nivå" }));
    await user.click(screen.getByRole("button", { name: "Lägg till nivå" }));
    expect(screen.getByRole("textbox", { name: "Nivå 6, namn" })).toHaveValue("Nivå 6");
    expect(screen.getByRole("button", { name: "Lägg till nivå" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Förval 5×5" }));
    expect(screen.getByRole("combobox", { name: "Storlek" })).toHaveValue("5");
    expect(screen.getByRole("textbox", { name: "Konsekvens, steg 5" })).toHaveValue("Mycket allvarlig");
    expect(screen.queryByRole("textbox", { name: "Nivå 5, namn" })).toBeNull();
  });

  test("two levels with one name are refused until renamed", async () => {
    const { user } = renderEditor(new MemoryPort());
    await user.click(await screen.findByRole("button", { name: "Skapa egen skala" }));
    await retype(user, screen.getByRole("textbox", { name: "Nivå 2, namn" }), "låg");
    expect(screen.getAllByText("Två nivåer har samma namn.")).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Spara och använd" })).toBeDisabled();
  });

  test("a save the workbook refuses is said, and the draft is kept", async () => {
    const port = new MemoryPort();
    const { user } = renderEditor(port);
    await user.click(await screen.findByRole("button", { name: "Skapa egen skala" }));
    port.failNext = new PortError("Arbetsboken är skrivskyddad.", "The workbook is read-only.", "protected");
    await user.click(screen.getByRole("button", { name: "Spara och använd" }));
    expect(await screen.findByText("Arbetsboken är skrivskyddad.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Spara och använd" })).toBeInTheDocument();
  });

  test("no accessibility violations while editing", async () => {
    const { user, container } = renderEditor(new MemoryPort());
    await user.click(await screen.findByRole("button", { name: "Skapa egen skala" }));
    await act(async () => {
      fireEvent.change(screen.getByRole("textbox", { name: "Sannolikhet, steg 1" }), { target: { value: "" } });
    });
    await waitFor(() => expect(screen.getByText("Skriv en etikett.")).toBeInTheDocument());
    expect(await axe(container)).toHaveNoViolations();
  });

  test("in the Inställningar tab: saved, chosen as the scale, and drawn by the Risk tab", async () => {
    const user = userEvent.setup();
    const port = new MemoryPort(makeWorkbook(planSheet().sheet));
    render(<App port={port} />);
    await user.click(screen.getByRole("tab", { name: "Inställningar" }));
    await user.click(await screen.findByRole("button", { name: "Skapa egen skala" }));
    await user.selectOptions(screen.getByRole("combobox", { name: "Storlek" }), "3");
    await user.click(screen.getByRole("button", { name: "Spara och använd" }));
    await screen.findByText("Den egna skalan är sparad och används.");
    expect((port.settings as Record<string, unknown>).riskScale).toBe("custom");
    await user.click(screen.getByRole("tab", { name: "Risk" }));
    const map = await screen.findByRole("table", { name: "Riskmatris för Internkontrollplan" });
    expect(within(map).getAllByRole("rowheader")).toHaveLength(3);
    expect(screen.getByText("Egen skala 3×3 från Inställningar.")).toBeInTheDocument();
  }, 60_000);
});
