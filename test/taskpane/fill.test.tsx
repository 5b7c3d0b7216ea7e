import {
  configure,
  render,
  screen,
  waitFor,
  within,
} from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe } from "jest-axe";
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import { CellValue } from "../../src/core/workbook";
import { PortError } from "../../src/host/port";
import { App } from "../../src/taskpane/App";
import { makeSheet, makeWorkbook } from "../support/sheets";
import { ComputingPort } from "./computingPort";

configure({ asyncUtilTimeout: 10000 });

/**
 * The overwrite question. Fluent's focus manager (tabster) marks the open dialog aria-hidden a
 * moment after it opens under jsdom (microsoft/fluentui issue 27322: jsdom lacks the layout it
 * checks; the accessible name goes with it), so the query includes hidden elements; in a
 * browser the dialog is the only thing not hidden.
 */
async function findOverwriteDialog() {
  const dialog = await screen.findByRole("alertdialog", { hidden: true });
  expect(dialog).toHaveTextContent("Skriva över celler?");
  return dialog;
}

const plain = (text: string | null | undefined) =>
  (text ?? "").replace(/[\u00a0\u202f]/g, " ");

function book(rows: (CellValue | null)[][], name = "Drift") {
  return MemoryWorkbook.fromSnapshot(makeWorkbook(makeSheet(name, rows)));
}

const uppfoljning = (avvikelseFritid: CellValue = "") => [
  ["Driftredovisning (tkr)", "", "", ""],
  ["", "Helår", "", ""],
  ["Verksamhet", "Budget", "Prognos", "Avvikelse"],
  ["Kultur", -1200, -1150, ""],
  ["Fritid", -800, -850, avvikelseFritid],
  ["Skola", -5000, -4900, ""],
  ["Summa", "", "", ""],
];

async function openFill(port: ComputingPort) {
  const user = userEvent.setup();
  const view = render(<App port={port} />);
  await user.click(screen.getByRole("tab", { name: "Fyll i" }));
  await user.click(screen.getByRole("button", { name: "Läs av bladet" }));
  await screen.findByRole("heading", { name: /^Bladet/ });
  return { user, ...view };
}

describe("Fyll i", () => {
  test("reads the active sheet, shows what is missing, fills it with formulas, and undo empties it again", async () => {
    const port = new ComputingPort(book(uppfoljning()));
    const { user } = await openFill(port);
    expect(
      screen.getByRole("heading", { name: "Bladet Drift · Driftredovisning" }),
    ).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Det här fylls i" });
    expect(plain(list.textContent)).toContain("Avvikelse (Helår): 4 celler");
    expect(plain(list.textContent)).toContain("Summa: 2 celler");

    await user.click(screen.getByRole("button", { name: "Fyll i (6 celler)" }));
    expect(
      await screen.findByText(/^Klart: 6 celler ifyllda/),
    ).toBeInTheDocument();
    expect(port.book.cell("Drift", 3, 3).content).toBe("=C4-B4");
    expect(port.book.cell("Drift", 6, 1).content).toBe("=SUM(B4:B6)");
    expect(port.book.cell("Drift", 6, 3).value).toBe(100);
    expect(
      await screen.findByText("Inget saknas på bladet."),
    ).toBeInTheDocument();

    await user.click(
      screen.getByRole("button", { name: "Ångra: Fyll i Drift (6 celler)" }),
    );
    await waitFor(() => expect(port.book.cell("Drift", 3, 3).content).toBe(""));
    expect(port.book.cell("Drift", 6, 1).content).toBe("");
    expect(
      await screen.findByRole("button", { name: "Fyll i (6 celler)" }),
    ).toBeInTheDocument();
  });

  test("as values, and the Validera tab then finds the sheet ready", async () => {
    const port = new ComputingPort(book(uppfoljning()));
    const { user } = await openFill(port);
    await user.click(screen.getByRole("radio", { name: "Värden" }));
    await user.click(screen.getByRole("button", { name: "Fyll i (6 celler)" }));
    await screen.findByText(/^Klart: 6 celler ifyllda/);
    expect(port.book.cell("Drift", 3, 3).content).toBe(50);
    expect(port.book.cell("Drift", 6, 1).content).toBe(-7000);

    await user.click(screen.getByRole("tab", { name: "Validera" }));
    await user.click(
      screen.getByRole("button", { name: "Validera arbetsboken" }),
    );
    expect(await screen.findByText("Klar för inlämning")).toBeInTheDocument();
  });

  test("a typed value is replaced only when asked for, after the overwrite question", async () => {
    const port = new ComputingPort(book(uppfoljning(999)));
    const { user } = await openFill(port);
    const replace = screen.getByRole("checkbox", {
      name: "Ersätt även 1 cell med inskrivna värden",
    });
    expect(replace).not.toBeChecked();

    await user.click(replace);
    await user.click(screen.getByRole("button", { name: "Fyll i (6 celler)" }));
    const dialog = await findOverwriteDialog();
    expect(plain(dialog.textContent)).toContain("Drift!D5");
    expect(plain(dialog.textContent)).toContain("nu 999 · blir =C5-B5");
    await user.click(
      within(dialog).getByRole("button", { name: "Avbryt", hidden: true }),
    );
    expect(port.calls).not.toContain("apply");

    await user.click(replace);
    await user.click(screen.getByRole("button", { name: "Fyll i (5 celler)" }));
    await screen.findByText(/^Klart: 5 celler ifyllda/);
    expect(port.book.cell("Drift", 4, 3).content).toBe(999);
    expect(port.book.cell("Drift", 3, 3).content).toBe("=C4-B4");
  });

  test("a sheet that is not a money table says so", async () => {
    const memory = MemoryWorkbook.fromSnapshot(
      makeWorkbook(
        makeSheet(
          "Mått",
          [
            ["Indikator", "2022"],
            ["Nöjdhet", 66],
          ],
          { recordedKind: "indikatorer" },
        ),
      ),
    );
    await openFill(new ComputingPort(memory));
    expect(
      screen.getByText(/känns inte igen som en resultaträkning/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("button", { name: /^Fyll i \(/ }),
    ).not.toBeInTheDocument();
  });

  test("an error from Excel is shown", async () => {
    const port = new ComputingPort(book(uppfoljning()));
    const user = userEvent.setup();
    render(<App port={port} />);
    await user.click(screen.getByRole("tab", { name: "Fyll i" }));
    port.failNext = new PortError(
      "Excel redigerar en cell just nu.",
      "Excel is editing a cell.",
      "busy",
    );
    await user.click(screen.getByRole("button", { name: "Läs av bladet" }));
    expect(
      await screen.findByText("Excel redigerar en cell just nu."),
    ).toBeInTheDocument();
  });

  test("no accessibility violations", async () => {
    const { container } = await openFill(
      new ComputingPort(book(uppfoljning(999))),
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
