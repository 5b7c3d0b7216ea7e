/**
 * Goal attainment per sheet, as the Måluppfyllelse view counts it: the Måluppfyllelse column
 * where there is one, otherwise the latest outcome against the Etappmål (else the Målvärde);
 * Indikator rows are followed, not assessed; a bare-number target waits for a direction.
 */
import { workbookAttainment } from "../../../src/core/layout/indicators/attainment";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import {
  SHEETS,
  goalRows,
  indicatorSheet,
  kommunstyrelsenRows,
  nämndRows,
  rowOf,
} from "../../fixtures/indicators";

const ks = kommunstyrelsenRows();

function sheetResult(
  rows = ks,
  name: string = SHEETS.kommunstyrelsen,
  settings = DEFAULT_SETTINGS,
) {
  const [result] = workbookAttainment(
    { sheets: [indicatorSheet(name, rows)] },
    settings,
  );
  return result;
}

describe("computed from the targets", () => {
  test("the Kommunstyrelse sheet", () => {
    const result = sheetResult();
    const byLabel = (label: string) =>
      result.indicators.find((i) => i.row === rowOf(ks, label));
    expect(byLabel("Andel invånare som har max 500")?.computed).toBe(
      "Uppfyllt",
    ); // Öka: 83 % → 84 %
    expect(byLabel("Antal cykeltrafikanter")?.computed).toBe("Ej uppfyllt"); // Öka: 22 → 20
    expect(byLabel("Minskad förbrukning")?.computed).toBe("Uppfyllt"); // Minska: 890 → 502
    expect(byLabel("Andel invånare som har max 800")?.computed).toBe(
      "Uppfyllt",
    ); // Behåll: 88 % → 88 %
    expect(byLabel("Andel personer som upplever")?.computed).toBe("Ej bedömd"); // Minska, one year only
    const bredband = byLabel(
      "Andel med tillgång till bredband om minst 100 Mbit/s - Hushåll",
    );
    expect(bredband).toMatchObject({
      computed: "Ej bedömd",
      needsDirection: true,
      targetText: "95 %",
    });
    // Ej bedömd: five percentage targets, NKI 75, 137 kWh/kvm and 8 200 ha without a direction, and
    // Minska with one year only.
    expect(result.counts).toEqual({
      Uppfyllt: 7,
      "Delvis uppfyllt": 0,
      "Ej uppfyllt": 1,
      "Ej bedömd": 9,
    });
    expect(result.monitored).toBeGreaterThan(10);
    expect(result.statusColumns).toEqual([]);
    expect(result.missingStatusColumns.map((m) => m.headerRow)).toEqual([
      2, 13, 25,
    ]);
    expect(result.freeCol).toBe(7);
  });

  test("a direction chosen by the user assesses a bare number", () => {
    const key =
      "andel med tillgång till bredband om minst 100 mbit/s - hushåll";
    const result = sheetResult(ks, SHEETS.kommunstyrelsen, {
      ...DEFAULT_SETTINGS,
      indicatorDirections: { [key]: "higher" },
    });
    const bredband = result.indicators.find((i) => i.label.endsWith("Hushåll"));
    // 95 % not reached in 2018 (91 %), but closer than in 2017 (90 %).
    expect(bredband).toMatchObject({
      computed: "Delvis uppfyllt",
      needsDirection: false,
    });
    expect(bredband?.direction.declaredBy).toBe("settings");
  });

  test("a reference target against a row of the sheet (Länssnitt)", () => {
    const rows = ks.map((row) =>
      typeof row[0] === "string" && row[0].endsWith("- Huddinge kommun")
        ? [...row.slice(0, 5), "< Länssnitt", row[6]]
        : row,
    );
    const skatt = sheetResult(rows).indicators.find((i) =>
      i.label.endsWith("- Huddinge kommun"),
    );
    // 19,87 is not below the county average 19,05.
    expect(skatt?.computed).toBe("Ej uppfyllt");
  });

  test("a Riktning column gives the direction; Målvärde is used without an Etappmål", () => {
    const rows = nämndRows().map((row, i) =>
      i === rowOf(nämndRows(), "Arbetsplatskvoten")
        ? [...row.slice(0, 6), "Högre är bättre"]
        : row,
    );
    const result = sheetResult(rows, SHEETS.nämnd);
    const kvot = result.indicators.find((i) => i.label === "Arbetsplatskvoten");
    expect(kvot).toMatchObject({
      targetText: "1",
      computed: "Ej uppfyllt",
      needsDirection: false,
    });
    expect(kvot?.direction.declaredBy).toBe("column");
    expect(
      result.indicators.find((i) => i.label.startsWith("Energianvändning"))
        ?.needsDirection,
    ).toBe(true);
  });

  test("> Länssnitt without a row for Länssnitt is not assessed", () => {
    const result = sheetResult(goalRows(), SHEETS.goals);
    expect(
      result.indicators.find((i) => i.label.endsWith("- Motivation"))?.computed,
    ).toBe("Ej bedömd");
  });
});

describe("stated in a Måluppfyllelse column", () => {
  const rows = nämndRows().map((row, i) =>
    i === 0
      ? [...row, "Måluppfyllelse"]
      : [
          ...row,
          [
            "Uppfyllt",
            "uppfylld",
            "Ej uppfyllt",
            "",
            "Pågår",
            "Ej bedömd",
            "Delvis uppfyllt",
          ][i - 1],
        ],
  );

  test("the stated status wins (in any accepted spelling); blanks and other words are computed", () => {
    const result = sheetResult(rows, SHEETS.nämnd);
    // Uppfyllt: stated twice ("uppfylld" too), computed once (Resor, blank); Ej bedömd: stated
    // once, computed once (Energianvändning, "Pågår": 137 without a direction).
    expect(result.counts).toEqual({
      Uppfyllt: 3,
      "Delvis uppfyllt": 1,
      "Ej uppfyllt": 1,
      "Ej bedömd": 2,
    });
    expect(
      result.indicators.find((i) => i.label.startsWith("Energi")),
    ).toMatchObject({ stated: null, computed: "Ej bedömd" });
    expect(result.statusColumns).toEqual([{ col: 7, top: 1, bottom: 7 }]);
    expect(result.missingStatusColumns).toEqual([]);
    const resor = result.indicators.find((i) => i.label.startsWith("Resor"));
    // Stated blank: computed from Öka (214 → 219).
    expect(resor).toMatchObject({
      stated: null,
      computed: "Uppfyllt",
      status: "Uppfyllt",
    });
  });
});

test("only indicator sheets are counted", () => {
  expect(
    workbookAttainment(
      {
        sheets: [
          indicatorSheet("Blad1", [
            ["Verksamhet", "Budget 2020"],
            ["Skola", 100],
          ]),
        ],
      },
      DEFAULT_SETTINGS,
    ),
  ).toEqual([]);
});
