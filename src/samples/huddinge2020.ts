/**
 * Real tables from a published verksamhetsplan (Huddinge kommunstyrelse, Mål och budget 2020;
 * ../shared/seeds/000_…), typed row by row exactly as printed, in mnkr with one decimal.
 * Their subtotals differ from the sum of their printed parts by at most 0,1 (rounding), so a
 * correct engine reports them as avrundningsdifferenser, never as errors. Used by the engine's
 * tests, the preview's sample workbook, the command line's tests and the benchmarks.
 */

/** One printed row: a label and its values (null where the table has an empty cell). */
export type SeedRow = [label: string, ...values: (number | null)[]];

export interface SeedTable {
  /** The title as printed above the table. */
  title: string;
  /** Column headers after the label column. */
  headers: string[];
  /** The rows in printed order; a row of only a label is a heading. */
  rows: SeedRow[];
  /** A note printed under the table. */
  note?: string;
}

export const RESULTATRAKNING_2020: SeedTable = {
  title: "Resultaträkning (mnkr)",
  headers: ["Bokslut 2018", "Budget 2019", "Budget 2020"],
  rows: [
    ["Verksamhetens intäkter", 98.0, 47.6, 45.4],
    ["Personalkostnader", -236.7, -263.4, -286.7],
    ["Lön fördelad mot investeringsprojekt", 38.7, 51.2, 69.2],
    ["Personalkostnader, netto", -198.0, -212.2, -217.5],
    ["Lokalkostnader", -24.4, -21.9, -21.7],
    ["Övriga kostnader", -244.1, -191.5, -192.1],
    ["Kapitalkostnad", -129.4, -133.2, -132.4],
    ["Verksamhetens kostnader", -595.8, -558.9, -563.7],
    ["Budget, netto", -497.8, -511.3, -518.2],
  ],
};

export const DRIFTBUDGET_2020: SeedTable = {
  title: "Driftbudget per verksamhet/ansvar (mnkr)",
  headers: ["Bokslut 2018", "Budget 2019", "Budget 2020"],
  rows: [
    ["Kommundirektör", -9.5, -8.8, -13.9],
    ["IT- och kommunikationsavdelning", -102.9, -107.3, -105.3],
    ["Ekonomiavdelning", -51.1, -53.7, -56.4],
    ["HR-avdelning", -36.1, -33.4, -32.6],
    ["Kansliavdelning", -82.7, -83.1, -83.2],
    ["Samhällsbyggnadsavdelning", -141.9, -149.2, -148.9],
    ["Södertörns brandförsvarsförbund", -65.8, -68.2, -70.3],
    ["Södertörns överförmyndarnämnd", -7.9, -7.6, -7.6],
    ["Summa netto", -497.8, -511.3, -518.2],
  ],
};

export const INVESTERINGAR_2020: SeedTable = {
  title: "Investeringar mnkr*",
  headers: ["Budget 2020", "Plan 2021", "Plan 2022"],
  rows: [
    ["Exploateringsprojekt", -145.3, -218.9, 61.8],
    ["Genomförandeprojekt"],
    ["Arbetsplatser", -14.5, 19.8, 3.0],
    ["Bostäder", -94.9, -69.9, -44.1],
    ["För-, grund- och gymnasieskolor", -6.0, -1.1, -1.2],
    ["Övrigt", -5.1, 0.0, 0.0],
    ["Planeringsprojekt", -24.9, -167.7, 104.1],
    [""],
    ["Investeringsprojekt", -142.2, -162.0, -154.2],
    ["Genomförandeprojekt"],
    ["Gator och vägar", -0.5, -0.4, 0.0],
    ["Gång- och cykelvägar", -4.8, -4.5, -4.5],
    ["Parker och badplatser", -0.9, -0.1, -0.2],
    ["Övrigt", -3.1, -3.2, -2.9],
    ["Planeringsprojekt", -133.0, -153.8, -146.6],
    ["Summa samhällsbyggnad", -287.5, -380.9, -92.5],
    [""],
    ["IT mm.", -37.5, -29.5, -28.2],
    ["IT investeringar", -31.7, -28.7, -27.4],
    ["Övrigt KSF inkl. ombyggnad", -5.8, -0.8, -0.8],
    ["Summa", -325.0, -410.4, -120.7],
  ],
  note: "* Positivt tal indikerar en intäkt.",
};

export const IT_INVESTERINGAR_2020: SeedTable = {
  title: "IT-investeringar 2020-2022 (mnkr)",
  headers: ["Budget 2020", "Plan 2021", "Plan 2022"],
  rows: [
    ["Utbyte och uppgradering", -4.8, -1.7, -3.7],
    ["Utbyggnad av IT-struktur", -4.5, -4.5, -4.5],
    ["Säkerhet och övervakning", -1.7, 0.0, -2.3],
    ["Fiber Skogås-Trångsund", -20.8, -22.5, -17.0],
    ["Summa", -31.7, -28.7, -27.4],
  ],
};

/**
 * The cells of a seed table as a sheet would hold them: the title in A1, the headers on row 3,
 * the rows from row 4, the note two rows below. Blank cells are "".
 */
export function seedTableCells(table: SeedTable): (string | number)[][] {
  const width = table.headers.length + 1;
  const pad = (row: (string | number | null)[]) =>
    Array.from({ length: width }, (_, i) => row[i] ?? "");
  const cells: (string | number)[][] = [
    pad([table.title]),
    pad([]),
    pad(["", ...table.headers]),
  ];
  for (const row of table.rows) cells.push(pad(row));
  if (table.note) cells.push(pad([]), pad([table.note]));
  return cells;
}
