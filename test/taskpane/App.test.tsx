import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { MemoryPort } from "../support/memoryPort";
import { SumEngine } from "./fakeEngine";

/** The tabs' accessible names in order (Fluent keeps a hidden copy of each label for layout). */
function tabNames(): string[] {
  const tabs = screen.getAllByRole("tab");
  return tabs.map(
    (tab) =>
      tab.querySelector(
        "[class*='fui-Tab__content']:not([class*='reservedSpace'])",
      )?.textContent ?? "",
  );
}

/** Renders the pane and lets it read the workbook's settings. */
async function renderApp(ui: React.ReactElement) {
  const view = render(ui);
  await act(async () => {});
  return view;
}

describe("the task pane shell", () => {
  test("shows the header and the six tabs in Swedish", async () => {
    await renderApp(<App port={new MemoryPort()} engine={new SumEngine()} />);
    expect(
      screen.getByRole("heading", { name: "Rapportkoll" }),
    ).toBeInTheDocument();
    expect(tabNames()).toEqual([
      "Validera",
      "Fyll i",
      "Mallar",
      "Mål",
      "Risk",
      "Inställningar",
    ]);
    expect(screen.getByRole("tab", { name: "Validera" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
  });

  test("tabs switch with the mouse and the keyboard", async () => {
    const user = userEvent.setup();
    await renderApp(<App port={new MemoryPort()} engine={new SumEngine()} />);
    await user.click(screen.getByRole("tab", { name: "Mallar" }));
    expect(screen.getByRole("tab", { name: "Mallar" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(screen.getByRole("tabpanel")).toHaveAttribute(
      "aria-labelledby",
      "tab-templates",
    );
  });

  test("English when asked", async () => {
    await renderApp(
      <App
        port={new MemoryPort()}
        engine={new SumEngine()}
        initialLanguage="en"
      />,
    );
    expect(tabNames()).toEqual([
      "Validate",
      "Fill in",
      "Templates",
      "Goals",
      "Risk",
      "Settings",
    ]);
  });

  test("no accessibility violations", async () => {
    const { container } = await renderApp(
      <App port={new MemoryPort()} engine={new SumEngine()} />,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
