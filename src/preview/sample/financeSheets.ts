/**
 * The money sheets of the sample workbook, from Huddinge kommunstyrelse's Mål och budget 2020
 * (src/samples/huddinge2020.ts), with totals as formulas the way the finance staff build them,
 * and a few mistakes of the kind that reach published reports:
 * - Driftbudget: the 2020 Summa netto stops one row early (skips Södertörns överförmyndarnämnd);
 *   the IT-avdelning's förändring in % is typed by hand with the wrong sign.
 * - Driftredovisning T1: one avvikelse typed by hand and wrong; one utfall pasted from a PDF as
 *   text ("−45 725"), so its avvikelse fails and the column total leaves it out.
 * The tertial report's prognos and utfall are made up around the real 2020 budget (tkr).
 */
import {
  DRIFTBUDGET_2020,
  INVESTERINGAR_2020,
  IT_INVESTERINGAR_2020,
  RESULTATRAKNING_2020,
  SeedTable,
} from "../../samples/huddinge2020";
import { SheetBuilder } from "./builder";

const MNKR = "#,##0.0;-#,##0.0";
const TKR = "#,##0;-#,##0";
const TOTAL = { font: { bold: true } };

function values(table: SeedTable, label: string): (number | null)[] {
  const row = table.rows.find((r) => r[0] === label);
  if (!row) throw new Error(`Raden "${label}" saknas i ${table.title}.`);
  return row.slice(1) as (number | null)[];
}

const COLS = ["B", "C", "D"];

export function resultatrakning(): SheetBuilder {
  const t = RESULTATRAKNING_2020;
  const s = new SheetBuilder("Resultaträkning");
  s.title("A1", t.title).header("A3", ["", ...t.headers]);
  const constant = (row: number, label: string) =>
    s
      .cell(`A${row}`, label)
      .row(`B${row}`, values(t, label), { numberFormat: MNKR });
  const total = (row: number, label: string, formula: (c: string) => string) =>
    s.cell(`A${row}`, label, TOTAL).row(
      `B${row}`,
      COLS.map((c) => formula(c)),
      { numberFormat: MNKR, ...TOTAL },
    );
  constant(4, "Verksamhetens intäkter");
  constant(5, "Personalkostnader");
  constant(6, "Lön fördelad mot investeringsprojekt");
  total(7, "Personalkostnader, netto", (c) => `=SUM(${c}5:${c}6)`);
  constant(8, "Lokalkostnader");
  constant(9, "Övriga kostnader");
  constant(10, "Kapitalkostnad");
  total(11, "Verksamhetens kostnader", (c) => `=SUM(${c}7:${c}10)`);
  total(12, "Budget, netto", (c) => `=${c}4+${c}11`);
  return s
    .width("A", 36)
    .width("B", 13)
    .width("C", 13)
    .width("D", 13)
    .freeze(3, 1);
}

export function driftbudget(): SheetBuilder {
  const t = DRIFTBUDGET_2020;
  const s = new SheetBuilder("Driftbudget");
  s.title("A1", t.title).header("A3", [
    "Verksamhet",
    ...t.headers,
    "Förändring B 2019–B 2020, %",
  ]);
  const items = t.rows.filter((r) => r[0] !== "Summa netto");
  items.forEach((row, i) => {
    const r = 4 + i;
    s.cell(`A${r}`, row[0]).row(`B${r}`, row.slice(1), { numberFormat: MNKR });
    s.cell(`E${r}`, `=IF(C${r}=0,"",(D${r}-C${r})/C${r})`, {
      numberFormat: "0.0%",
    });
  });
  const last = 3 + items.length;
  const sum = last + 1;
  s.cell(`A${sum}`, "Summa netto", TOTAL)
    .row(
      `B${sum}`,
      [`=SUM(B4:B${last})`, `=SUM(C4:C${last})`, `=SUM(D4:D${last - 1})`],
      {
        numberFormat: MNKR,
        ...TOTAL,
      },
    )
    .cell(`E${sum}`, `=IF(C${sum}=0,"",(D${sum}-C${sum})/C${sum})`, {
      numberFormat: "0.0%",
      ...TOTAL,
    });
  // Typed over the formula: (−105,3 − −107,3) / −107,3 is −1,9 %, not +1,9 %.
  s.cell("E5", 0.019, { numberFormat: "0.0%" });
  return s
    .width("A", 34)
    .width("B", 13)
    .width("C", 13)
    .width("D", 13)
    .width("E", 16)
    .freeze(3, 1);
}

const TERTIAL: [string, number, number, number, number | string][] = [
  // verksamhet, budget helår, prognos helår, budget jan–apr, utfall jan–apr (tkr)
  ["Kommundirektör", -13900, -14300, -4633, -4912],
  ["IT- och kommunikationsavdelning", -105300, -104100, -35100, -33870],
  ["Ekonomiavdelning", -56400, -56900, -18800, -19204],
  ["HR-avdelning", -32600, -32600, -10867, -10455],
  ["Kansliavdelning", -83200, -84000, -27733, -28160],
  ["Samhällsbyggnadsavdelning", -148900, -147200, -49633, "\u221245\u00A0725"],
  ["Södertörns brandförsvarsförbund", -70300, -70300, -23433, -23433],
  ["Södertörns överförmyndarnämnd", -7600, -7900, -2533, -2611],
];

export function driftredovisningT1(): SheetBuilder {
  const s = new SheetBuilder("Driftredovisning T1");
  s.title("A1", "Driftredovisning per verksamhet, jan–apr 2020 (tkr)");
  s.header("B3", ["Helår", "", "", "Jan–apr", "", ""]);
  s.header("A4", [
    "Verksamhet",
    "Budget",
    "Prognos",
    "Avvikelse",
    "Budget",
    "Utfall",
    "Avvikelse",
  ]);
  TERTIAL.forEach(([name, budget, prognos, periodBudget, utfall], i) => {
    const r = 5 + i;
    s.cell(`A${r}`, name).row(
      `B${r}`,
      [budget, prognos, `=C${r}-B${r}`, periodBudget, utfall, `=F${r}-E${r}`],
      {
        numberFormat: TKR,
      },
    );
  });
  // Typed by hand: −56 900 − −56 400 is −500.
  s.cell("D7", -400, { numberFormat: TKR });
  const last = 4 + TERTIAL.length;
  const sum = last + 1;
  s.cell(`A${sum}`, "Summa", TOTAL).row(
    `B${sum}`,
    ["B", "C", "D", "E", "F", "G"].map((c) => `=SUM(${c}5:${c}${last})`),
    { numberFormat: TKR, ...TOTAL },
  );
  s.cell(
    `A${sum + 2}`,
    "Negativ avvikelse betyder att kostnaden blir högre än budget.",
    {
      font: { italic: true, color: "#605E5C" },
    },
  );
  s.width("A", 34);
  for (const c of ["B", "C", "D", "E", "F", "G"]) s.width(c, 12);
  return s.freeze(4, 1);
}

/** Investeringar: the subtotals stand above their parts, as printed. */
export function investeringar(): SheetBuilder {
  const t = INVESTERINGAR_2020;
  const s = new SheetBuilder("Investeringar");
  s.title("A1", t.title).header("A3", ["", ...t.headers]);
  const formulas: Record<string, (c: string) => string> = {
    Exploateringsprojekt: (c) => `=SUM(${c}6:${c}10)`,
    Investeringsprojekt: (c) => `=SUM(${c}14:${c}18)`,
    "Summa samhällsbyggnad": (c) => `=${c}4+${c}12`,
    "IT mm.": (c) => `=SUM(${c}22:${c}23)`,
    "IT investeringar": (c) => `='IT-investeringar'!${c}8`,
    Summa: (c) => `=${c}19+${c}21`,
  };
  t.rows.forEach((row, i) => {
    const r = 4 + i;
    const [label, ...nums] = row;
    const formula = label in formulas ? formulas[label] : undefined;
    const bold = formula !== undefined && label !== "IT investeringar";
    if (label) s.cell(`A${r}`, label, bold || nums.length === 0 ? TOTAL : {});
    if (nums.length === 0) return;
    s.row(
      `B${r}`,
      COLS.map((c, k) => (formula ? formula(c) : nums[k])),
      { numberFormat: MNKR, ...(bold ? TOTAL : {}) },
    );
  });
  s.cell(`A${5 + t.rows.length}`, t.note ?? "", {
    font: { italic: true, color: "#605E5C" },
  });
  return s
    .width("A", 34)
    .width("B", 13)
    .width("C", 13)
    .width("D", 13)
    .freeze(3, 1);
}

export function itInvesteringar(): SheetBuilder {
  const t = IT_INVESTERINGAR_2020;
  const s = new SheetBuilder("IT-investeringar");
  s.title("A1", t.title).header("A3", ["", ...t.headers]);
  const items = t.rows.filter((r) => r[0] !== "Summa");
  items.forEach((row, i) =>
    s
      .cell(`A${4 + i}`, row[0])
      .row(`B${4 + i}`, row.slice(1), { numberFormat: MNKR }),
  );
  const sum = 4 + items.length;
  s.cell(`A${sum}`, "Summa", TOTAL).row(
    `B${sum}`,
    COLS.map((c) => `=SUM(${c}4:${c}${sum - 1})`),
    { numberFormat: MNKR, ...TOTAL },
  );
  return s
    .width("A", 34)
    .width("B", 13)
    .width("C", 13)
    .width("D", 13)
    .freeze(3, 1);
}
