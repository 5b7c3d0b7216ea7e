import { analyzeSheet, recognizeSheet } from "../../../src/core/layout";
import { riskTableOf } from "../../../src/core/layout/internkontroll";
import { riskHeaderMeaning } from "../../../src/core/layout/riskColumns";
import { riskEntries } from "../../../src/core/layout/riskTable";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import {
  DRIFTBUDGET_2020,
  INVESTERINGAR_2020,
  RESULTATRAKNING_2020,
} from "../../../src/samples/huddinge2020";
import { makeSheet, seedSheet } from "../../support/sheets";
import {
  SEED_RISKS,
  bruttoNettoSheet,
  planSheet,
  publishedSheet,
} from "./fixtures";

const settings = DEFAULT_SETTINGS;

function table(sheet: ReturnType<typeof planSheet>["sheet"]) {
  const analysed = analyzeSheet(sheet, settings);
  const found = riskTableOf(analysed.layout, analysed.grid);
  if (!found) throw new Error("no risk table");
  return { analysed, table: found };
}

describe("risk header words", () => {
  test.each([
    ["Sannolikhet", "likelihood", undefined],
    ["S", "likelihood", undefined],
    ["Sannolikhet (1–4)", "likelihood", undefined],
    ["Konsekvens efter åtgärd", "consequence", "netto"],
    ["K", "consequence", undefined],
    ["Riskvärde (sannolikhet × konsekvens)", "value", undefined],
    ["S×K", "value", undefined],
    ["Risk efter åtgärd", "value", "netto"],
    ["Bruttoriskvärde", "value", "brutto"],
    ["Nettorisk", "value", "netto"],
    ["Risknivå", "level", undefined],
    ["Risk", "risk", undefined],
    ["Bakgrund/Orsak", "background", undefined],
    ["Riskreducerande åtgärd", "action", undefined],
    ["Ägare", "owner", undefined],
    ["Ansvarig", "owner", undefined],
    ["Tidplan", "deadline", undefined],
    ["Status", "status", undefined],
    ["Kommentar", "comment", undefined],
    ["Nr", "id", undefined],
  ])("%s", (text, field, stage) => {
    const meaning = riskHeaderMeaning(text);
    expect(meaning?.field).toBe(field);
    expect(meaning?.stage).toBe(stage);
  });

  test("words of money tables are not risk fields", () => {
    for (const text of [
      "Budget 2020",
      "Positiv risk",
      "Negativ risk",
      "Avvikelse",
      "Verksamhet",
    ])
      expect(riskHeaderMeaning(text)).toBeNull();
  });
});

describe("recognising internal-control plans", () => {
  test("the working plan: kind, header, columns, headings and risk rows", () => {
    const { sheet, rowOf } = planSheet();
    const { analysed, table: t } = table(sheet);
    const layout = analysed.layout;
    expect(layout.kind).toBe("internkontroll");
    expect(layout.recognisedBy).toBe("content");
    expect(layout.title).toBe("Internkontrollplan 2020 – Kommunstyrelsen");
    expect(layout.headerRows).toEqual([2]);
    expect(layout.labelCol).toBe(1);
    expect(t.fields).toEqual({
      id: 0,
      risk: 1,
      background: 2,
      action: 7,
      owner: 8,
      deadline: 9,
      status: 10,
      comment: 11,
    });
    expect(t.assessments).toEqual([
      { stage: "single", likelihood: 3, consequence: 4, value: 5, level: 6 },
    ]);
    expect(t.riskRows).toEqual(SEED_RISKS.map((r) => rowOf[r.id]));
    // One heading per process: 8 processes.
    expect(
      layout.rows.filter((r) => r.role === "heading").map((r) => r.label),
    ).toHaveLength(8);
    expect(layout.rows[3]).toMatchObject({
      role: "heading",
      label: "Informationssäkerhet",
    });
    // Long risk texts are shortened in the layout, kept whole in the entries.
    const first = layout.rows[rowOf.R1];
    expect(first.role).toBe("item");
    expect(first.label.endsWith("…")).toBe(true);
    expect(first.label.length).toBeLessThanOrEqual(61);
    const entries = riskEntries(analysed.grid, t);
    expect(entries[0]).toEqual({
      row: rowOf.R1,
      id: "R1",
      text: SEED_RISKS[0].risk,
      steps: [{ likelihood: 3, consequence: 4 }],
    });
  });

  test("brutto and netto under group headers", () => {
    const { sheet } = bruttoNettoSheet();
    const { analysed, table: t } = table(sheet);
    expect(analysed.layout.kind).toBe("internkontroll");
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.assessments).toEqual([
      { stage: "brutto", likelihood: 2, consequence: 3, value: 4, level: 5 },
      { stage: "netto", likelihood: 7, consequence: 8, value: 9, level: 10 },
    ]);
    expect(t.fields.action).toBe(6);
    const entries = riskEntries(analysed.grid, t);
    expect(entries[4].steps).toEqual([
      { likelihood: 4, consequence: 3 },
      { likelihood: 3, consequence: 3 },
    ]);
  });

  test("brutto and netto named in the headers; unnamed first set is brutto", () => {
    const sheet = makeSheet("Risker", [
      [
        "Risk",
        "S",
        "K",
        "RV",
        "Åtgärd",
        "S efter åtgärd",
        "K efter åtgärd",
        "RV efter åtgärd",
      ],
      ["Risk för fel i lönen", 3, 3, 9, "Kontroll", 2, 3, 6],
    ]);
    const { table: t } = table(sheet);
    expect(t.assessments).toEqual([
      { stage: "brutto", likelihood: 1, consequence: 2, value: 3 },
      { stage: "netto", likelihood: 5, consequence: 6, value: 7 },
    ]);
  });

  test("two unnamed sets: the first before åtgärd, the second after", () => {
    const sheet = makeSheet("Risker", [
      [
        "Risk",
        "Sannolikhet",
        "Konsekvens",
        "Åtgärd",
        "Sannolikhet",
        "Konsekvens",
      ],
      ["Risk för fel i lönen", 3, 3, "Kontroll", 2, 3],
    ]);
    const { table: t } = table(sheet);
    expect(
      t.assessments.map((a) => [a.stage, a.likelihood, a.consequence]),
    ).toEqual([
      ["brutto", 1, 2],
      ["netto", 4, 5],
    ]);
  });

  test("the published plan: no numbers, the header repeated under each process heading", () => {
    const { sheet, rowOf } = publishedSheet();
    const { analysed, table: t } = table(sheet);
    expect(analysed.layout.kind).toBe("internkontroll");
    expect(t.assessments).toEqual([]);
    expect(t.fields).toEqual({
      risk: 0,
      background: 1,
      action: 2,
      deadline: 3,
    });
    expect(t.riskRows).toEqual(SEED_RISKS.map((r) => rowOf[r.id]));
    const roles = analysed.layout.rows.map((r) => r.role);
    expect(roles.filter((r) => r === "header").length).toBe(8);
    expect(roles.filter((r) => r === "heading").length).toBe(7);
  });

  test("a recorded kind is honoured even without a risk header", () => {
    const sheet = makeSheet("Tom", [["Internkontrollplan"]], {
      recordedKind: "internkontroll",
    });
    const layout = recognizeSheet(sheet, settings);
    expect(layout.kind).toBe("internkontroll");
    expect(layout.recognisedBy).toBe("record");
    expect(layout.dataStart).toBe(-1);
  });

  test("money tables and a risk- och känslighetsanalys are not taken for plans", () => {
    expect(
      recognizeSheet(seedSheet("RR", RESULTATRAKNING_2020), settings).kind,
    ).toBe("resultatrakning");
    expect(
      recognizeSheet(seedSheet("Drift", DRIFTBUDGET_2020), settings).kind,
    ).toBe("driftredovisning");
    expect(
      recognizeSheet(seedSheet("Inv", INVESTERINGAR_2020), settings).kind,
    ).toBe("investeringar");
    const analys = makeSheet("Risk- och känslighetsanalys", [
      ["Risk- och känslighetsanalys (mnkr)"],
      ["Post", "Positiv risk", "Negativ risk"],
      ["Skatteintäkter", 5, -10],
      ["Summa risker", 5, -10],
      ["Nettorisk", -5, ""],
    ]);
    expect(recognizeSheet(analys, settings).kind).toBe("riskanalys");
  });
});
