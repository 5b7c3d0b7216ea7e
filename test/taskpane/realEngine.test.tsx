import {
  configure,
  render,
  screen,
  waitFor,
  within,
} from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import {
  DRIFTBUDGET_2020,
  RESULTATRAKNING_2020,
  seedTableCells,
} from "../../src/samples/huddinge2020";
import { App } from "../../src/taskpane/App";
import { makeSheet, makeWorkbook } from "../support/sheets";
import { ComputingPort } from "./computingPort";

configure({ asyncUtilTimeout: 10000 });

const plain = (text: string | null | undefined) =>
  (text ?? "").replace(/[\u00a0\u202f]/g, " ");

function huddinge(plant: (drift: (string | number)[][]) => void) {
  const drift = seedTableCells(DRIFTBUDGET_2020).map((row) => [...row]);
  plant(drift);
  return MemoryWorkbook.fromSnapshot(
    makeWorkbook(
      makeSheet("Resultaträkning", seedTableCells(RESULTATRAKNING_2020), {
        numberFormat: "#,##0.0",
      }),
      makeSheet("Driftbudget", drift, { numberFormat: "#,##0.0" }),
    ),
  );
}

describe("with the real engine", () => {
  test("the published tables are ready for submission", async () => {
    const user = userEvent.setup();
    render(<App port={new ComputingPort(huddinge(() => undefined))} />);
    await user.click(
      screen.getByRole("button", { name: "Validera arbetsboken" }),
    );
    expect(await screen.findByText("Klar för inlämning")).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: /^Driftbudget/ }),
    ).toBeInTheDocument();
  });

  test("a planted wrong total: found, fixed with =SUM, computed, validated again, undone", async () => {
    const port = new ComputingPort(
      huddinge((drift) => {
        drift[11][3] = -500.0;
      }),
    );
    const user = userEvent.setup();
    render(<App port={port} />);
    await user.click(
      screen.getByRole("button", { name: "Validera arbetsboken" }),
    );
    expect(await screen.findByText(/^\d+ fel att rätta$/)).toBeInTheDocument();

    const item = (
      await screen.findByRole("button", {
        name: /^Gå till D12 på bladet Driftbudget/,
      })
    ).closest("li")!;
    expect(plain(item.textContent)).toContain("Summan är −500,0");
    expect(plain(item.textContent)).toContain(
      "Förväntat −518,2 · Faktiskt −500,0",
    );
    expect(plain(item.textContent)).toContain("Rätta: Skriv =SUM(D4:D11)");

    await user.click(within(item).getByRole("button", { name: "Rätta" }));
    await waitFor(() =>
      expect(port.book.cell("Driftbudget", 11, 3).content).toBe("=SUM(D4:D11)"),
    );
    expect(port.book.cell("Driftbudget", 11, 3).value).toBeCloseTo(-518.2);
    expect(await screen.findByText("Klar för inlämning")).toBeInTheDocument();

    await user.click(
      screen.getByRole("button", { name: "Ångra: Skriv =SUM(D4:D11)" }),
    );
    await waitFor(() =>
      expect(port.book.cell("Driftbudget", 11, 3).content).toBe(-500),
    );
    expect(await screen.findByText(/^\d+ fel att rätta$/)).toBeInTheDocument();
  });
});
