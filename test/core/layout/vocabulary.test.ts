import { headerMeaning } from "../../../src/core/layout/headers";
import {
  flowOf,
  isPercentRowLabel,
  isVaravDetail,
  isVaravHeading,
  labelMatchesStem,
  totalLabel,
} from "../../../src/core/layout/labels";
import { nameKey, normalizeLabel, repairHeader, yearsIn } from "../../../src/core/layout/text";

describe("total labels", () => {
  test.each([
    ["summa", "grand"],
    ["totalt", "grand"],
    ["summa:", "grand"],
    ["kommunstyrelsen totalt", "grand"],
    ["summa risker", "grand"],
    ["summa netto", "result"],
    ["budget, netto", "result"],
    ["årets resultat", "result"],
    ["resultat efter finansiella poster", "result"],
    ["verksamhetens kostnader", "cost"],
    ["summa kostnader", "cost"],
    ["summa intäkter", "income"],
    ["nettokostnad", "weak"],
    ["verksamhetens nettokostnader", "weak"],
    ["nettorisk", "netrisk"],
    ["summa samhällsbyggnad", "subtotal"],
    ["grundskola totalt", "subtotal"],
    ["personalkostnader, netto", "subtotal"],
    ["delsumma reinvesteringar", "subtotal"],
  ])("%s is a %s total", (label, cls) => {
    expect(totalLabel(label)?.cls).toBe(cls);
  });

  test.each([
    "totalförsvar",
    "summering av året",
    "kultur och fritid",
    "verksamhetens intäkter",
    "",
  ])("%s is not a total", (label) => {
    expect(totalLabel(label)).toBeNull();
  });

  test("stems: what a subtotal is named after", () => {
    expect(totalLabel("personalkostnader, netto")?.stem).toBe("personalkostnader");
    expect(totalLabel("summa samhällsbyggnad")?.stem).toBe("samhällsbyggnad");
    expect(labelMatchesStem("personal", "personalkostnader")).toBe(true);
    expect(labelMatchesStem("personalkostnader", "personalkostnader")).toBe(true);
    expect(labelMatchesStem("lokal", "personalkostnader")).toBe(false);
    expect(labelMatchesStem("pe", "personalkostnader")).toBe(false);
  });

  test("Varav headings and details, rows of percentages", () => {
    expect(isVaravHeading("varav:")).toBe(true);
    expect(isVaravHeading("därav")).toBe(true);
    expect(isVaravHeading("varav löner")).toBe(false);
    expect(isVaravDetail("varav löner")).toBe(true);
    expect(isVaravDetail("- varav försörjningsstöd")).toBe(true);
    expect(isVaravDetail("varavsförteckning")).toBe(false);
    expect(isPercentRowLabel("procentuell förändring")).toBe(true);
    expect(isPercentRowLabel("förändring %")).toBe(true);
    expect(isPercentRowLabel("förändring")).toBe(false);
  });

  test("income and cost rows", () => {
    expect(flowOf("verksamhetens intäkter")).toBe("income");
    expect(flowOf("skatteintäkter")).toBe("income");
    expect(flowOf("personalkostnader")).toBe("cost");
    expect(flowOf("bidrag kostnader")).toBe("cost");
    expect(flowOf("avskrivningar")).toBe("cost");
    expect(flowOf("lön fördelad mot investeringsprojekt")).toBeUndefined();
    expect(flowOf("kommundirektör")).toBeUndefined();
  });
});

describe("headers", () => {
  test.each([
    ["Budget 2020", "budget", 2020],
    ["Budget (B) 2023", "budget", 2023],
    ["Prognos (P) 2023", "prognos", 2023],
    ["Utfall jan-apr föregående år", "utfall", undefined],
    ["Bokslut 2018", "bokslut", 2018],
    ["Plan 2021", "plan", 2021],
    ["Avvikels e", "avvikelse", undefined],
    ["Avv.", "avvikelse", undefined],
    ["Avvikelse, %", "avvikelseProcent", undefined],
    ["Förändri ng B 2023-B 2024, tkr", "forandring", 2023],
    ["Förändring B 2023-B 2024, %", "forandringProcent", 2023],
    ["Procentuell förändring", "forandringProcent", undefined],
    ["Positiv risk", "positivRisk", undefined],
    ["Negativ  risk", "negativRisk", undefined],
    ["Kommentar", "text", undefined],
    ["2021", "year", 2021],
    ["Jan-Apr 2022", "year", 2022],
    ["Helår", null, undefined],
    ["%", null, undefined],
  ])("%s → %s", (text, role, year) => {
    const meaning = headerMeaning(text);
    expect(meaning.role).toBe(role);
    expect(meaning.year).toBe(year);
  });

  test("the columns a Förändring names", () => {
    expect(headerMeaning("Förändring B 2023-B 2024, tkr").refs).toEqual([
      { role: "budget", year: 2023 },
      { role: "budget", year: 2024 },
    ]);
    expect(headerMeaning("Förändring P 2023-B 2024").refs).toEqual([
      { role: "prognos", year: 2023 },
      { role: "budget", year: 2024 },
    ]);
    expect(headerMeaning("Förändring 2023-2024").refs).toEqual([{ year: 2023 }, { year: 2024 }]);
  });

  test("indicator and internal-control words are foreign to money tables", () => {
    expect(headerMeaning("Etappmål").foreign).toBe(true);
    expect(headerMeaning("Kvinnor").foreign).toBe(true);
    expect(headerMeaning("Sannolikhet").foreign).toBe(true);
    expect(headerMeaning("Budget 2024").foreign).toBe(false);
  });

  test("text cleaning", () => {
    expect(repairHeader("Avvikels e")).toBe("Avvikelse");
    expect(repairHeader("Förändri ng  B 2023-B 2024")).toBe("Förändring B 2023-B 2024");
    expect(repairHeader("Budget\u00a0 2020")).toBe("Budget 2020");
    expect(normalizeLabel("  Summa\u00a0 netto* ")).toBe("summa netto");
    expect(normalizeLabel("– varav löner")).toBe("varav löner");
    expect(yearsIn("Förändring B 2023-B 2024")).toEqual([2023, 2024]);
    expect(nameKey("IT-investeringar 2020-2022 (mnkr)")).toBe(nameKey("IT investeringar"));
  });
});
