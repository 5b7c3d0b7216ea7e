/**
 * The task pane, with the real engine, on workbooks that are odd rather than wrong: empty, one
 * cell, Excel error values and booleans and dates among the figures, 50 000-character labels,
 * blank cells of merged areas, hidden rows. Validera and Fyll i answer without an error message.
 */
import { configure, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import { WorkbookSnapshot } from "../../src/core/workbook";
import { App } from "../../src/taskpane/App";
import { MemoryPort } from "../support/memoryPort";
import { makeSheet, makeWorkbook } from "../support/sheets";

configure({ asyncUtilTimeout: 15000 });

const LONG = "Lång text ".repeat(5000);

const books: [string, WorkbookSnapshot][] = [
  ["an empty workbook", { sheets: [] }],
  ["a one-cell sheet", makeWorkbook(makeSheet("Ett", [[7]]))],
  [
    "error values, booleans and a date among the figures",
    makeWorkbook(
      makeSheet("Drift", [
        ["Verksamhet", "Budget 2024", "Utfall 2024", "Avvikelse"],
        ["Kultur", "#N/A", 120, "#DIV/0!"],
        ["Skola", true, 45000.5, false],
        ["Fritid", 300, "#REF!", 10],
        ["Summa", "#REF!", "#N/A", "#DIV/0!"],
      ]),
    ),
  ],
  [
    "50 000-character labels and a merged, hidden layout",
    {
      sheets: [
        {
          ...makeSheet("Långt", [
            ["Driftredovisning", "", "", ""],
            ["Verksamhet", "Budget 2024", "Utfall 2024", "Avvikelse"],
            [`${LONG}A`, 100, 120, 20],
            ["", "", "", ""],
            [`${LONG}B`, "1 000", 900, -100],
            [`Summa ${LONG}`, 1100, 1020, -80],
          ]),
          hiddenRows: [3],
          hiddenColumns: [3],
        },
      ],
      activeSheet: "Långt",
    },
  ],
];

describe.each(books)("the pane on %s", (_, snapshot) => {
  test("Validera and Fyll i answer, with no error message", async () => {
    const port = new MemoryPort(MemoryWorkbook.fromSnapshot(snapshot));
    const user = userEvent.setup();
    render(<App port={port} />);
    await user.click(
      screen.getByRole("button", { name: "Validera arbetsboken" }),
    );
    if (snapshot.sheets.length === 0)
      expect(
        await screen.findByText("Det finns inget blad att kontrollera."),
      ).toBeInTheDocument();
    else
      // Each sheet gets its section (open or closed: closed ones have no findings to fix).
      for (const sheet of snapshot.sheets)
        expect(
          await screen.findByRole("heading", {
            level: 2,
            name: new RegExp(`^${sheet.name}`),
          }),
        ).toBeInTheDocument();
    expect(screen.queryByText("Det gick inte")).toBeNull();

    await user.click(screen.getByRole("tab", { name: "Fyll i" }));
    await user.click(screen.getByRole("button", { name: "Läs av bladet" }));
    if (snapshot.sheets.length > 0)
      await screen.findByRole("heading", { name: /^Bladet/ });
    else await new Promise((r) => setTimeout(r, 200));
    expect(screen.queryByText("Det gick inte")).toBeNull();
  }, 60000);
});
