import { recognizeSheet, rowInfoAt, SheetLayout, columnInfoAt } from "../../../src/core/layout";
import { DEFAULT_SETTINGS, Settings } from "../../../src/core/settings";
import { parseA1 } from "../../../src/core/workbook";
import {
  DRIFTBUDGET_2020,
  INVESTERINGAR_2020,
  IT_INVESTERINGAR_2020,
  RESULTATRAKNING_2020,
} from "../../../src/samples/huddinge2020";
import { makeSheet, seedSheet } from "../../support/sheets";
import {
  driftTkr,
  namndplanSheet,
  nettokostnadSheet,
  resultatrakningTkr,
  riskanalysSheet,
  uppfoljningSheet,
  varavSheet,
} from "../../fixtures/tables";

const settings = (overrides: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  ...overrides,
});

/** 1-based sheet row numbers, as a reader counts them. */
const n = (rows: number[] | undefined) => (rows ?? []).map((r) => r + 1);
const row = (layout: SheetLayout, sheetRow1: number) => rowInfoAt(layout, sheetRow1 - 1);
const col = (layout: SheetLayout, letter: string) =>
  columnInfoAt(layout, parseA1(`${letter}1`).col);

describe("the seed tables (Huddinge, Mål och budget 2020)", () => {
  test("resultaträkning: kind, title, unit, columns and the chain of totals", () => {
    const layout = recognizeSheet(seedSheet("RR", RESULTATRAKNING_2020), DEFAULT_SETTINGS);
    expect(layout.kind).toBe("resultatrakning");
    expect(layout.recognisedBy).toBe("content");
    expect(layout.title).toBe("Resultaträkning (mnkr)");
    expect(layout.unit).toBe("mnkr");
    expect(layout.headerRows).toEqual([2]);
    expect(layout.signConvention).toBe("A");
    expect(layout.columns.map((c) => [c.role, c.header, c.year, c.decimals])).toEqual([
      ["label", "", undefined, undefined],
      ["bokslut", "Bokslut 2018", 2018, 1],
      ["budget", "Budget 2019", 2019, 1],
      ["budget", "Budget 2020", 2020, 1],
    ]);
    // Personalkostnader, netto = Personalkostnader + Lön fördelad mot investeringsprojekt
    expect(row(layout, 7)).toMatchObject({
      role: "total",
      label: "Personalkostnader, netto",
      level: 2,
    });
    expect(n(row(layout, 7)?.parts)).toEqual([5, 6]);
    // Verksamhetens kostnader = netto personal + lokal + övriga + kapital (not the income row)
    expect(n(row(layout, 11)?.parts)).toEqual([7, 8, 9, 10]);
    // Budget, netto = intäkter + verksamhetens kostnader
    expect(n(row(layout, 12)?.parts)).toEqual([4, 11]);
    expect(row(layout, 12)?.level).toBe(0);
    expect(row(layout, 4)).toMatchObject({
      role: "item",
      flow: "income",
      parentRow: 11,
    });
    expect(row(layout, 5)).toMatchObject({
      flow: "cost",
      parentRow: 6,
      level: 3,
    });
    expect(row(layout, 6)?.flow).toBeUndefined();
  });

  test("driftbudget: eight avdelningar summed by Summa netto", () => {
    const layout = recognizeSheet(seedSheet("Drift", DRIFTBUDGET_2020), DEFAULT_SETTINGS);
    expect(layout.kind).toBe("driftredovisning");
    expect(layout.title).toBe("Driftbudget per verksamhet/ansvar (mnkr)");
    expect(row(layout, 12)).toMatchObject({
      role: "total",
      totalSource: "label",
      level: 0,
    });
    expect(n(row(layout, 12)?.parts)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(layout.dataStart).toBe(3);
    expect(layout.dataEnd).toBe(11);
  });

  test("investeringar: subtotals above their parts, duplicate labels told apart by position", () => {
    const layout = recognizeSheet(seedSheet("Inv", INVESTERINGAR_2020), DEFAULT_SETTINGS);
    expect(layout.kind).toBe("investeringar");
    expect(layout.title).toBe("Investeringar mnkr*");
    expect(layout.unit).toBe("mnkr");
    expect(layout.columns.map((c) => c.role)).toEqual(["label", "budget", "plan", "plan"]);
    // Exploateringsprojekt = the five rows below it, the heading Genomförandeprojekt between.
    expect(row(layout, 4)).toMatchObject({
      role: "total",
      totalSource: "above",
      label: "Exploateringsprojekt",
    });
    expect(n(row(layout, 4)?.parts)).toEqual([6, 7, 8, 9, 10]);
    expect(row(layout, 5)).toMatchObject({
      role: "heading",
      label: "Genomförandeprojekt",
    });
    expect(row(layout, 11)?.role).toBe("blank");
    expect(n(row(layout, 12)?.parts)).toEqual([14, 15, 16, 17, 18]);
    // Summa samhällsbyggnad = the two subtotals; IT mm. = the two rows below; Summa = both.
    expect(n(row(layout, 19)?.parts)).toEqual([4, 12]);
    expect(n(row(layout, 21)?.parts)).toEqual([22, 23]);
    expect(row(layout, 21)?.totalSource).toBe("above");
    expect(n(row(layout, 24)?.parts)).toEqual([19, 21]);
    // "Övrigt" and "Planeringsprojekt" appear twice, each under its own subtotal.
    expect(row(layout, 9)).toMatchObject({
      label: "Övrigt",
      parentRow: 3,
      level: 3,
    });
    expect(row(layout, 17)).toMatchObject({
      label: "Övrigt",
      parentRow: 11,
      level: 3,
    });
    expect(row(layout, 10)?.parentRow).toBe(3);
    expect(row(layout, 18)?.parentRow).toBe(11);
    expect(row(layout, 26)).toMatchObject({
      role: "note",
      label: "* Positivt tal indikerar en intäkt.",
    });
    expect(layout.signConvention).toBe("A");
  });

  test("IT-investeringar: Summa of four projects", () => {
    const layout = recognizeSheet(seedSheet("IT", IT_INVESTERINGAR_2020), DEFAULT_SETTINGS);
    expect(layout.kind).toBe("investeringar");
    expect(layout.title).toBe("IT-investeringar 2020-2022 (mnkr)");
    expect(n(row(layout, 8)?.parts)).toEqual([4, 5, 6, 7]);
  });
});

describe("headers as they arrive", () => {
  test("group headers Helår and Jan-apr over the columns, PDF-broken words joined", () => {
    const layout = recognizeSheet(uppfoljningSheet(), DEFAULT_SETTINGS);
    expect(layout.headerRows).toEqual([2, 3]);
    expect(layout.unit).toBe("tkr");
    expect(layout.columns.map((c) => [c.role, c.header, c.group ?? ""])).toEqual([
      ["label", "Verksamhet", ""],
      ["budget", "Budget", "Helår"],
      ["prognos", "Prognos", "Helår"],
      ["avvikelse", "Avvikelse", "Helår"],
      ["budget", "Budget", "Jan-apr"],
      ["utfall", "Utfall", "Jan-apr"],
      ["avvikelse", "Avvikelse", "Jan-apr"],
      ["utfall", "Utfall jan-apr föregående år", "Jan-apr"],
    ]);
    // Each Avvikelse compares the budget and outcome of its own group.
    expect([col(layout, "D")?.from, col(layout, "D")?.to]).toEqual([1, 2]);
    expect([col(layout, "G")?.from, col(layout, "G")?.to]).toEqual([4, 5]);
  });

  test("hyphen-broken and double-spaced headers, a header split over two rows", () => {
    const sheet = makeSheet("Blad", [
      ["Ekonomi (tkr)", "", "", "", ""],
      ["", "Budget", "Budget", "Förändri", ""],
      ["", "2023", "2024", "ng", "Avvikels e"],
      ["Fritid", -100, -120, -20, 0],
      ["Kultur", -50, -40, 10, 0],
      ["Summa", -150, -160, -10, 0],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.columns.map((c) => c.role)).toEqual([
      "label",
      "budget",
      "budget",
      "forandring",
      "avvikelse",
    ]);
    expect(col(layout, "B")?.header).toBe("Budget 2023");
    expect(col(layout, "C")?.year).toBe(2024);
    expect(col(layout, "D")?.header).toBe("Förändring");
  });

  test("double spaces and no-break spaces in a header", () => {
    const sheet = makeSheet("Blad", [
      ["", "Budget  2020", "Prognos\u00a02020", "Avvikelse"],
      ["A", -10, -12, -2],
      ["Summa", -10, -12, -2],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(col(layout, "B")?.header).toBe("Budget 2020");
    expect(col(layout, "C")).toMatchObject({
      role: "prognos",
      header: "Prognos 2020",
      year: 2020,
    });
  });

  test("the title and unit from the first header cell when nothing is above it", () => {
    const sheet = makeSheet("Blad1", [
      ["Investeringar mnkr*", "Budget 2020", "Plan 2021"],
      ["Skolor", -6.0, -1.1],
      ["Gator", -0.5, -0.4],
      ["Summa", -6.5, -1.5],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.title).toBe("Investeringar mnkr*");
    expect(layout.unit).toBe("mnkr");
    expect(layout.kind).toBe("investeringar");
    expect(layout.headerRows).toEqual([0]);
  });

  test("a unit given only in a note under the table", () => {
    const sheet = makeSheet("Drift", [
      ["", "Budget 2024"],
      ["A", -1],
      ["B", -2],
      ["Summa", -3],
      [""],
      ["Belopp i tkr"],
    ]);
    expect(recognizeSheet(sheet, DEFAULT_SETTINGS).unit).toBe("tkr");
  });

  test("years printed as numbers in the header row", () => {
    const sheet = makeSheet("Blad", [
      ["Nettokostnad, tkr", 2021, 2022, 2023],
      ["Fritid", -100, -110, -120],
      ["Kultur", -50, -55, -60],
      ["Summa", -150, -165, -180],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.headerRows).toEqual([0]);
    expect(layout.columns.slice(1).map((c) => [c.role, c.year])).toEqual([
      ["year", 2021],
      ["year", 2022],
      ["year", 2023],
    ]);
    expect(n(row(layout, 4)?.parts)).toEqual([2, 3]);
  });
});

describe("rows and totals", () => {
  test("Varav: details under their parent, Summa over the parents", () => {
    const layout = recognizeSheet(varavSheet(), DEFAULT_SETTINGS);
    expect(row(layout, 4)).toMatchObject({
      role: "total",
      totalSource: "varav",
    });
    expect(n(row(layout, 4)?.parts)).toEqual([6, 7]);
    expect(row(layout, 5)).toMatchObject({ role: "heading", label: "Varav:" });
    expect(row(layout, 6)).toMatchObject({
      varav: true,
      parentRow: 3,
      level: 2,
    });
    expect(n(row(layout, 8)?.parts)).toEqual([10, 11]);
    expect(n(row(layout, 12)?.parts)).toEqual([4, 8]);
  });

  test("a partial Varav breakdown stays details and is not a total", () => {
    const sheet = makeSheet("Drift", [
      ["", "Budget 2024", "Utfall 2024"],
      ["Socialnämnden", -400, -410],
      ["varav försörjningsstöd", -60, -70],
      ["Kulturnämnden", -100, -90],
      ["Summa", -500, -500],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(row(layout, 2)?.role).toBe("item");
    expect(row(layout, 3)).toMatchObject({ varav: true, parentRow: 1 });
    expect(n(row(layout, 5)?.parts)).toEqual([2, 4]);
  });

  test("where Varav details end is decided by the figures", () => {
    const sheet = makeSheet("Drift", [
      ["", "Budget 2024", "Utfall 2024"],
      ["Kommunstyrelsen", -50, -49],
      ["Varav:"],
      ["Kansli", -20, -19],
      ["Ekonomi", -30, -30],
      ["Räddningstjänst", -70, -72],
      ["Summa", -120, -121],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(n(row(layout, 2)?.parts)).toEqual([4, 5]);
    expect(row(layout, 6)?.varav).toBeUndefined();
    expect(n(row(layout, 7)?.parts)).toEqual([2, 6]);
  });

  test("subtotals below their parts and a grand total over the subtotals", () => {
    const sheet = makeSheet("RR", [
      ["", "Budget 2024"],
      ["Taxor och avgifter", 30],
      ["Bidrag", 20],
      ["Summa intäkter", 50],
      ["Personalkostnader", -80],
      ["Lokalkostnader", -40],
      ["Summa kostnader", -120],
      ["Nettokostnad", -70],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.kind).toBe("resultatrakning");
    expect(n(row(layout, 4)?.parts)).toEqual([2, 3]);
    expect(n(row(layout, 7)?.parts)).toEqual([5, 6]);
    expect(n(row(layout, 8)?.parts)).toEqual([4, 7]);
  });

  test("sections with their subtotal on top and no blank rows between them", () => {
    const sheet = makeSheet("Inv", [
      ["Investeringsbudget, tkr", "", ""],
      ["", "Budget 2024", "Plan 2025"],
      ["Reinvestering", -300, -310],
      ["Skolor", -100, -110],
      ["Gator", -200, -200],
      ["Nyinvestering", -700, -500],
      ["Förskola", -300, -200],
      ["Idrottshall", -400, -300],
      ["Summa", -1000, -810],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(n(row(layout, 9)?.parts)).toEqual([3, 6]);
    expect(n(row(layout, 3)?.parts)).toEqual([4, 5]);
    expect(n(row(layout, 6)?.parts)).toEqual([7, 8]);
  });

  test("a total standing above the rows it sums", () => {
    const sheet = makeSheet("Drift", [
      ["", "Budget 2024", "Utfall 2024"],
      ["Nämnden totalt", -300, -310],
      ["Grundskola", -200, -205],
      ["Förskola", -100, -105],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(row(layout, 2)).toMatchObject({
      role: "total",
      totalSource: "label",
    });
    expect(n(row(layout, 2)?.parts)).toEqual([3, 4]);
  });

  test("a row that is not a sum is not taken for one by its label when the figures disagree", () => {
    const sheet = makeSheet("Drift", [
      ["", "Budget 2024", "Utfall 2024"],
      ["Grundskola", -200, -205],
      ["Förskola", -100, -105],
      ["Nettokostnad", -35, -36],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(row(layout, 4)?.role).toBe("item");
  });

  test("a row without label that sums the rows above with formulas", () => {
    const sheet = makeSheet(
      "Drift",
      [
        ["", "Budget 2024", "Utfall 2024"],
        ["Grundskola", -200, -205],
        ["Förskola", -100, -105],
        ["", -300, -310],
      ],
      { formulas: [[], [], [], [undefined, "=SUM(B2:B3)", "=SUM(C2:C3)"]] }
    );
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(row(layout, 4)).toMatchObject({
      role: "total",
      totalSource: "formula",
    });
    expect(n(row(layout, 4)?.parts)).toEqual([2, 3]);
  });

  test("a second table on the same sheet starts its own totals", () => {
    const sheet = makeSheet("Blad", [
      ["", "Budget 2024", "Budget 2025"],
      ["A", -1, -2],
      ["B", -2, -3],
      ["Summa", -3, -5],
      [""],
      ["", "Budget 2024", "Budget 2025"],
      ["C", -10, -20],
      ["D", -20, -30],
      ["Summa", -30, -50],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(row(layout, 6)?.role).toBe("header");
    expect(n(row(layout, 9)?.parts)).toEqual([7, 8]);
  });

  test("the header above section headings, and a total named after a heading with subtotals inside", () => {
    const sheet = makeSheet("Inv", [
      ["Investeringar 2025-2026 (mnkr)*", "", ""],
      [""],
      ["Projekt", "Budget 2025", "Plan 2026"],
      ["Exploateringsprojekt"],
      ["Genomförandeprojekt"],
      ["Rad 1", -3, -4],
      ["Rad 2", -5, -6],
      ["Summa genomförandeprojekt", -8, -10],
      ["Planeringsprojekt"],
      ["Rad 3", -1, -2],
      ["Summa planeringsprojekt", -1, -2],
      ["Summa exploateringsprojekt", -9, -12],
      [""],
      ["Investeringsprojekt"],
      ["Genomförandeprojekt"],
      ["Rad 4", -7, -7],
      ["Summa genomförandeprojekt", -7, -7],
      ["Planeringsprojekt"],
      ["Rad 5", -2, -1],
      ["Rad 6", -4, -4],
      ["Summa planeringsprojekt", -6, -5],
      ["Summa investeringsprojekt", -13, -12],
      [""],
      ["Summa investeringar", -22, -24],
    ]);
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.headerRows).toEqual([2]);
    expect(layout.columns.map((c) => c.role)).toEqual(["label", "budget", "plan"]);
    expect(row(layout, 4)?.role).toBe("heading");
    expect(n(row(layout, 12)?.parts)).toEqual([8, 11]);
    expect(n(row(layout, 22)?.parts)).toEqual([17, 21]);
    expect(n(row(layout, 24)?.parts)).toEqual([12, 22]);
  });

  test("a row of percentages under the figures it describes", () => {
    const layout = recognizeSheet(nettokostnadSheet(), DEFAULT_SETTINGS);
    expect(row(layout, 5)).toMatchObject({ role: "percent", percentOf: 3 });
    expect(row(layout, 4)?.role).toBe("item");
  });

  test("a risk- och känslighetsanalys: Summa risker per column, Nettorisk over both", () => {
    const layout = recognizeSheet(riskanalysSheet(), DEFAULT_SETTINGS);
    expect(layout.kind).toBe("riskanalys");
    expect(layout.columns.map((c) => c.role)).toEqual(["label", "positivRisk", "negativRisk"]);
    expect(n(row(layout, 7)?.parts)).toEqual([4, 5, 6]);
    expect(row(layout, 8)).toMatchObject({
      role: "total",
      acrossColumns: [1, 2],
    });
    expect(n(row(layout, 8)?.parts)).toEqual([7]);
  });
});

describe("kind and conventions", () => {
  test("convention B (costs positive) from the figures, and from the avvikelse columns", () => {
    expect(recognizeSheet(uppfoljningSheet("B"), DEFAULT_SETTINGS).signConvention).toBe("B");
    expect(recognizeSheet(uppfoljningSheet("A"), DEFAULT_SETTINGS).signConvention).toBe("A");
    expect(recognizeSheet(namndplanSheet(), DEFAULT_SETTINGS).signConvention).toBe("B");
  });

  test("a note about signs decides the convention", () => {
    const sheet = makeSheet("Inv", [
      ["", "Budget 2024"],
      ["Exploatering", 50],
      ["Markförsäljning", 20],
      ["Summa", 70],
      [""],
      ["* Positivt tal indikerar en intäkt."],
    ]);
    expect(recognizeSheet(sheet, DEFAULT_SETTINGS).signConvention).toBe("A");
  });

  test("Förändring printed old − new, percentages of the new value (Haninge)", () => {
    const layout = recognizeSheet(namndplanSheet(), DEFAULT_SETTINGS);
    expect(col(layout, "E")).toMatchObject({
      role: "forandring",
      from: 1,
      to: 3,
      direction: "fromMinusTo",
    });
    expect(col(layout, "F")).toMatchObject({
      role: "forandringProcent",
      from: 1,
      to: 3,
      base: "to",
      percent: true,
    });
    expect(layout.percentBase).toBe("to");
  });

  test("settings override sign convention, percentage base and kind", () => {
    const layout = recognizeSheet(
      namndplanSheet(),
      settings({
        signConvention: "A",
        percentBase: "from",
        kindOverrides: { Nämndplan: "investeringar" },
      })
    );
    expect(layout.signConvention).toBe("A");
    expect(layout.percentBase).toBe("from");
    expect(col(layout, "F")?.base).toBe("from");
    expect(layout.kind).toBe("investeringar");
    expect(layout.recognisedBy).toBe("override");
  });

  test("a kind recorded by a template wins over the content", () => {
    const sheet = { ...driftTkr(), recordedKind: "resultatrakning" as const };
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.kind).toBe("resultatrakning");
    expect(layout.recognisedBy).toBe("record");
    expect(recognizeSheet(driftTkr(), DEFAULT_SETTINGS).kind).toBe("driftredovisning");
    expect(recognizeSheet(resultatrakningTkr(), DEFAULT_SETTINGS).kind).toBe("resultatrakning");
  });

  test("indicator tables and internal-control plans are left to their own recognisers", () => {
    const indicators = makeSheet("Mått", [
      ["Indikator", "2021", "2022", "Etappmål", "Målvärde 2030"],
      ["Andel elever med godkända betyg", 0.81, 0.83, "≥85 %", "95 %"],
      ["Antal", 120, 130, "Öka", ""],
    ]);
    const layout = recognizeSheet(indicators, DEFAULT_SETTINGS);
    expect(layout.kind).toBe("indikatorer");
    expect(layout.rows.some((r) => r.role === "total")).toBe(false);
    const risks = makeSheet("Internkontroll", [
      ["Risk", "Sannolikhet", "Konsekvens", "Riskvärde"],
      ["Felaktiga utbetalningar", 3, 4, 12],
    ]);
    // The internkontroll recogniser (layout/internkontroll.ts) takes the plan.
    expect(recognizeSheet(risks, DEFAULT_SETTINGS).kind).toBe("internkontroll");
    expect(
      recognizeSheet({ ...risks, recordedKind: "internkontroll" }, DEFAULT_SETTINGS)
    ).toMatchObject({
      kind: "internkontroll",
      recognisedBy: "record",
      title: "Internkontroll",
    });
  });

  test("a used range that does not start in A1", () => {
    const sheet = makeSheet(
      "Drift",
      [
        ["", "Budget 2024", "Utfall 2024"],
        ["Fritid", -10, -11],
        ["Kultur", -20, -19],
        ["Summa", -30, -30],
      ],
      { top: 4, left: 2 }
    );
    const layout = recognizeSheet(sheet, DEFAULT_SETTINGS);
    expect(layout.labelCol).toBe(2);
    expect(layout.headerRows).toEqual([4]);
    expect(rowInfoAt(layout, 7)?.parts).toEqual([5, 6]);
    expect(columnInfoAt(layout, 3)?.role).toBe("budget");
  });
});
