/**
 * A protected sheet is read-only for Rapportkoll: the pane checks it and lists what it finds,
 * says that the sheet is protected, and offers no fix for it — not one by one, not "Rätta alla".
 * "Markera i bladet" colours the other sheets' cells and leaves the protected one alone (Excel
 * refuses any format change there, which used to make the whole marking fail).
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
import { ERROR_FILL } from "../../src/taskpane/state/marks";
import { MemoryPort } from "../support/memoryPort";
import { makeSheet, makeWorkbook } from "../support/sheets";
import { SumEngine } from "../taskpane/fakeEngine";

configure({ asyncUtilTimeout: 10000 });

const DRIFT = [
  ["Verksamhet", "Budget 2020", "Utfall 2020"],
  ["Kultur", 1200, 1300],
  ["Fritid", 34, "45 725"],
  ["Skola", 500000, "510 000"],
  ["Summa", 501243, 557025],
];

function book(driftProtected = true) {
  return MemoryWorkbook.fromSnapshot(
    makeWorkbook(
      makeSheet("Drift", DRIFT, { protected: driftProtected }),
      makeSheet("Investeringar", [
        ["Projekt", "Budget"],
        ["Skola", 10],
        ["Förskola", 5],
        ["Summa", 11],
      ]),
    ),
  );
}

async function validate(port: MemoryPort, withInvestments = true) {
  const user = userEvent.setup();
  render(<App port={port} engine={new SumEngine()} />);
  await user.click(
    screen.getByRole("button", { name: "Validera arbetsboken" }),
  );
  const drift = await screen.findByRole("region", {
    name: "Anmärkningar på bladet Drift",
  });
  const inv = withInvestments
    ? screen.getByRole("region", {
        name: "Anmärkningar på bladet Investeringar",
      })
    : drift;
  return { user, drift, inv };
}

test("the protected sheet's findings are listed, it says so, and no fix is offered", async () => {
  const port = new MemoryPort(book());
  const { drift, inv } = await validate(port);

  // Still checked: the wrong Summa and the text numbers are there.
  expect(
    within(drift).getAllByRole("button", { name: /^Gå till/ }),
  ).toHaveLength(3);
  expect(within(drift).getByText(/Bladet är skyddat/)).toBeInTheDocument();
  expect(within(drift).queryByRole("button", { name: "Rätta" })).toBeNull();
  expect(
    within(drift).queryByRole("button", { name: /^Rätta alla/ }),
  ).toBeNull();
  expect(within(drift).queryByText(/^Rätta:/)).toBeNull();

  // The other sheet is unaffected.
  expect(within(inv).getByRole("button", { name: "Rätta" })).toBeEnabled();
  expect(within(inv).queryByText(/Bladet är skyddat/)).toBeNull();
});

test("in English too", async () => {
  const port = new MemoryPort(book());
  port.settings = { language: "en" };
  const user = userEvent.setup();
  render(<App port={port} engine={new SumEngine()} />);
  await user.click(
    await screen.findByRole("button", { name: "Validate workbook" }),
  );
  const drift = await screen.findByRole("region", {
    name: "Remarks on the sheet Drift",
  });
  expect(within(drift).getByText(/The sheet is protected/)).toBeInTheDocument();
  expect(within(drift).queryByRole("button", { name: "Fix" })).toBeNull();
});

test("marking colours the writable sheets and leaves the protected one as it is", async () => {
  const port = new MemoryPort(book());
  const { user, inv } = await validate(port);
  const before = port.book.toSnapshot().sheets.find((s) => s.name === "Drift");

  await user.click(screen.getByRole("button", { name: "Markera i bladet" }));
  await waitFor(() =>
    expect(port.book.cell("Investeringar", 3, 1).fill).toBe(ERROR_FILL),
  );
  expect(screen.queryByText("Det gick inte")).toBeNull();
  expect(port.book.toSnapshot().sheets.find((s) => s.name === "Drift")).toEqual(
    before,
  );
  expect(within(inv).getByRole("button", { name: "Rätta" })).toBeEnabled();

  await user.click(screen.getByRole("button", { name: "Ta bort markeringar" }));
  await waitFor(() =>
    expect(port.book.cell("Investeringar", 3, 1).fill).toBeNull(),
  );
});

test("with every flagged sheet protected there is nothing to mark", async () => {
  const port = new MemoryPort(
    MemoryWorkbook.fromSnapshot(
      makeWorkbook(makeSheet("Drift", DRIFT, { protected: true })),
    ),
  );
  await validate(port, false);
  expect(screen.queryByRole("button", { name: "Markera i bladet" })).toBeNull();
});

test("an unprotected sheet keeps its fixes (the same book, unprotected)", async () => {
  const port = new MemoryPort(book(false));
  const { drift } = await validate(port);
  expect(within(drift).getAllByRole("button", { name: "Rätta" }).length).toBe(
    3,
  );
  expect(within(drift).queryByText(/Bladet är skyddat/)).toBeNull();
});

describe("Fyll i on a protected sheet", () => {
  const uppfoljning = [
    ["Driftredovisning (tkr)", "", "", ""],
    ["", "Helår", "", ""],
    ["Verksamhet", "Budget", "Prognos", "Avvikelse"],
    ["Kultur", -1200, -1150, ""],
    ["Fritid", -800, -850, ""],
    ["Skola", -5000, -4900, ""],
    ["Summa", "", "", ""],
  ];

  async function openFill(isProtected: boolean) {
    const port = new MemoryPort(
      MemoryWorkbook.fromSnapshot(
        makeWorkbook(
          makeSheet("Drift", uppfoljning, { protected: isProtected }),
        ),
      ),
    );
    const user = userEvent.setup();
    render(<App port={port} />);
    await user.click(screen.getByRole("tab", { name: "Fyll i" }));
    await user.click(screen.getByRole("button", { name: "Läs av bladet" }));
    await screen.findByRole("heading", { name: /^Bladet Drift/ });
    return port;
  }

  test("says the sheet is protected and offers nothing to fill", async () => {
    const port = await openFill(true);
    expect(screen.getByText(/Bladet är skyddat/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Fyll i \(/ })).toBeNull();
    expect(port.calls.filter((c) => c === "apply")).toEqual([]);
  });

  test("the same sheet unprotected can be filled", async () => {
    await openFill(false);
    expect(screen.getByRole("button", { name: /^Fyll i \(/ })).toBeEnabled();
    expect(screen.queryByText(/Bladet är skyddat/)).toBeNull();
  });
});
