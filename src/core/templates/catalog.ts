/**
 * The template choices with their Swedish and English names: the Mallar tab's pickers and the
 * command line's --help read the same lists, so the two never drift apart.
 */
import {
  InvestmentSections,
  TemplateKind,
  TemplateLayout,
  TemplateLevel,
  TemplatePeriod,
  TemplateUnit,
} from "./types";

export interface Choice<T extends string> {
  id: T;
  sv: string;
  en: string;
}

export interface KindChoice extends Choice<TemplateKind> {
  /** The new sheet's default name. */
  sheetName: string;
  /** One sentence on what the sheet holds. */
  descriptionSv: string;
  descriptionEn: string;
  /** The layouts the kind offers, the default first; empty when it has one fixed shape. */
  layouts: TemplateLayout[];
}

export const TEMPLATE_KINDS: readonly KindChoice[] = [
  {
    id: "resultatrakning",
    sv: "Resultaträkning",
    en: "Income statement",
    sheetName: "Resultaträkning",
    descriptionSv:
      "Intäkter och kostnader per kostnadsslag med delsummor, på nämnd- eller kommunnivå.",
    descriptionEn:
      "Income and costs by type with subtotals, for a committee or the municipality.",
    layouts: ["uppfoljning", "budget", "flerar"],
  },
  {
    id: "driftredovisning",
    sv: "Driftredovisning per verksamhet",
    en: "Operating statement by activity",
    sheetName: "Driftredovisning",
    descriptionSv:
      "Nettokostnad per verksamhet enligt SCB:s verksamhetsindelning eller egen lista, med summa.",
    descriptionEn:
      "Net cost per activity (Statistics Sweden's classification or your own list), with a total.",
    layouts: ["uppfoljning", "budget", "flerar"],
  },
  {
    id: "investeringar",
    sv: "Investeringar",
    en: "Investments",
    sheetName: "Investeringar",
    descriptionSv:
      "Investeringsprojekt i avsnitt med delsummor och totalsumma.",
    descriptionEn:
      "Investment projects in sections with subtotals and a grand total.",
    layouts: ["uppfoljning", "plan"],
  },
  {
    id: "indikatorer",
    sv: "Indikatorer",
    en: "Indicators",
    sheetName: "Indikatorer",
    descriptionSv:
      "Indikatorer med utfall per år, etappmål, målvärde, måluppfyllelse och källa.",
    descriptionEn:
      "Indicators with yearly outcomes, milestone, target, attainment and source.",
    layouts: [],
  },
  {
    id: "internkontroll",
    sv: "Internkontroll",
    en: "Internal control",
    sheetName: "Internkontroll",
    descriptionSv:
      "Risker med sannolikhet, konsekvens, riskvärde och risknivå (formler), åtgärd och status.",
    descriptionEn:
      "Risks with likelihood, consequence, risk value and level (formulas), action and status.",
    layouts: [],
  },
  {
    id: "riskanalys",
    sv: "Risk- och känslighetsanalys",
    en: "Risk and sensitivity analysis",
    sheetName: "Risk- och känslighetsanalys",
    descriptionSv:
      "Poster med positiv och negativ risk, summa risker och nettorisk.",
    descriptionEn:
      "Items with positive and negative risk, total risks and net risk.",
    layouts: [],
  },
];

export const TEMPLATE_LAYOUTS: readonly Choice<TemplateLayout>[] = [
  {
    id: "uppfoljning",
    sv: "Uppföljning (delår, tertial)",
    en: "Follow-up (interim report)",
  },
  { id: "budget", sv: "Budget (nämndplan)", en: "Budget (committee plan)" },
  {
    id: "flerar",
    sv: "Flerår (bokslut, budget, plan)",
    en: "Multi-year (actual, budget, plan)",
  },
  { id: "plan", sv: "Fyraårsplan", en: "Four-year plan" },
];

export interface PeriodChoice extends Choice<TemplatePeriod> {
  /** Months from January that the period covers. */
  months: number;
  /** As printed in a header: "Jan-apr". */
  header: string;
}

export const TEMPLATE_PERIODS: readonly PeriodChoice[] = [
  { id: "jan-mar", sv: "Jan–mar", en: "Jan–Mar", months: 3, header: "Jan-mar" },
  {
    id: "jan-apr",
    sv: "Jan–apr (tertial 1)",
    en: "Jan–Apr (first tertial)",
    months: 4,
    header: "Jan-apr",
  },
  { id: "jan-jun", sv: "Jan–jun", en: "Jan–Jun", months: 6, header: "Jan-jun" },
  {
    id: "jan-aug",
    sv: "Jan–aug (delår)",
    en: "Jan–Aug (interim)",
    months: 8,
    header: "Jan-aug",
  },
  {
    id: "jan-okt",
    sv: "Jan–okt",
    en: "Jan–Oct",
    months: 10,
    header: "Jan-okt",
  },
  {
    id: "helar",
    sv: "Helår (bokslut)",
    en: "Full year (annual accounts)",
    months: 12,
    header: "Helår",
  },
];

export const TEMPLATE_LEVELS: readonly Choice<TemplateLevel>[] = [
  { id: "namnd", sv: "Nämnd", en: "Committee" },
  { id: "kommun", sv: "Kommun (LKBR)", en: "Municipality (LKBR)" },
];

export const TEMPLATE_UNITS: readonly Choice<TemplateUnit>[] = [
  { id: "tkr", sv: "tkr", en: "SEK thousands (tkr)" },
  {
    id: "mnkr",
    sv: "mnkr (en decimal)",
    en: "SEK millions (mnkr, one decimal)",
  },
];

export const INVESTMENT_SECTIONS: readonly Choice<InvestmentSections>[] = [
  {
    id: "reinvestering",
    sv: "Reinvestering / Nyinvestering",
    en: "Reinvestment / New investment",
  },
  {
    id: "exploatering",
    sv: "Exploateringsprojekt / Investeringsprojekt",
    en: "Development projects / Investment projects",
  },
];

export function kindChoice(kind: TemplateKind): KindChoice {
  const found = TEMPLATE_KINDS.find((k) => k.id === kind);
  if (!found) throw new Error(`Okänd bladtyp: ${String(kind)}`);
  return found;
}

export function periodChoice(period: TemplatePeriod): PeriodChoice {
  const found = TEMPLATE_PERIODS.find((p) => p.id === period);
  if (!found) throw new Error(`Okänd period: ${String(period)}`);
  return found;
}
