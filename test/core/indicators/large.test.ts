/**
 * A long indicator sheet (the Huddinge tables repeated to 20 000 rows) is read in linear time:
 * every copy gives the same two findings as the original, and a 100 000-row money sheet
 * is not slowed down by the indicator recogniser looking at it.
 */
import { readIndicatorTable } from "../../../src/core/layout/indicators/read";
import { SheetGrid } from "../../../src/core/layout/grid";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { validateWorkbook } from "../../../src/core/validate";
import {
  Cell,
  indicatorSheet,
  kommunstyrelsenRows,
  staffRows,
} from "../../fixtures/indicators";

test("20 000 rows of indicators: the same findings in every copy", () => {
  const block = [...kommunstyrelsenRows().slice(2), ...staffRows()];
  const rows: Cell[][] = [];
  let copies = 0;
  while (rows.length + block.length <= 20_000) {
    rows.push(...block);
    copies += 1;
  }
  const started = Date.now();
  const result = validateWorkbook(
    { sheets: [indicatorSheet("Stora", rows)] },
    DEFAULT_SETTINGS,
  );
  const elapsed = Date.now() - started;
  const findings = result.sheets[0].findings;
  expect(findings.map((f) => f.rule).sort()).toEqual(
    [
      ...Array<string>(copies).fill("breakdown.inconsistent"),
      ...Array<string>(copies).fill("trend.inconsistent"),
    ].sort(),
  );
  // Generous: a quadratic reading would take minutes; this takes about a second outside jest.
  expect(elapsed).toBeLessThan(30_000);
});

test("a 100 000-row sheet of text and figures has no indicator header", () => {
  const rows: Cell[][] = [
    ["Verksamhet", "Budget 2020", "Prognos 2020", "Kommentar"],
  ];
  for (let i = 0; i < 100_000; i += 1)
    rows.push([
      `Verksamhet ${i}`,
      100 + i,
      90 + i,
      `Kommentar om år ${2000 + (i % 30)}`,
    ]);
  const table = readIndicatorTable(
    new SheetGrid(indicatorSheet("Drift", rows)),
  );
  expect(table.sections).toEqual([]);
});
