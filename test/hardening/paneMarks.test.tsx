/**
 * The pane's marks and its undo stack together: a fix applied while the cells are marked
 * remembers the mark's colour as the cell's fill. Once the marks are taken away, undoing that
 * fix must not paint the mark back — nothing in the pane could remove it then.
 */
import {
  configure,
  render,
  screen,
  waitFor,
  within,
} from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import { ERROR_FILL, WARNING_FILL } from "../../src/taskpane/state/marks";
import { MemoryPort } from "../support/memoryPort";
import { makeSheet, makeWorkbook } from "../support/sheets";
import { SumEngine } from "../taskpane/fakeEngine";

configure({ asyncUtilTimeout: 10000 });

function book() {
  const b = MemoryWorkbook.fromSnapshot(
    makeWorkbook(
      makeSheet("Drift", [
        ["Verksamhet", "Budget 2020", "Utfall 2020"],
        ["Kultur", 1200, 1300],
        ["Fritid", 34, "45 725"],
        ["Skola", 500000, "510 000"],
        ["Summa", 501243, 557025],
      ]),
    ),
  );
  b.apply(
    [{ op: "cell", sheet: "Drift", row: 4, col: 1, fill: "#DDEBF7" }],
    "setup",
  );
  return b;
}

test("mark, fix, remove the marks, undo the fix: the cells get their own fills back", async () => {
  const port = new MemoryPort(book());
  const user = userEvent.setup();
  render(<App port={port} engine={new SumEngine()} />);
  await user.click(
    screen.getByRole("button", { name: "Validera arbetsboken" }),
  );
  await user.click(
    await screen.findByRole("button", { name: "Markera i bladet" }),
  );
  await waitFor(() =>
    expect(port.book.cell("Drift", 4, 1).fill).toBe(ERROR_FILL),
  );
  expect(port.book.cell("Drift", 2, 2).fill).toBe(WARNING_FILL);

  // Fix the wrong Summa and convert the text numbers while the cells are marked.
  const item = (
    await screen.findByRole("button", { name: /^Gå till B5/ })
  ).closest("li")!;
  await user.click(
    within(item as HTMLElement).getByRole("button", { name: "Rätta" }),
  );
  await waitFor(() =>
    expect(port.book.cell("Drift", 4, 1).content).toBe("=SUM(B2:B4)"),
  );
  await user.click(await screen.findByRole("button", { name: /^Rätta alla/ }));
  await waitFor(() =>
    expect(port.book.cell("Drift", 2, 2).content).toBe(45725),
  );

  await user.click(screen.getByRole("button", { name: "Ta bort markeringar" }));
  await waitFor(() =>
    expect(port.book.cell("Drift", 4, 1).fill).toBe("#DDEBF7"),
  );
  expect(port.book.cell("Drift", 2, 2).fill).toBeNull();

  // Undo both fixes, newest first.
  await user.click(
    await screen.findByRole("button", { name: /^Ångra: Rätta alla/ }),
  );
  await waitFor(() =>
    expect(port.book.cell("Drift", 2, 2).content).toBe("45 725"),
  );
  await user.click(
    await screen.findByRole("button", { name: "Ångra: Skriv =SUM(B2:B4)" }),
  );
  await waitFor(() =>
    expect(port.book.cell("Drift", 4, 1).content).toBe(501243),
  );

  expect(port.book.cell("Drift", 4, 1).fill).toBe("#DDEBF7");
  expect(port.book.cell("Drift", 2, 2).fill).toBeNull();
  expect(port.book.cell("Drift", 3, 2).fill).toBeNull();
});
