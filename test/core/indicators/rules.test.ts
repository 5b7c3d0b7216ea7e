/**
 * Every indicator rule on a planted fault in the real rows: it reports the fault (so the test
 * fails without the rule), on the right cell, and nothing else changes. Where a rule offers a
 * fix, the fix is applied and the finding is gone.
 */
import { Finding } from "../../../src/core/findings";
import { MemoryWorkbook } from "../../../src/core/memoryWorkbook";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { CellEdit } from "../../../src/core/workbook";
import {
  Cell,
  SHEETS,
  equalityRows,
  goalRows,
  indicatorSheet,
  kommunstyrelsenRows,
  nämndRows,
  pct,
  rowOf,
  staffRows,
  withCell,
  withCellBelow,
} from "../../fixtures/indicators";
import { findingsOf, findingsOfRows, ofRule } from "./helpers";

/** The findings a planted fault adds to what the real rows give. */
function added(
  name: string,
  real: Cell[][],
  planted: Cell[][],
  settings = {},
): Finding[] {
  const before = new Set(
    findingsOfRows(name, real, settings).map(
      (f) => `${f.cell} ${f.rule} ${f.message}`,
    ),
  );
  return findingsOfRows(name, planted, settings).filter(
    (f) => !before.has(`${f.cell} ${f.rule} ${f.message}`),
  );
}

/** Applies a finding's fix to the sheet and validates again. */
function afterFix(name: string, rows: Cell[][], finding: Finding): Finding[] {
  const book = MemoryWorkbook.fromSnapshot({
    sheets: [indicatorSheet(name, rows)],
  });
  book.apply(finding.fix!.edits, finding.fix!.label);
  return findingsOf(book.toSnapshot().sheets[0]);
}

/** Messages with no-break spaces (in 46 063, 61 %) read as plain spaces. */
const sp = (text: string) => text.replace(/\u00A0/g, " ");

const a1 = (rows: Cell[][], label: string, col: number) =>
  `${String.fromCharCode(65 + col)}${rowOf(rows, label) + 1}`;

describe("target.syntax", () => {
  const real = nämndRows();
  test("a target that is no target is an error on its cell", () => {
    const planted = withCell(real, "Energianvändning", 4, "ca 140");
    const found = added(SHEETS.nämnd, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
      `${a1(real, "Energianvändning", 4)} target.syntax error`,
    ]);
    expect(sp(found[0].message)).toContain('"ca 140"');
    expect(found[0].messageEn).toContain("not a target");
    expect(found[0].columnHeader).toBe("Etappmål");
  });

  test("a comparison without a value, and text after a number", () => {
    const planted = withCell(
      withCell(real, "Antal cykel", 4, "≥"),
      "Resor i",
      5,
      "95 % senast 2030 eller tidigare",
    );
    const found = ofRule(
      findingsOfRows(SHEETS.nämnd, planted),
      "target.syntax",
    );
    expect(found.map((f) => f.cell)).toEqual([
      a1(real, "Antal cykel", 4),
      a1(real, "Resor i", 5),
    ]);
    expect(sp(found[0].message)).toBe(
      'Målet "≥" har ett jämförelsetecken men inget värde.',
    );
  });

  test("the header and ranking around a target in its cell are not part of it", () => {
    expect(
      ofRule(
        findingsOfRows(SHEETS.kommunstyrelsen, kommunstyrelsenRows()),
        "target.syntax",
      ),
    ).toEqual([]);
  });
});

describe("target.direction", () => {
  const real = nämndRows();
  test("Etappmål and Målvärde pointing different ways", () => {
    const planted = withCell(real, "Resor i", 5, "≤ 200");
    const found = added(SHEETS.nämnd, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule}`)).toEqual([
      `${a1(real, "Resor i", 5)} target.direction`,
    ]);
    expect(sp(found[0].message)).toBe(
      'Etappmålet "Öka" pekar uppåt men målvärdet "≤ 200" pekar nedåt.',
    );
  });

  test("Öka on a measure where lower is better, declared in the Riktning column", () => {
    const planted = withCell(real, "Placering", 6, "Lägre är bättre");
    const found = added(SHEETS.nämnd, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
      `${a1(real, "Placering", 4)} target.direction warning`,
    ]);
    expect(sp(found[0].message)).toBe(
      'Målet "Öka" pekar uppåt, men för den här indikatorn är lägre värden är bättre (enligt kolumnen Riktning).',
    );
  });

  test("the same from the user's choice in the settings; silent while the direction is unknown", () => {
    const rows = kommunstyrelsenRows();
    expect(
      ofRule(findingsOfRows(SHEETS.kommunstyrelsen, rows), "target.direction"),
    ).toEqual([]);
    const indicatorDirections = {
      "placering i svenskt näringslivs mätning (plats och ranking i länet)":
        "lower" as const,
    };
    const found = ofRule(
      findingsOfRows(SHEETS.kommunstyrelsen, rows, { indicatorDirections }),
      "target.direction",
    );
    expect(found.map((f) => f.cell)).toEqual([a1(rows, "Placering", 5)]);
    expect(sp(found[0].message)).toContain("(enligt ditt val i Rapportkoll)");
  });

  test("a long-term target less ambitious than the milestone", () => {
    const planted = withCell(
      withCell(real, "Arbetsplatskvoten", 4, "≥ 1,1"),
      "Arbetsplatskvoten",
      6,
      "Högre är bättre",
    );
    const found = added(SHEETS.nämnd, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule}`)).toEqual([
      `${a1(real, "Arbetsplatskvoten", 5)} target.direction`,
    ]);
    expect(sp(found[0].message)).toContain(
      "Målvärdet 1 är lägre än etappmålet 1,1",
    );
  });
});

describe("trend.inconsistent", () => {
  const real = kommunstyrelsenRows();
  test("Positiv where the outcomes went the wrong way (direction from the target Öka)", () => {
    const planted = withCell(real, "Antal cykeltrafikanter", 4, "Positiv");
    // 16 → 22 → 20: the last change is down, but the period is up: not contradicted.
    expect(added(SHEETS.kommunstyrelsen, real, planted)).toEqual([]);
    const falling = withCell(
      withCell(real, "Resor i", 4, "Positiv"),
      "Resor i",
      3,
      210,
    );
    const found = added(SHEETS.kommunstyrelsen, real, falling);
    expect(found.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
      `${a1(real, "Resor i", 4)} trend.inconsistent warning`,
    ]);
    expect(sp(found[0].message)).toBe(
      'Trenden är "Positiv" men utfallen har inte gått åt rätt håll: 219 (2016) → 214 (2017) → 210 (2018), och högre värden är bättre (enligt målet "Öka").',
    );
  });

  test("Negativ where the outcomes improved", () => {
    const planted = withCell(
      real,
      "Andel tillgänglighetsanpassade busshållplatser",
      4,
      "Negativ",
    );
    const found = added(SHEETS.kommunstyrelsen, real, planted);
    expect(found.map((f) => f.rule)).toEqual(["trend.inconsistent"]);
  });

  test("Oförändrad after a clear change, whatever the direction", () => {
    const planted = withCell(real, "Minskad förbrukning", 4, "Oförändrad");
    const found = added(SHEETS.kommunstyrelsen, real, planted);
    expect(found.map((f) => f.rule)).toEqual(["trend.inconsistent"]);
    expect(sp(found[0].message)).toContain(
      "2 881 (2016) → 890 (2017) → 502 (2018)",
    );
  });

  test("Positiv / Negativ are not judged without a direction", () => {
    // Antal konkurser 44 → 63 "Negativ" with the target Indikator: the direction is unknown.
    const planted = withCell(real, "Antal konkurser", 4, "Positiv");
    expect(added(SHEETS.kommunstyrelsen, real, planted)).toEqual([]);
    const indicatorDirections = { "antal konkurser": "lower" as const };
    expect(
      added(SHEETS.kommunstyrelsen, real, planted, { indicatorDirections }).map(
        (f) => f.rule,
      ),
    ).toEqual(["trend.inconsistent"]);
  });
});

describe("breakdown.inconsistent", () => {
  test("counts: women and men do not add up to the total", () => {
    const real = equalityRows();
    const planted = withCell(real, "Antal arbetstillfällen", 8, "23 100");
    const found = added(SHEETS.equality, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
      `${a1(real, "Antal arbetstillfällen", 3)} breakdown.inconsistent warning`,
    ]);
    expect(sp(found[0].message)).toBe(
      "Kvinnor och män 2017 är 23 100 + 23 053 = 46 153, men totalen är 46 063.",
    );
    expect(sp(String(found[0].expected))).toBe("46 153");
  });

  test("counts in breakdown rows", () => {
    const real = staffRows();
    const planted = withCellBelow(real, "Antal anställda", 2, 3, 140);
    const found = added(SHEETS.staff, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule}`)).toEqual([
      `D${rowOf(real, "Antal anställda") + 1} breakdown.inconsistent`,
    ]);
  });

  test("shares: the total outside the women's and men's values", () => {
    const real = equalityRows();
    const planted = withCell(real, "Andel vuxna som upplever", 3, pct(60));
    const found = ofRule(
      added(SHEETS.equality, real, planted),
      "breakdown.inconsistent",
    );
    expect(found.map((f) => sp(f.message))).toEqual([
      "Totalen 2018 60 % ligger utanför kvinnornas och männens värden (61 % och 82 %); ett genomsnitt för alla ligger mellan dem.",
    ]);
  });

  test("a total within one printed unit of a part is rounding, not a fault", () => {
    const real = equalityRows();
    // 61 % (women) and a total of 60,6 % printed as 61 %: fine; 60 % printed whole is not.
    const planted = withCell(real, "Andel vuxna som upplever", 3, pct(61));
    expect(
      ofRule(added(SHEETS.equality, real, planted), "breakdown.inconsistent"),
    ).toEqual([]);
  });

  test("breakdown columns without a year belong to the row's latest outcome", () => {
    const real = equalityRows();
    // Parker: women 56 %, men 53 %; without the 2018 outcome they are read against 2016 (52 %).
    const planted = withCell(
      real,
      "Andel invånare som svarat 4 och 5",
      3,
      null,
    );
    const found = ofRule(
      added(SHEETS.equality, real, planted),
      "breakdown.inconsistent",
    );
    expect(found.map((f) => `${f.cell} ${sp(f.message)}`)).toEqual([
      `${a1(real, "Andel invånare som svarat 4 och 5", 2)} Totalen 2016 52 % ligger utanför kvinnornas och männens värden (56 % och 53 %); ett genomsnitt för alla ligger mellan dem.`,
    ]);
  });

  test("Lägsta and Högsta must enclose the total", () => {
    const real = equalityRows();
    const planted = withCell(
      real,
      "Andel invånare som svarat 4 och 5",
      7,
      pct(58),
    );
    const found = ofRule(
      added(SHEETS.equality, real, planted),
      "breakdown.inconsistent",
    );
    expect(found.map((f) => sp(f.message))).toEqual([
      "Totalen 2018 55 % ligger utanför lägsta och högsta (58 %–67 %).",
    ]);
  });
});

describe("share.sum", () => {
  test("varav (%) shares of one total that do not make 100 %", () => {
    const real = kommunstyrelsenRows();
    const planted = withCell(real, "- varav (%) flerbostadshus", 3, "62 %");
    const found = added(SHEETS.kommunstyrelsen, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
      `${a1(real, "- varav (%) flerbostadshus", 3)} share.sum warning`,
    ]);
    expect(sp(found[0].message)).toBe(
      `Andelarna av "Antal bostäder som fått byggstart (startbesked)" (rad ${rowOf(real, "Antal bostäder som fått") + 1}) 2019 blir 110 % tillsammans, inte 100 %.`,
    );
  });

  test("nested shares are summed within their own parent; one point off is rounding", () => {
    const real = kommunstyrelsenRows();
    const rounding = withCell(
      real,
      "-- varav (%) flerbostadshus - hyresrätter",
      3,
      pct(28),
    );
    expect(
      ofRule(findingsOfRows(SHEETS.kommunstyrelsen, rounding), "share.sum"),
    ).toEqual([]);
    const wrong = withCell(
      real,
      "-- varav (%) flerbostadshus - hyresrätter",
      3,
      pct(37),
    );
    expect(
      ofRule(findingsOfRows(SHEETS.kommunstyrelsen, wrong), "share.sum").map(
        (f) => f.cell,
      ),
    ).toEqual([a1(real, "-- varav (%) flerbostadshus - bostadsrätter", 3)]);
  });
  test("shares written as fractions (0,61 and 0,39) make 100 %", () => {
    const real = kommunstyrelsenRows();
    let fractions = real;
    [
      ["- varav (%) småhus", [0.61, 0.38, 0.48]],
      ["- varav (%) flerbostadshus", [0.39, 0.62, 0.52]],
    ].forEach(([label, values]) =>
      (values as number[]).forEach((value, i) => {
        fractions = withCell(fractions, label as string, i + 1, value);
      }),
    );
    expect(
      ofRule(findingsOfRows(SHEETS.kommunstyrelsen, fractions), "share.sum"),
    ).toEqual([]);
    const wrong = withCell(fractions, "- varav (%) flerbostadshus", 3, 0.62);
    expect(
      ofRule(findingsOfRows(SHEETS.kommunstyrelsen, wrong), "share.sum").map(
        (f) => sp(f.message).match(/blir (.*) tillsammans/)?.[1],
      ),
    ).toEqual(["110 %"]);
  });
});

describe("varav.exceeds", () => {
  test("a varav count larger than its total is an error", () => {
    const real = kommunstyrelsenRows();
    const planted = withCell(real, "- varav Spårväg", 3, 1815);
    const found = added(SHEETS.kommunstyrelsen, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
      `${a1(real, "- varav Spårväg", 3)} varav.exceeds error`,
    ]);
    expect(sp(found[0].message)).toContain("är 1 815, mer än hela");
    expect(found[0].related).toEqual([
      a1(real, "Antal färdigställda bostäder (Totalt)", 3),
    ]);
  });

  test("a varav share above 100 %", () => {
    const real = kommunstyrelsenRows();
    const planted = withCell(
      real,
      "-- varav (%) flerbostadshus - bostadsrätter",
      2,
      pct(120),
    );
    expect(
      ofRule(added(SHEETS.kommunstyrelsen, real, planted), "varav.exceeds").map(
        (f) => f.cell,
      ),
    ).toEqual([a1(real, "-- varav (%) flerbostadshus - bostadsrätter", 2)]);
  });
});

describe("equality.unreported", () => {
  test("a gap between women and men with a blank Omotiverade skillnader?", () => {
    const real = equalityRows();
    const planted = withCell(real, "Andel vuxna som upplever", 14, null);
    const found = added(SHEETS.equality, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
      `${a1(real, "Andel vuxna som upplever", 14)} equality.unreported warning`,
    ]);
    expect(sp(found[0].message)).toBe(
      'Uppdelningen visar en skillnad (kvinnor 61 % och män 82 % 2018 skiljer sig med 21 procentenheter, och lägsta 50 % och högsta 89 % 2018 skiljer sig med 39 procentenheter) men "Omotiverade skillnader?" är tom. Skriv Nej om skillnaden är motiverad, annars vilken den är (Kön, Område, Ålder).',
    );
  });

  test("the gap is configurable; indices are measured against the total", () => {
    const real = equalityRows();
    // Invånarnas förtroende: women index 49, men index 46 (2017), 6 % of 47; blank in the plan.
    expect(
      ofRule(findingsOfRows(SHEETS.equality, real), "equality.unreported"),
    ).toEqual([]);
    const strict = ofRule(
      findingsOfRows(SHEETS.equality, real, { equalityGapRelative: 0.05 }),
      "equality.unreported",
    );
    expect(strict.map((f) => f.rowLabel)).toEqual([
      "Invånarnas förtroende för kommunen",
    ]);
    expect(sp(strict[0].message)).toContain("skiljer sig med 6 % av totalen");
  });

  test("counts are compositions, not gaps", () => {
    const real = staffRows();
    expect(
      ofRule(findingsOfRows(SHEETS.staff, real), "equality.unreported"),
    ).toEqual([]);
  });
});

describe("status.vocabulary", () => {
  const withStatus = (words: string[]): Cell[][] =>
    nämndRows().map((row, i) =>
      i === 0
        ? [...row, "Måluppfyllelse"]
        : i <= words.length
          ? [...row, words[i - 1]]
          : row,
    );

  test("words outside the vocabulary, colours, and variants with a fix", () => {
    const rows = withStatus([
      "Uppfyllt",
      "Uppfylld",
      "Pågår",
      "Grön",
      "delvis uppfyllt",
    ]);
    const found = ofRule(
      findingsOfRows(SHEETS.nämnd, rows),
      "status.vocabulary",
    );
    expect(
      found.map((f) => [
        f.cell,
        (f.fix?.edits[0] as CellEdit | undefined)?.value ?? null,
      ]),
    ).toEqual([
      ["H3", "Uppfyllt"],
      ["H4", null],
      ["H5", null],
      ["H6", "Delvis uppfyllt"],
    ]);
    expect(sp(found[1].message)).toContain(
      '"Pågår" är inget av orden för måluppfyllelse',
    );
    expect(sp(found[2].message)).toContain(
      '"Grön" är en färg, inte en bedömning',
    );
    expect(
      afterFix(SHEETS.nämnd, rows, found[0]).some((f) => f.cell === "H3"),
    ).toBe(false);
  });

  test("a trend word broken by a PDF copy is rewritten", () => {
    const real = kommunstyrelsenRows();
    const planted = withCell(
      real,
      "Andel invånare som har max 500",
      4,
      "Oföränd rad",
    );
    const found = added(SHEETS.kommunstyrelsen, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule} ${f.fix?.label}`)).toEqual([
      `${a1(real, "Andel invånare som har max 500", 4)} status.vocabulary Skriv "Oförändrad"`,
    ]);
    expect(afterFix(SHEETS.kommunstyrelsen, planted, found[0])).toEqual(
      findingsOfRows(SHEETS.kommunstyrelsen, real),
    );
  });

  test("a trend that is no trend word", () => {
    const real = kommunstyrelsenRows();
    const found = added(
      SHEETS.kommunstyrelsen,
      real,
      withCell(real, "Antal konkurser", 4, "Uppåt"),
    );
    expect(found.map((f) => sp(f.message))).toEqual([
      '"Uppåt" är inget trendord; trenden skrivs Positiv, Negativ, Oförändrad (om förändringen är önskvärd).',
    ]);
  });
});

describe("source.missing", () => {
  test("an indicator without a source, in a table with a Källa column", () => {
    const real = kommunstyrelsenRows();
    const planted = withCell(real, "Antal konkurser", 6, null);
    const found = added(SHEETS.kommunstyrelsen, real, planted);
    expect(found.map((f) => `${f.cell} ${f.rule} ${f.severity}`)).toEqual([
      `${a1(real, "Antal konkurser", 6)} source.missing info`,
    ]);
    expect(sp(found[0].message)).toBe(
      'Indikatorn "Antal konkurser" saknar källa.',
    );
  });

  test("a Kolada id not of the form N00000 / U00000; a lower-case one is fixed", () => {
    const real = goalRows();
    const planted = withCell(
      withCell(
        real,
        "Hållbart medarbetarengagemang (HME) - Motivation",
        4,
        "Medarbetarundersökningen, Kolada nr U0021",
      ),
      "Hållbart medarbetarengagemang (HME) - Ledarskap",
      4,
      "Medarbetarundersökningen, kolada nr u00202",
    );
    const found = added(SHEETS.goals, real, planted);
    expect(
      found.map((f) => `${f.cell} ${f.rule} ${f.fix?.label ?? "-"}`),
    ).toEqual(["E3 source.missing -", "E4 source.missing Skriv U00202"]);
    expect(sp(found[0].message)).toBe(
      'Kolada-id "U0021" har inte formen N00000 eller U00000 (N eller U och fem siffror).',
    );
    expect(
      afterFix(SHEETS.goals, planted, found[1]).some((f) => f.cell === "E4"),
    ).toBe(false);
  });

  test("tables without a Källa column are not asked for one", () => {
    expect(
      ofRule(findingsOfRows(SHEETS.staff, staffRows()), "source.missing"),
    ).toEqual([]);
  });
});

describe("value.format", () => {
  test("a decimal point in a number stored as text, fixed to a number", () => {
    const real = kommunstyrelsenRows();
    const planted = withCell(real, "Antal hektar", 3, "8 136.6");
    const found = added(SHEETS.kommunstyrelsen, real, planted);
    expect(
      found.map((f) => `${f.cell} ${f.rule} ${f.severity} ${f.fix?.label}`),
    ).toEqual([
      `${a1(real, "Antal hektar", 3)} value.format warning Skriv talet 8 136,6`,
    ]);
    expect(found[0].fix!.edits).toEqual([
      {
        op: "cell",
        sheet: SHEETS.kommunstyrelsen,
        row: rowOf(real, "Antal hektar"),
        col: 3,
        value: 8136.6,
        numberFormat: "#,##0.0",
      },
    ]);
    expect(
      ofRule(
        afterFix(SHEETS.kommunstyrelsen, planted, found[0]),
        "value.format",
      ),
    ).toEqual([]);
  });

  test("a decimal point in text with a unit, and in a target", () => {
    const real = staffRows();
    const planted = withCell(
      withCell(real, "Medarbetarprofil", 3, "index 79.2"),
      "Ledarskapsprofil",
      5,
      "index 68.5",
    );
    const found = ofRule(added(SHEETS.staff, real, planted), "value.format");
    expect(found.map((f) => `${f.cell} ${f.fix?.label}`)).toEqual([
      `D${rowOf(real, "Medarbetarprofil") + 1} Skriv "index 79,2"`,
      `F${rowOf(real, "Ledarskapsprofil") + 1} Skriv "index 68,5"`,
    ]);
  });

  test("a point that may group thousands is not fixed", () => {
    const real = kommunstyrelsenRows();
    const found = added(
      SHEETS.kommunstyrelsen,
      real,
      withCell(real, "Antal konkurser", 2, "1.046"),
    );
    const format = ofRule(found, "value.format");
    expect(format).toHaveLength(1);
    expect(format[0].fix).toBeUndefined();
    expect(sp(format[0].message)).toContain("decimaltal eller tusental");
  });

  test("a percentage among an indicator's plain numbers", () => {
    const real = nämndRows();
    const found = added(
      SHEETS.nämnd,
      real,
      withCell(real, "Energianvändning", 3, "178 %"),
    );
    expect(found.map((f) => `${f.cell} ${f.rule}`)).toEqual([
      `${a1(real, "Energianvändning", 3)} value.format`,
    ]);
    expect(sp(found[0].message)).toBe(
      "178 % är en procentsats, men indikatorns övriga värden är vanliga tal (179, 181). Skriv alla i samma enhet.",
    );
  });
});

test("the indicator rules leave money tables alone, and the money rules leave indicator tables alone", () => {
  const found = findingsOfRows(
    SHEETS.kommunstyrelsen,
    kommunstyrelsenRows(),
    DEFAULT_SETTINGS,
  );
  expect(
    found.every(
      (f) => !["sum.mismatch", "number.text", "value.missing"].includes(f.rule),
    ),
  ).toBe(true);
});
