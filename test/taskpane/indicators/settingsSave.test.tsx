/**
 * A settings save that Excel refuses is said in the Mål tab (as in Inställningar, the choice
 * still applies while the pane is open; it is just not in the workbook).
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { PortError } from "../../../src/host/port";
import { App } from "../../../src/taskpane/App";
import { MemoryPort } from "../../support/memoryPort";
import { SHEETS, indicatorSheet, nämndRows } from "../../fixtures/indicators";

test("a refused save of the limits is said, not shown as saved", async () => {
  const sheet = indicatorSheet(SHEETS.nämnd, nämndRows());
  const port = new MemoryPort(
    MemoryWorkbook.fromSnapshot({ sheets: [sheet], activeSheet: sheet.name }),
  );
  const user = userEvent.setup();
  render(<App port={port} />);
  await user.click(screen.getByRole("tab", { name: "Mål" }));
  const panel = screen.getByRole("tabpanel");
  await user.click(
    within(panel).getByRole("button", { name: "Räkna måluppfyllelse" }),
  );
  const points = await within(panel).findByRole("textbox", {
    name: "Andelar, procentenheter",
  });
  await user.clear(points);
  await user.type(points, "3");
  port.failNext = new PortError(
    "Inställningarna kunde inte sparas: arbetsboken är skrivskyddad.",
    "The settings could not be saved: the workbook is read-only.",
    "failed",
  );
  await user.click(
    within(panel).getByRole("button", { name: "Spara gränserna" }),
  );
  expect(
    await within(panel).findByText(
      "Inställningarna kunde inte sparas: arbetsboken är skrivskyddad.",
    ),
  ).toBeInTheDocument();
  expect(
    within(panel).queryByText("Sparat. Kontrollerna räknas om."),
  ).not.toBeInTheDocument();
});
