/**
 * The preview's sample workbook holds an internkontrollplan with a riskvärde typed by hand
 * (E4: 9 where 3 × 4 is 12). risk.value finds it; the level computed from it by a formula is
 * left alone, since it comes right when the riskvärde does.
 */
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { validateWorkbook } from "../../../src/core/validate";
import { createSampleWorkbook } from "../../../src/preview/sample";

test("the sample's Internkontroll sheet: the typed riskvärde, and no second finding for the level it leads to", () => {
  const result = validateWorkbook(createSampleWorkbook().snapshot(), {
    ...DEFAULT_SETTINGS,
    today: "2020-10-01",
  });
  const sheet = result.sheets.find((s) => s.sheet === "Internkontroll");
  expect(sheet?.kind).toBe("internkontroll");
  expect(sheet?.findings.map((f) => [f.rule, f.cell, f.fix?.label])).toEqual([
    ["risk.value", "E4", "Skriv =C4*D4"],
  ]);
});
