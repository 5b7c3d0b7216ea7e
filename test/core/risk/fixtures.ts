/**
 * Internal-control plans for tests. The risks, their background, åtgärder, owners and tidplan
 * are the real ones from Huddinge's verksamhetsplan 2020 (seeds/000_…, section "Riskreducerande
 * åtgärder"); the published plan prints no numbers, so sannolikhet and konsekvens (4×4) are
 * assigned here, brutto before åtgärd and netto after.
 */
import { CellValue, SheetSnapshot } from "../../../src/core/workbook";
import { makeSheet } from "../../support/sheets";

export interface SeedRisk {
  id: string;
  process: string;
  risk: string;
  background: string;
  action: string;
  owner: string;
  deadline: string;
  brutto: [number, number];
  netto: [number, number];
}

export const SEED_RISKS: SeedRisk[] = [
  {
    id: "R1",
    process: "Informationssäkerhet",
    risk: "Risken för infoläckage och röjande av känslig, integritetskänslig eller sekretessbelagd information kan öka vid digitalisering och användning av molntjänster. Detta kan i värsta fall påverka och skada invånare, påverka kommunens anseende eller föranleda straffavgifter för kommunen.",
    background:
      "Risken dokumenterades 2012 eller tidigare. Flera åtgärder har genomförts. Under 2017 togs en avtalsmodell för molntjänster fram.",
    action:
      "Implementera riktlinjer för informationssäkerhet samt utarbeta och genomföra utbildningar inom området.",
    owner: "Kanslidirektören",
    deadline: "2020-12-31",
    brutto: [3, 4],
    netto: [2, 4],
  },
  {
    id: "R2",
    process: "Väl fungerande IT-miljö i kommunen",
    risk: "Bristande överblick över hur sekretessbelagt material hanteras i outsourcad IT-drift och verksamhet kan leda till att den röjs samt skada för tredje person och/eller vite för kommunen.",
    background:
      "Risken avser IT-lösningar som hanterar sekretess information eller känsliga personuppgifter.",
    action:
      "Genomföra utredning kring sekretessbelagd information i outsourcad IT-drift och system.",
    owner: "IT- och kommunikationsdirektören",
    deadline: "2020-12-31",
    brutto: [2, 4],
    netto: [2, 3],
  },
  {
    id: "R3",
    process: "Systematiskt kvalitetsarbete",
    risk: "Risken för brand och skador till följd av dessa ökar om det inte finns ett tillräckligt och likvärdigt systematiskt brandskyddsarbete i kommunens verksamheter.",
    background:
      "Ansvaret för att genomföra och kontrollera brandskyddet följer med det delegerade verksamhetsansvaret.",
    action:
      "Inventering av hur systematiskt brandskyddsarbete bedrivs för att identifiera hur arbetet kan effektiviseras.",
    owner: "Kanslidirektören",
    deadline: "2020-12-31",
    brutto: [2, 3],
    netto: [1, 3],
  },
  {
    id: "R4",
    process: "God användning av digitaliseringens möjligheter",
    risk: "Svårighet att utveckla IT-miljön via molntjänster då lagstiftningen inte är anpassad för detta, vilket medför risk att bryta lagen.",
    background:
      "Leverantörerna går mer och mer mot molntjänster för att spara kostnader. Samtidigt är lagstiftningen inte anpassad.",
    action:
      "Ta fram anvisningar för hur kommunen ska förhålla sig till användning av olika molntjänster, inklusive tekniska krav.",
    owner: "IT- och kommunikationsdirektören",
    deadline: "2020-12-31",
    brutto: [3, 3],
    netto: [2, 3],
  },
  {
    id: "R5",
    process: "Kompetensförsörjning",
    risk: "Risk för att vi inte kan kompetensförsörja inom vissa yrkesgrupper",
    background:
      "Personalomsättningen varierar kraftigt mellan olika yrkesgrupper och vissa av bristyrkesgrupperna har en utmaning vad gäller personalomsättningen",
    action:
      "Insatser för att attrahera, rekrytera och behålla medarbetare sker kontinuerligt inom basuppdraget.",
    owner: "HR-direktören",
    deadline: "2020-12-31",
    brutto: [4, 3],
    netto: [3, 3],
  },
  {
    id: "R6",
    process: "Upphandlingsprocessen",
    risk: "Risk att dokumentation kopplad till centrala upphandlingar raderas eller ändras av obehörig.",
    background:
      "Dokumentlagring sker idag på serverarea, vilket bland annat innebär att den inte versionshanteras.",
    action:
      "Införa nytt arbetssätt för diarieföring och lagring av dokumentationen från centrala upphandlingar samt mata in aktuella avtal retroaktivt.",
    owner: "Ekonomidirektören",
    deadline: "2020-12-31",
    brutto: [2, 2],
    netto: [1, 2],
  },
  {
    id: "R7",
    process: "Upphandlingsprocessen",
    risk: "Risk för brister i dokumentation av direktupphandlingar vilket medför dålig överblick och kontroll samt riskerar att strida mot dokumentationsplikten enligt LOU.",
    background:
      "Befintliga rutiner för dokumentation av direktupphandlingar är otillräckliga.",
    action:
      "Genomföra utbildning för certifiering av beställare samt införa framtagen rutin för genomförande av direktupphandling.",
    owner: "Ekonomidirektören",
    deadline: "2020-12-31",
    brutto: [3, 2],
    netto: [2, 2],
  },
  {
    id: "R8",
    process: "Kommunikationsprocessen",
    risk: "Risk att Huddinge kommuns varumärke skadas på grund av att kommunorganisationen har bristande invånarfokus och brister i kommunikation/information till invånare.",
    background:
      "Det är idag inte tillräckligt tydligt för alla medarbetare i vilken omfattning det som de gör i det dagliga arbetet påverkar invånarna.",
    action:
      "Utreda och ta fram förslag på hur servicecenter skulle kunna identifiera och föra vidare behov av insatser för att förbättra kommunens utåtriktade kommunikation.",
    owner: "IT- och kommunikationsdirektören",
    deadline: "2020-12-31",
    brutto: [2, 3],
    netto: [2, 2],
  },
  {
    id: "R9",
    process: "Kommunikationsprocessen",
    risk: "Risk att kommunen bryter mot offentlighets- och sekretesslagstiftningen och/eller GDPR, när kommunikation sker över nämndgränser, eftersom nämnder är olika myndigheter.",
    background:
      "Ett kommunövergripande arbete behöver göras för att fastställa hur informationsutbyte mellan myndighetsgränser kan ske.",
    action: "Utreda och genomföra åtgärder.",
    owner: "IT- och kommunikationsdirektören",
    deadline: "2020-12-31",
    brutto: [2, 4],
    netto: [1, 4],
  },
  {
    id: "R10",
    process: "Attraktiv arbetsgivare",
    risk: "Risk att organisationen inte lyckas implementera nya arbetssätt i samband med förändringen av lokaler och att den psykosociala arbetsmiljön försämras.",
    background:
      "Förvaltningens lokaler kommer byggas om för att tillskapa arbetsplatser samt möta krav på arbetsmiljö.",
    action:
      "Utreda om det föreligger behov av nya arbetssätt som kräver samlad insats på förvaltningsnivå och ta fram underlag för beslut i ledningsgruppen.",
    owner: "HR-direktören",
    deadline: "2020-12-31",
    brutto: [1, 3],
    netto: [1, 2],
  },
];

/** The 4×4 level names by product (domain.md §6). */
export function level4(product: number): string {
  return product <= 3
    ? "Låg"
    : product <= 6
      ? "Medel"
      : product <= 9
        ? "Hög"
        : "Mycket hög";
}

export const PLAN_HEADER = [
  "Nr",
  "Risk",
  "Bakgrund/Orsak",
  "Sannolikhet",
  "Konsekvens",
  "Riskvärde",
  "Risknivå",
  "Åtgärd",
  "Ägare",
  "Tidplan",
  "Status",
  "Kommentar",
];

/** Sheet rows (0-based) of the plan: title, blank, header, then a heading before each new process. */
export interface PlanSheet {
  sheet: SheetSnapshot;
  /** Sheet row of each risk, by id. */
  rowOf: Record<string, number>;
}

/**
 * The working internkontrollplan: the seed risks with S, K, riskvärde as =D*E formulas and
 * risknivå, under one heading per process. `status` gives each risk's status.
 */
export function planSheet(
  name = "Internkontrollplan",
  status: (risk: SeedRisk) => string = () => "Blir klart i år",
): PlanSheet {
  const rows: CellValue[][] = [
    ["Internkontrollplan 2020 – Kommunstyrelsen"],
    [],
    PLAN_HEADER,
  ];
  const formulas: (string | undefined)[][] = [[], [], []];
  const rowOf: Record<string, number> = {};
  let process = "";
  for (const risk of SEED_RISKS) {
    if (risk.process !== process) {
      process = risk.process;
      rows.push(["", process]);
      formulas.push([]);
    }
    const r = rows.length;
    rowOf[risk.id] = r;
    const [s, k] = risk.brutto;
    rows.push([
      risk.id,
      risk.risk,
      risk.background,
      s,
      k,
      s * k,
      level4(s * k),
      risk.action,
      risk.owner,
      risk.deadline,
      status(risk),
      "",
    ]);
    const f: (string | undefined)[] = [];
    f[5] = `=D${r + 1}*E${r + 1}`;
    formulas.push(f);
  }
  return { sheet: makeSheet(name, rows, { formulas }), rowOf };
}

/**
 * The same risks assessed twice, under group headers "Bruttorisk" and "Nettorisk" (before and
 * after åtgärd), with Åtgärd between them.
 */
export function bruttoNettoSheet(name = "Riskbedömning"): PlanSheet {
  const rows: CellValue[][] = [
    ["Riskbedömning 2020"],
    ["", "", "Bruttorisk", "", "", "", "", "Nettorisk", "", "", ""],
    [
      "Nr",
      "Risk",
      "Sannolikhet",
      "Konsekvens",
      "Riskvärde",
      "Risknivå",
      "Åtgärd",
      "Sannolikhet",
      "Konsekvens",
      "Riskvärde",
      "Risknivå",
      "Ägare",
      "Tidplan",
    ],
  ];
  const rowOf: Record<string, number> = {};
  for (const risk of SEED_RISKS) {
    rowOf[risk.id] = rows.length;
    const [s, k] = risk.brutto;
    const [ns, nk] = risk.netto;
    rows.push([
      risk.id,
      risk.risk,
      s,
      k,
      s * k,
      level4(s * k),
      risk.action,
      ns,
      nk,
      ns * nk,
      level4(ns * nk),
      risk.owner,
      risk.deadline,
    ]);
  }
  return { sheet: makeSheet(name, rows), rowOf };
}

/**
 * The plan as published (seeds/000_…): Risk | Bakgrund | Åtgärd | Tidplan, the owner written
 * inside the åtgärd cell ("… Ägare Kanslidirektören"), a heading per process, no numbers.
 */
export function publishedSheet(name = "Riskreducerande åtgärder"): PlanSheet {
  const rows: CellValue[][] = [["Riskreducerande åtgärder"], []];
  const rowOf: Record<string, number> = {};
  let process = "";
  for (const risk of SEED_RISKS) {
    if (risk.process !== process) {
      process = risk.process;
      rows.push([process]);
      rows.push(["Risk", "Bakgrund", "Åtgärd", "Tidplan"]);
    }
    rowOf[risk.id] = rows.length;
    rows.push([
      risk.risk,
      risk.background,
      `${risk.action}\nÄgare\n${risk.owner}`,
      risk.deadline,
    ]);
  }
  return { sheet: makeSheet(name, rows), rowOf };
}

/** A copy of a sheet with some cells replaced (value and formula alike). */
export function withCells(
  sheet: SheetSnapshot,
  cells: {
    row: number;
    col: number;
    value: CellValue;
    formula?: string;
    format?: string;
  }[],
): SheetSnapshot {
  const values = sheet.values.map((r) => [...r]);
  const formulas = sheet.formulas.map((r) => [...r]);
  const numberFormat = sheet.numberFormat.map((r) => [...r]);
  for (const cell of cells) {
    const r = cell.row - sheet.top;
    const c = cell.col - sheet.left;
    while (values.length <= r) {
      values.push([]);
      formulas.push([]);
      numberFormat.push([]);
    }
    values[r][c] = cell.value;
    formulas[r][c] = cell.formula ?? cell.value;
    if (cell.format) numberFormat[r][c] = cell.format;
  }
  return { ...sheet, values, formulas, numberFormat };
}
