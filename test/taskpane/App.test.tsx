import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { App } from "../../src/taskpane/App";
import { MemoryPort } from "../support/memoryPort";

/** The tabs' accessible names in order (Fluent keeps a hidden copy of each label for layout). */
function tabNames(): string[] {
  const tabs = screen.getAllByRole("tab");
  return tabs.map((tab) => tab.querySelector("[class*='fui-Tab__content']:not([class*='reservedSpace'])")?.textContent ?? "");
}

describe("the task pane shell", () => {
  test("shows the header and the six tabs in Swedish", () => {
    render(<App port={new MemoryPort()} />);
    expect(screen.getByRole("heading", { name: "Rapportkoll" })).toBeInTheDocument();
    expect(tabNames()).toEqual(["Validera", "Fyll i", "Mallar", "Mål", "Risk", "Inställningar"]);
    expect(screen.getByRole("tab", { name: "Validera" })).toHaveAttribute("aria-selected", "true");
  });

  test("tabs switch with the mouse and the keyboard", async () => {
    const user = userEvent.setup();
    render(<App port={new MemoryPort()} />);
    await user.click(screen.getByRole("tab", { name: "Mallar" }));
    expect(screen.getByRole("tab", { name: "Mallar" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAttribute("aria-labelledby", "tab-templates");
  });

  test("English when asked", () => {
    render(<App port={new MemoryPort()} initialLanguage="en" />);
    expect(tabNames()).toEqual(["Validate", "Fill in", "Templates", "Goals", "Risk", "Settings"]);
  });

  test("no accessibility violations", async () => {
    const { container } = render(<App port={new MemoryPort()} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
