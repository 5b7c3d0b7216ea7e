/**
 * The Validera tab with the real engine on a real indicator sheet: the indicator rules'
 * findings are listed under their Swedish titles like the others, and a decimal point fixed
 * there is a number in the sheet, undone by the pane's undo bar.
 */
import {
  configure,
  render,
  screen,
  waitFor,
  within,
} from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { App } from "../../../src/taskpane/App";
import { MemoryPort } from "../../support/memoryPort";
import {
  SHEETS,
  indicatorSheet,
  kommunstyrelsenRows,
  rowOf,
  withCell,
} from "../../fixtures/indicators";

configure({ asyncUtilTimeout: 15000 });

const plain = (text: string | null | undefined) =>
  (text ?? "").replace(/[\u00a0\u202f]/g, " ");

const HECTARES = "Antal hektar större grönyta";

function portWith(rows: ReturnType<typeof kommunstyrelsenRows>) {
  const sheet = indicatorSheet(SHEETS.kommunstyrelsen, rows);
  return new MemoryPort(
    MemoryWorkbook.fromSnapshot({ sheets: [sheet], activeSheet: sheet.name }),
  );
}

test("indicator findings are listed in Validera, fixed and undone there", async () => {
  const real = kommunstyrelsenRows();
  const row = rowOf(real, HECTARES);
  const port = portWith(withCell(real, HECTARES, 3, "8 136.6"));
  const user = userEvent.setup();
  render(<App port={port} />);
  await user.click(
    screen.getByRole("button", { name: "Validera arbetsboken" }),
  );

  expect(
    await screen.findByRole("heading", {
      name: /^Värdet är skrivet i fel form/,
    }),
  ).toBeInTheDocument();
  const item = (
    await screen.findByRole("button", {
      name: new RegExp(
        `^Gå till D${row + 1} på bladet ${SHEETS.kommunstyrelsen}`,
      ),
    })
  ).closest("li")!;
  expect(plain(item.textContent)).toContain(
    '"8 136.6" är skrivet med decimalpunkt',
  );

  await user.click(within(item).getByRole("button", { name: "Rätta" }));
  await waitFor(() =>
    expect(port.book.cell(SHEETS.kommunstyrelsen, row, 3).content).toBe(8136.6),
  );
  await waitFor(() =>
    expect(
      screen.queryByRole("heading", { name: /^Värdet är skrivet i fel form/ }),
    ).not.toBeInTheDocument(),
  );

  await user.click(
    screen.getByRole("button", { name: "Ångra: Skriv talet 8 136,6" }),
  );
  await waitFor(() =>
    expect(port.book.cell(SHEETS.kommunstyrelsen, row, 3).content).toBe(
      "8 136.6",
    ),
  );
  expect(
    await screen.findByRole("heading", {
      name: /^Värdet är skrivet i fel form/,
    }),
  ).toBeInTheDocument();
});
