/**
 * "Markera i bladet" can always be taken away: after the marked cells were edited, recoloured
 * or cleared by the user, and after a marked sheet was deleted. Cells the user recoloured stay
 * as the user made them; the others get their own fill back. In Excel, a highlight that fails
 * half-way leaves no colour behind.
 */
import { Mark } from "../../src/host/port";
import { ERROR_FILL, WARNING_FILL } from "../../src/taskpane/state/marks";
import { HOST_NAMES, seededHost } from "./support/hosts";

const seed = [
  {
    op: "cell" as const,
    sheet: "A",
    row: 0,
    col: 0,
    value: 1,
    fill: "#123456",
  },
  { op: "cell" as const, sheet: "A", row: 1, col: 0, value: 2 },
  { op: "cell" as const, sheet: "A", row: 2, col: 0, value: 3 },
  {
    op: "cell" as const,
    sheet: "A",
    row: 3,
    col: 0,
    value: 4,
    fill: "#ABCDEF",
  },
  { op: "cell" as const, sheet: "B", row: 0, col: 0, value: 5 },
];

const marks: Mark[] = [
  { sheet: "A", row: 0, col: 0, color: ERROR_FILL },
  { sheet: "A", row: 1, col: 0, color: ERROR_FILL },
  { sheet: "A", row: 2, col: 0, color: WARNING_FILL },
  { sheet: "A", row: 3, col: 0, color: WARNING_FILL },
  { sheet: "B", row: 0, col: 0, color: ERROR_FILL },
];

describe.each(HOST_NAMES)("highlights (%s)", (name) => {
  test("are removed after the sheet was edited, recoloured and a marked sheet deleted", async () => {
    const host = await seededHost(name, ["A", "B"], seed);
    const record = await host.port.highlight(marks);
    expect(record.priorFills).toEqual(["#123456", null, null, "#ABCDEF", null]);
    const fillOf = (row: number) =>
      host.dump(5, 2).cells[`A!${row},0`]?.fill ?? null;
    expect([0, 1, 2, 3].map(fillOf)).toEqual([
      ERROR_FILL,
      ERROR_FILL,
      WARNING_FILL,
      WARNING_FILL,
    ]);

    // The user types over a marked cell, recolours another and deletes sheet B.
    await host.port.apply(
      [{ op: "cell", sheet: "A", row: 0, col: 0, value: 99 }],
      "user",
    );
    host.userFill("A", 2, 0, "#00B050");
    host.userDeleteSheet("B");

    await host.port.clearHighlights(record);
    expect([0, 1, 2, 3].map(fillOf)).toEqual([
      "#123456",
      null,
      "#00B050",
      "#ABCDEF",
    ]);
    expect(host.cellText("A", 0, 0).content).toBe(99);
  });

  test("clearing twice is harmless", async () => {
    const host = await seededHost(name, ["A", "B"], seed);
    const record = await host.port.highlight(marks);
    await host.port.clearHighlights(record);
    const once = host.dump(5, 2);
    await host.port.clearHighlights(record);
    expect(host.dump(5, 2)).toEqual(once);
  });
});

describe("a highlight that Excel stops half-way", () => {
  test.each([0, 1, 2, 3])(
    "leaves every fill as it was (failing after %i commands)",
    async (afterOps) => {
      const host = await seededHost("excel", ["A", "B"], seed);
      const before = host.dump(5, 2);
      // The highlight's second trip is the one that writes.
      host.excel!.failSyncFromNow(2, "GeneralException", afterOps);
      await expect(host.port.highlight(marks)).rejects.toBeDefined();
      expect(host.dump(5, 2)).toEqual(before);
    },
  );
});
