/**
 * A driftredovisning of 100 000 rows × 8 value columns (Varav groups of 10 under each
 * verksamhet, Summa at the bottom) with three planted faults: the engine finds exactly
 * those. Only correctness is asserted; speed is measured by the benchmarks.
 */
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { validateWorkbook } from "../../src/core/validate";
import { toA1 } from "../../src/core/workbook";
import { generateDrift } from "../fixtures/generate";

describe("a sheet of 100 000 rows", () => {
  test("finds exactly the planted faults", () => {
    const { sheet, parents, details, summaRow } = generateDrift(100000, 7);
    expect(sheet.values.length).toBeGreaterThanOrEqual(99980);
    const values = sheet.values;
    // 1. A detail's helår budget changed: its avvikelse and its parent no longer agree.
    const detail = details[40000];
    const parent = parents[Math.floor(40000 / 10)];
    values[detail][1] = (values[detail][1] as number) - 500;
    // 2. The Summa's prognos typed wrong: the Summa and its avvikelse no longer agree.
    values[summaRow][2] = (values[summaRow][2] as number) + 10000;
    // 3. A number pasted as text (same value).
    const textRow = details[77777];
    values[textRow][5] = String(values[textRow][5]).replace("-", "−");
    const snapshot = { ...sheet, formulas: values.map((r) => [...r]) };

    const result = validateWorkbook({ sheets: [snapshot] }, DEFAULT_SETTINGS);
    const found = result.sheets[0].findings.map((f) => `${f.rule}@${f.cell}`);
    expect(found).toEqual([
      `sum.mismatch@${toA1(parent, 1)}`,
      `deviation.mismatch@${toA1(detail, 3)}`,
      `number.text@${toA1(textRow, 5)}`,
      `sum.mismatch@${toA1(summaRow, 2)}`,
      `deviation.mismatch@${toA1(summaRow, 3)}`,
    ]);
    const layout = result.sheets[0].layout;
    expect(layout.kind).toBe("driftredovisning");
    expect(layout.rows[parent].parts).toHaveLength(10);
    expect(layout.rows[summaRow].parts).toEqual(parents);
  });
});
