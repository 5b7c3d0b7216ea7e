/**
 * The indicator table and the internal-control plan of the sample workbook, typed from the same
 * verksamhetsplan (../shared/seeds/000_…): outcomes, Kvinnor/Män, trend and etappmål as printed;
 * the risks under "Riskreducerande åtgärder" with their owners and dates as printed, and
 * sannolikhet/konsekvens that we assigned on the 4×4 scale (the plan does not print them).
 * One riskvärde is typed by hand and wrong (3 × 4 written as 9).
 */
import { SheetBuilder } from "./builder";

const PERCENT = "0%";
const INDEX = '"index "0';

type Outcome = number | null;
interface IndicatorRow {
  name: string;
  format: string;
  outcomes: [Outcome, Outcome, Outcome];
  trend: string;
  women: Outcome;
  men: Outcome;
  target: string;
}

const INDICATORS: IndicatorRow[] = [
  {
    name: "Andel invånare med max 500 m till hållplats med 20-minuterstrafik i rusningstid",
    format: PERCENT,
    outcomes: [0.84, 0.83, 0.84],
    trend: "Oförändrad",
    women: null,
    men: null,
    target: "Öka",
  },
  {
    name: "Andel med tillgång till bredband om minst 100 Mbit/s – Hushåll",
    format: PERCENT,
    outcomes: [0.85, 0.9, 0.91],
    trend: "Positiv",
    women: null,
    men: null,
    target: "95 %",
  },
  {
    name: "Andel vuxna som trivs mycket bra i sitt bostadsområde",
    format: PERCENT,
    outcomes: [null, null, 0.56],
    trend: "Oförändrad",
    women: 0.59,
    men: 0.52,
    target: "59 %",
  },
  {
    name: "Andel vuxna som upplever sitt bostadsområde som tryggt kvällstid",
    format: PERCENT,
    outcomes: [null, null, 0.7],
    trend: "",
    women: 0.61,
    men: 0.82,
    target: "Öka",
  },
  {
    name: "Betygsindex för trygghet",
    format: INDEX,
    outcomes: [null, 55, null],
    trend: "Oförändrad",
    women: 53,
    men: 58,
    target: "Öka",
  },
  {
    name: "Betygsindex för invånare som är nöjda med kommunens kommunikationer",
    format: INDEX,
    outcomes: [null, 66, null],
    trend: "",
    women: 65,
    men: 66,
    target: "Indikator",
  },
];

export function indikatorer(): SheetBuilder {
  const s = new SheetBuilder("Indikatorer");
  s.title("A1", "Indikatorer – Attraktiv och hållbar kommun");
  s.header("A3", [
    "Indikator",
    "Utfall 2016",
    "Utfall 2017",
    "Utfall 2018",
    "Trend",
    "Kvinnor",
    "Män",
    "Etappmål 2020",
  ]);
  INDICATORS.forEach((row, i) => {
    const r = 4 + i;
    s.cell(`A${r}`, row.name)
      .row(`B${r}`, [...row.outcomes], { numberFormat: row.format })
      .cell(`E${r}`, row.trend || null)
      .row(`F${r}`, [row.women, row.men], { numberFormat: row.format })
      .cell(`H${r}`, row.target);
  });
  s.cell(
    `A${5 + INDICATORS.length}`,
    "Kvinnor och Män avser det senaste utfallet.",
    {
      font: { italic: true, color: "#605E5C" },
    },
  );
  s.width("A", 72);
  for (const c of ["B", "C", "D", "E", "F", "G"]) s.width(c, 11);
  return s.width("H", 14).freeze(3, 1);
}

type Risk = [
  area: string,
  risk: string,
  likelihood: number,
  consequence: number,
  action: string,
  owner: string,
];

const RISKS: Risk[] = [
  [
    "Informationssäkerhet",
    "Infoläckage och röjande av känslig eller sekretessbelagd information vid digitalisering och molntjänster",
    3,
    4,
    "Implementera riktlinjer för informationssäkerhet och genomföra utbildningar",
    "Kanslidirektören",
  ],
  [
    "Väl fungerande IT-miljö i kommunen",
    "Bristande överblick över hur sekretessbelagt material hanteras i outsourcad IT-drift",
    2,
    4,
    "Utreda sekretessbelagd information i outsourcad IT-drift och system",
    "IT- och kommunikationsdirektören",
  ],
  [
    "Systematiskt kvalitetsarbete",
    "Brand och skador om det systematiska brandskyddsarbetet inte är tillräckligt och likvärdigt",
    2,
    3,
    "Inventera hur systematiskt brandskyddsarbete bedrivs",
    "Kanslidirektören",
  ],
  [
    "God användning av digitaliseringens möjligheter",
    "Lagstiftningen är inte anpassad för molntjänster, vilket medför risk att bryta lagen",
    3,
    3,
    "Ta fram anvisningar för användning av molntjänster, inklusive tekniska krav",
    "IT- och kommunikationsdirektören",
  ],
  [
    "Kompetensförsörjning",
    "Kommunen kan inte kompetensförsörja inom vissa yrkesgrupper",
    3,
    2,
    "Kartlägga avgångsorsaker via enkät till dem som avslutat sin anställning",
    "HR-direktören",
  ],
  [
    "Upphandlingsprocessen",
    "Dokumentation kopplad till centrala upphandlingar raderas eller ändras av obehörig",
    2,
    2,
    "Införa nytt arbetssätt för diarieföring och lagring av upphandlingsdokumentation",
    "Ekonomidirektören",
  ],
  [
    "Upphandlingsprocessen",
    "Brister i dokumentation av direktupphandlingar strider mot dokumentationsplikten i LOU",
    3,
    2,
    "Utbilda och certifiera beställare; införa rutin för direktupphandling",
    "Ekonomidirektören",
  ],
];

const STATUSES = [
  "Blir klart i år",
  "Troligen klart i år",
  "Blir klart i år",
  "Ej klart i år",
  "Klart",
  "Blir klart i år",
  "Troligen klart i år",
];

/** The 4×4 levels as a built-in formula: 1–3 Låg, 4–6 Medel, 8–9 Hög, 12–16 Mycket hög. */
const level = (r: number) =>
  `=IF(E${r}="","",IF(E${r}>=12,"Mycket hög",IF(E${r}>=8,"Hög",IF(E${r}>=4,"Medel","Låg"))))`;

export function internkontroll(): SheetBuilder {
  const s = new SheetBuilder("Internkontroll");
  const sheet = s.sheet;
  s.title("A1", "Internkontrollplan 2020 – Riskreducerande åtgärder");
  s.header("A3", [
    "Område",
    "Risk",
    "Sannolikhet",
    "Konsekvens",
    "Riskvärde",
    "Risknivå",
    "Åtgärd",
    "Ägare",
    "Tidplan",
    "Status",
  ]);
  RISKS.forEach(([area, risk, likelihood, consequence, action, owner], i) => {
    const r = 4 + i;
    s.row(`A${r}`, [
      area,
      risk,
      likelihood,
      consequence,
      `=C${r}*D${r}`,
      level(r),
      action,
      owner,
      "2020-12-31",
      STATUSES[i],
    ]);
  });
  // Typed by hand: 3 × 4 is 12 (Mycket hög), not 9.
  s.cell("E4", 9);
  const last = 3 + RISKS.length;
  const rows = { top: 3, bottom: last - 1 };
  s.add({
    op: "validation",
    range: { sheet, ...rows, left: 2, right: 3 },
    rule: { type: "wholeNumber", min: 1, max: 4 },
    errorMessage: "Sannolikhet och konsekvens är heltal 1–4.",
  })
    .add({
      op: "validation",
      range: { sheet, ...rows, left: 9, right: 9 },
      rule: {
        type: "list",
        values: [
          "Klart",
          "Blir klart i år",
          "Troligen klart i år",
          "Ej klart i år",
        ],
      },
      errorMessage: "Välj en status ur listan.",
    })
    .add({
      op: "conditionalFill",
      range: { sheet, ...rows, left: 5, right: 5 },
      rules: [
        { equals: "Låg", fill: "#C6EFCE", fontColor: "#006100" },
        { equals: "Medel", fill: "#FFEB9C", fontColor: "#9C5700" },
        { equals: "Hög", fill: "#F8CBAD", fontColor: "#843C0C" },
        { equals: "Mycket hög", fill: "#FFC7CE", fontColor: "#9C0006" },
      ],
    })
    .add({
      op: "conditionalFill",
      range: { sheet, ...rows, left: 9, right: 9 },
      rules: [
        { equals: "Klart", fill: "#C6EFCE", fontColor: "#006100" },
        { equals: "Blir klart i år", fill: "#C6EFCE", fontColor: "#006100" },
        {
          equals: "Troligen klart i år",
          fill: "#FFEB9C",
          fontColor: "#9C5700",
        },
        { equals: "Ej klart i år", fill: "#FFC7CE", fontColor: "#9C0006" },
      ],
    });
  s.width("A", 28)
    .width("B", 60)
    .width("C", 12)
    .width("D", 12)
    .width("E", 10)
    .width("F", 11);
  return s
    .width("G", 56)
    .width("H", 30)
    .width("I", 11)
    .width("J", 18)
    .freeze(3, 1);
}
