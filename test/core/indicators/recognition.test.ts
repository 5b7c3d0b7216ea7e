/**
 * Recognition of indicator tables: the layouts of domain.md §2 point 5, headers split over two
 * rows or repeated per goal, varav nesting, breakdown rows; and the sheets it must leave to
 * others (money tables, internal-control plans).
 */
import { analyzeSheet } from "../../../src/core/layout/registry";
import { indicatorHeader } from "../../../src/core/layout/indicators/headers";
import {
  breakdownPartOf,
  varavLevelOf,
} from "../../../src/core/layout/indicators/read";
import {
  IndicatorTable,
  indicatorTableOf,
} from "../../../src/core/layout/indicators";
import { targetText } from "../../../src/core/layout/indicators/targetCell";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import {
  DRIFTBUDGET_2020,
  INVESTERINGAR_2020,
  IT_INVESTERINGAR_2020,
  RESULTATRAKNING_2020,
} from "../../../src/samples/huddinge2020";
import { SheetSnapshot } from "../../../src/core/workbook";
import { seedSheet } from "../../support/sheets";
import {
  Cell,
  equalityRows,
  goalRows,
  indicatorSheet,
  kommunstyrelsenRows,
  nämndRows,
  rowOf,
  staffRows,
} from "../../fixtures/indicators";

function tableOf(sheet: SheetSnapshot): {
  kind: string;
  table: IndicatorTable;
} {
  const analysed = analyzeSheet(sheet, DEFAULT_SETTINGS);
  return {
    kind: analysed.layout.kind,
    table: indicatorTableOf(analysed.layout, analysed.grid),
  };
}

function roles(table: IndicatorTable, section = 0): string[] {
  return table.sections[section].columns.map((c) => `${c.role}${c.year ?? ""}`);
}

describe("headers", () => {
  test.each([
    ["Indikator", "label", undefined],
    ["Mått", "label", undefined],
    ["2022", "outcome", 2022],
    ["Utfall 2017", "outcome", 2017],
    ["Utfall 07- 2019", "outcome", 2019],
    ["Jan-aug 2023", "outcome", 2023],
    ["Trend", "trend", undefined],
    ["Etappmål", "etappmal", undefined],
    ["Etappmål, ranking & genomsnitt", "etappmal", undefined],
    ["Etappmål 2020", "etappmal", 2020],
    ["Målvärde 2030", "malvarde", 2030],
    ["2026 Mål", "malvarde", 2026],
    ["Källa", "source", undefined],
    ["Kolada-id", "kolada", undefined],
    ["Kvinnor 2017", "women", 2017],
    ["Flickor", "women", undefined],
    ["Män 2018", "men", 2018],
    ["Pojkar", "men", undefined],
    ["Lägsta 2018", "lowest", 2018],
    ["Högsta", "highest", undefined],
    ["Omotiverade skillnader?", "unexplained", undefined],
    ["Riktning", "direction", undefined],
    ["Högre värde är bättre", "direction", undefined],
    ["Måluppfyllelse", "status", undefined],
    ["Nämndmål", null, undefined],
    ["Budget 2020", null, undefined],
  ])("%s", (text, role, year) => {
    const meaning = indicatorHeader(text);
    expect(meaning.role).toBe(role);
    expect(meaning.year).toBe(year);
  });
});

describe("labels and target cells", () => {
  test("varav levels by dashes", () => {
    expect(varavLevelOf("- varav Spårväg syds influensområde")).toBe(1);
    expect(varavLevelOf("- varav (%) Småhus")).toBe(1);
    expect(varavLevelOf("-- varav (%) flerbostadshus - hyresrätter")).toBe(2);
    expect(varavLevelOf("varav löner")).toBe(1);
    expect(
      varavLevelOf("Kommunal skattesats (öre per skattekrona) - Länssnitt"),
    ).toBe(0);
  });

  test("breakdown rows", () => {
    expect(breakdownPartOf("Kvinnor")).toBe("women");
    expect(breakdownPartOf("- varav pojkar")).toBe("men");
    expect(breakdownPartOf("Lägsta (område)")).toBe("lowest");
    expect(breakdownPartOf("Kvinnor i chefsposition")).toBeUndefined();
  });

  test("the header and the ranking around a target", () => {
    expect(targetText("Etappmål 2020 Öka")).toBe("Öka");
    expect(targetText("Etappmål\n2020\nIndikator\nRanking\n2019\n21/26")).toBe(
      "Indikator",
    );
    expect(targetText("> Länssnitt")).toBe("> Länssnitt");
    expect(targetText("Ranking 2018 4/9")).toBe("");
    expect(targetText("Etappmål 2020")).toBe("");
  });
});

describe("layouts", () => {
  test("Mått | Utfall 2016 | … | Trend | Etappmål, ranking & genomsnitt | Källa, repeated per goal", () => {
    const rows = kommunstyrelsenRows();
    const { kind, table } = tableOf(indicatorSheet("Mått KS", rows));
    expect(kind).toBe("indikatorer");
    expect(table.title).toBe("Kommunstyrelsens mått 2020");
    expect(table.sections.map((s) => s.headerRow)).toEqual([2, 13, 25]);
    expect(roles(table, 1)).toEqual([
      "label",
      "outcome2017",
      "outcome2018",
      "outcome2019",
      "trend",
      "etappmal",
      "source",
    ]);
    const kinds = (label: string) => table.byRow.get(rowOf(rows, label));
    expect(kinds("Ökat bostadsbyggande")?.kind).toBe("heading");
    expect(kinds("Antal färdigställda bostäder (Totalt)")).toMatchObject({
      kind: "indicator",
      measure: "count",
    });
    expect(kinds("- varav Spårväg")).toMatchObject({
      kind: "varav",
      level: 1,
      parentRow: 4,
      share: false,
    });
    expect(kinds("- varav (%) Flerbostadshus")).toMatchObject({
      kind: "varav",
      level: 1,
      parentRow: 4,
      share: true,
    });
    expect(kinds("-- varav (%) flerbostadshus - hyresrätter")).toMatchObject({
      kind: "varav",
      level: 2,
      parentRow: 7,
    });
    expect(kinds("Antal bostäder i antagna detaljplaner")?.kind).toBe(
      "indicator",
    );
    expect(kinds("Andel invånare som har max 500")?.measure).toBe("share");
    expect(kinds("Antal cykeltrafikanter per 1 000 invånare")?.measure).toBe(
      "other",
    );
  });

  test("breakdown columns per year, a two-row header, and breakdown columns without a year", () => {
    const rows = equalityRows();
    const { table } = tableOf(indicatorSheet("Kön", rows));
    expect(table.sections.map((s) => s.headerRows)).toEqual([
      [1],
      [9, 10],
      [17],
      [24],
      [28],
    ]);
    expect(roles(table, 1)).toEqual([
      "label",
      "outcome2012",
      "outcome2014",
      "outcome2018",
      "trend",
      "etappmal2020",
      "women2012",
      "women2014",
      "women2018",
      "men2012",
      "men2014",
      "men2018",
      "lowest2018",
      "highest2018",
      "unexplained",
    ]);
    expect(table.sections[1].columns[6].header).toBe("Kvinnor 2012");
    expect(roles(table, 3)).toEqual([
      "label",
      "outcome2014",
      "outcome2016",
      "outcome2018",
      "etappmal2020",
      "women",
      "men",
      "lowest",
      "highest",
      "unexplained",
    ]);
  });

  test("breakdown rows under their indicator", () => {
    const rows = staffRows();
    const { table } = tableOf(indicatorSheet("Medarbetare", rows));
    const first = rowOf(rows, "Antal anställda chefer");
    expect(table.byRow.get(first + 1)).toMatchObject({
      kind: "breakdown",
      part: "women",
      parentRow: first,
      measure: "count",
    });
    expect(table.byRow.get(first + 2)).toMatchObject({
      kind: "breakdown",
      part: "men",
      parentRow: first,
    });
    expect(roles(table)).toEqual([
      "label",
      "outcome2017",
      "outcome2018",
      "outcome2019",
      "trend",
      "etappmal2020",
      "unexplained",
    ]);
  });

  test("Indikator | 2016 | 2017 | 2018 | Etappmål | Målvärde 2030 | Riktning, years as numbers", () => {
    const { kind, table } = tableOf(indicatorSheet("Nämnd", nämndRows()));
    expect(kind).toBe("indikatorer");
    expect(roles(table)).toEqual([
      "label",
      "outcome2016",
      "outcome2017",
      "outcome2018",
      "etappmal",
      "malvarde2030",
      "direction",
    ]);
  });

  test("Indikatorer | 2018 | 2019 | 2020 Mål | Källa", () => {
    const { table } = tableOf(indicatorSheet("Mål", goalRows()));
    expect(roles(table)).toEqual([
      "label",
      "outcome2018",
      "outcome2019",
      "malvarde2020",
      "source",
    ]);
  });

  test("a group header Kvinnor over the years", () => {
    const rows: Cell[][] = [
      ["Mått", null, null, "Kvinnor", null, "Män", null],
      [null, 2017, 2018, 2017, 2018, 2017, 2018],
      [
        "Antal arbetstillfällen i kommunen",
        46063,
        45144,
        23010,
        22478,
        23053,
        22666,
      ],
    ];
    const { kind, table } = tableOf(indicatorSheet("Grupp", rows));
    expect(kind).toBe("indikatorer");
    expect(roles(table)).toEqual([
      "label",
      "outcome2017",
      "outcome2018",
      "women2017",
      "women2018",
      "men2017",
      "men2018",
    ]);
  });

  test("the layout has the engine's shape: one row entry per row, roles, header rows", () => {
    const sheet = indicatorSheet("Medarbetare", staffRows());
    const { layout } = analyzeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.rows).toHaveLength(sheet.values.length);
    expect(layout.rows.every((r, i) => r.row === i)).toBe(true);
    expect(layout.headerRows).toEqual([1]);
    expect(layout.rows[3]).toMatchObject({
      role: "item",
      parentRow: 2,
      level: 1,
    });
    expect(layout.columns.map((c) => c.role)).toEqual([
      "label",
      "year",
      "year",
      "year",
      "text",
      "text",
      "text",
    ]);
    expect(layout.dataStart).toBe(2);
    expect(layout.dataEnd).toBe(sheet.values.length - 1);
  });
});

describe("sheets left to other recognisers", () => {
  test.each([
    ["Resultaträkning", RESULTATRAKNING_2020, "resultatrakning"],
    ["Driftbudget", DRIFTBUDGET_2020, "driftredovisning"],
    ["Investeringar", INVESTERINGAR_2020, "investeringar"],
    ["IT-investeringar", IT_INVESTERINGAR_2020, "investeringar"],
  ])("%s stays a money table", (name, table, kind) => {
    expect(
      analyzeSheet(seedSheet(name, table), DEFAULT_SETTINGS).layout.kind,
    ).toBe(kind);
  });

  test("an internal-control plan is not an indicator table", () => {
    const sheet = indicatorSheet("Internkontroll", [
      [
        "Risk",
        "Sannolikhet",
        "Konsekvens",
        "Riskvärde",
        "Åtgärd",
        "Ägare",
        "Status",
        "Kommentar",
      ],
      [
        "Risk för felaktiga utbetalningar",
        2,
        3,
        6,
        "Stickprov",
        "Ekonomichef",
        "Klart",
        "",
      ],
    ]);
    expect(analyzeSheet(sheet, DEFAULT_SETTINGS).layout.kind).not.toBe(
      "indikatorer",
    );
  });

  test("a kind set by the user on a sheet without an indicator header gives no findings", () => {
    const sheet = seedSheet("Driftbudget", DRIFTBUDGET_2020);
    const analysed = analyzeSheet(sheet, {
      ...DEFAULT_SETTINGS,
      kindOverrides: { Driftbudget: "indikatorer" },
    });
    expect(analysed.layout.kind).toBe("indikatorer");
    expect(indicatorTableOf(analysed.layout, analysed.grid).sections).toEqual(
      [],
    );
  });
});
