import { configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { RISK_SCALE_5X5 } from "../../src/core/riskScale";
import { PortError } from "../../src/host/port";
import { App } from "../../src/taskpane/App";
import { MemoryPort } from "../support/memoryPort";
import { makeSheet, makeWorkbook } from "../support/sheets";
import { SumEngine } from "./fakeEngine";

// The machine is shared: give the pane time to answer before a query gives up.
configure({ asyncUtilTimeout: 10000 });

async function openSettings(port = new MemoryPort(), engine = new SumEngine()) {
  const user = userEvent.setup();
  const view = render(<App port={port} engine={engine} />);
  await waitFor(() => expect(port.calls).toContain("loadSettings"));
  await user.click(screen.getByRole("tab", { name: "Inställningar" }));
  return { user, port, engine, ...view };
}

const saved = (port: MemoryPort) => port.settings as Record<string, unknown>;

describe("Inställningar", () => {
  test("shows the stored settings and saves a change in the workbook", async () => {
    const port = new MemoryPort();
    port.settings = { signConvention: "B", percentBase: "to" };
    const { user } = await openSettings(port);
    expect(
      await screen.findByRole("radio", { name: "B: kostnader positiva" }),
    ).toBeChecked();
    expect(
      screen.getByRole("radio", { name: /^Det nya värdet/ }),
    ).toBeChecked();

    await user.click(
      screen.getByRole("radio", {
        name: "A: intäkter positiva, kostnader negativa",
      }),
    );
    await waitFor(() => expect(saved(port).signConvention).toBe("A"));
    expect(saved(port).percentBase).toBe("to");
    expect(
      await screen.findByText("Sparat i arbetsboken."),
    ).toBeInTheDocument();
  });

  test("tolerance: automatic, or a number typed the Swedish way", async () => {
    const { user, port } = await openSettings();
    const automatic = screen.getByRole("switch", { name: "Automatisk" });
    expect(automatic).toBeChecked();
    await user.click(automatic);
    await waitFor(() => expect(saved(port).tolerance).toBe(1));
    const spin = screen.getByRole("spinbutton", {
      name: "Enheter i sista tryckta siffran",
    });
    await user.clear(spin);
    await user.type(spin, "2,5");
    await user.tab();
    await waitFor(() => expect(saved(port).tolerance).toBe(2.5));

    await user.clear(spin);
    await user.type(spin, "mycket");
    await user.tab();
    expect(
      await screen.findByText("Ange ett tal mellan 0 och 1000."),
    ).toBeInTheDocument();
    expect(saved(port).tolerance).toBe(2.5);

    await user.click(screen.getByRole("switch", { name: "Automatisk" }));
    await waitFor(() => expect(saved(port).tolerance).toBe("auto"));
  });

  test("risk scale: the custom choice appears only when a custom scale exists", async () => {
    const { user, port, unmount } = await openSettings();
    expect(
      screen.queryByRole("radio", { name: "Egen skala" }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: /^5 × 5/ }));
    await waitFor(() => expect(saved(port).riskScale).toBe("5x5"));
    unmount();

    const withCustom = new MemoryPort();
    withCustom.settings = {
      riskScale: "custom",
      customRiskScale: { ...RISK_SCALE_5X5, id: "egen" },
    };
    await openSettings(withCustom);
    expect(
      await screen.findAllByRole("radio", { name: "Egen skala" }),
    ).toHaveLength(1);
  });

  test("language: English switches the whole pane and is saved", async () => {
    const { user, port } = await openSettings();
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(
      await screen.findByRole("tab", { name: "Settings" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Sign convention")).toBeInTheDocument();
    await waitFor(() => expect(saved(port).language).toBe("en"));
  });

  test("a failed save is said, and the setting still applies", async () => {
    const { user, port } = await openSettings();
    port.failNext = new PortError(
      "Inställningarna kunde inte sparas i arbetsboken.",
      "The settings could not be saved in the workbook.",
    );
    await user.click(
      screen.getByRole("radio", { name: "B: kostnader positiva" }),
    );
    expect(
      await screen.findByText(
        "Inställningarna kunde inte sparas i arbetsboken.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Inställningen gäller nu/)).toBeInTheDocument();
    expect(
      screen.getByRole("radio", { name: "B: kostnader positiva" }),
    ).toBeChecked();
  });

  test("stored settings that cannot be used are reported", async () => {
    const port = new MemoryPort();
    port.settings = { signConvention: "C" };
    await openSettings(port);
    expect(
      await screen.findByText(
        /kunde inte användas: "signConvention" måste vara/,
      ),
    ).toBeInTheDocument();
  });

  test("a new convention re-checks the last validation without reading the workbook again", async () => {
    const port = new MemoryPort(
      makeWorkbook(
        makeSheet("Drift", [
          ["Verksamhet", "Budget"],
          ["Kultur", 5],
          ["Summa", 5],
        ]),
      ),
    );
    const engine = new SumEngine();
    const user = userEvent.setup();
    render(<App port={port} engine={engine} />);
    await user.click(
      screen.getByRole("button", { name: "Validera arbetsboken" }),
    );
    await screen.findByText("Klar för inlämning");
    const reads = port.calls.filter((c) => c === "readSnapshot").length;
    await user.click(screen.getByRole("tab", { name: "Inställningar" }));
    await user.click(
      screen.getByRole("radio", { name: "B: kostnader positiva" }),
    );
    await waitFor(() => expect(engine.lastSettings?.signConvention).toBe("B"));
    expect(port.calls.filter((c) => c === "readSnapshot")).toHaveLength(reads);
    const calls = engine.calls;
    await user.click(screen.getByRole("radio", { name: "English" }));
    await screen.findByRole("tab", { name: "Settings" });
    expect(engine.calls).toBe(calls);
  });

  test("no accessibility violations", async () => {
    const { container } = await openSettings();
    expect(await axe(container)).toHaveNoViolations();
  });
});
