/**
 * Every kind with every layout and the choices that change a sheet's shape: the cases the
 * template tests run through.
 */
import { RISK_SCALE_5X5, RiskScale } from "../../../src/core/riskScale";
import { TEMPLATE_PERIODS, TemplateOptions } from "../../../src/core/templates";

/** A scale coloured by cell, not by product: konsekvens 4 is never green (domain.md §6). */
export const CELL_SCALE: RiskScale = {
  id: "custom",
  size: 4,
  likelihoodLabels: ["Sällan", "Ibland", "Ofta", "Nästan alltid"],
  consequenceLabels: ["Liten", "Märkbar", "Stor", "Mycket stor"],
  levels: [
    { name: "Grön", nameEn: "Green", color: "#63BE7B" },
    { name: "Gul", nameEn: "Yellow", color: "#FFEB84" },
    { name: "Röd", nameEn: "Red", color: "#F8696B" },
  ],
  cellLevels: [
    [0, 0, 1, 1],
    [0, 1, 1, 2],
    [0, 1, 2, 2],
    [1, 1, 2, 2],
  ],
};

export interface Case {
  name: string;
  options: TemplateOptions;
}

const periods = TEMPLATE_PERIODS.map((p) => p.id);

export const CASES: Case[] = [
  ...periods.map((period) => ({
    name: `resultaträkning nämnd uppföljning ${period}`,
    options: {
      kind: "resultatrakning",
      year: 2024,
      unit: "tkr",
      layout: "uppfoljning",
      period,
    } as TemplateOptions,
  })),
  {
    name: "resultaträkning kommun uppföljning jan-aug mnkr",
    options: {
      kind: "resultatrakning",
      level: "kommun",
      year: 2024,
      unit: "mnkr",
      period: "jan-aug",
    },
  },
  {
    name: "resultaträkning nämnd budget",
    options: {
      kind: "resultatrakning",
      year: 2025,
      unit: "tkr",
      layout: "budget",
    },
  },
  {
    name: "resultaträkning kommun budget mnkr",
    options: {
      kind: "resultatrakning",
      level: "kommun",
      year: 2025,
      unit: "mnkr",
      layout: "budget",
    },
  },
  {
    name: "resultaträkning nämnd flerår",
    options: {
      kind: "resultatrakning",
      year: 2024,
      unit: "tkr",
      layout: "flerar",
    },
  },
  {
    name: "resultaträkning kommun flerår",
    options: {
      kind: "resultatrakning",
      level: "kommun",
      year: 2024,
      unit: "tkr",
      layout: "flerar",
    },
  },
  {
    name: "driftredovisning SCB uppföljning jan-apr",
    options: {
      kind: "driftredovisning",
      year: 2024,
      unit: "tkr",
      period: "jan-apr",
    },
  },
  {
    name: "driftredovisning SCB med varav, uppföljning helår mnkr",
    options: {
      kind: "driftredovisning",
      year: 2024,
      unit: "mnkr",
      period: "helar",
      withVarav: true,
    },
  },
  {
    name: "driftredovisning SCB med varav, budget",
    options: {
      kind: "driftredovisning",
      year: 2025,
      unit: "tkr",
      layout: "budget",
      withVarav: true,
    },
  },
  {
    name: "driftredovisning egen lista med varav, flerår",
    options: {
      kind: "driftredovisning",
      year: 2024,
      unit: "tkr",
      layout: "flerar",
      verksamheter: [
        "Kommundirektör",
        "IT- och kommunikationsavdelning",
        "Ekonomiavdelning",
        "  Redovisning",
        "  Upphandling",
        "Kansliavdelning",
        "varav Nämndsekretariat",
        "Samhällsbyggnadsavdelning",
      ],
    },
  },
  {
    name: "driftredovisning egen lista, budget mnkr",
    options: {
      kind: "driftredovisning",
      year: 2025,
      unit: "mnkr",
      layout: "budget",
      verksamheter: ["Barn och ungdom", "Äldreomsorg", "Kultur"],
    },
  },
  {
    name: "investeringar reinvestering/nyinvestering, uppföljning jan-aug",
    options: {
      kind: "investeringar",
      year: 2024,
      unit: "tkr",
      period: "jan-aug",
    },
  },
  {
    name: "investeringar reinvestering/nyinvestering, uppföljning helår",
    options: {
      kind: "investeringar",
      year: 2024,
      unit: "tkr",
      period: "helar",
    },
  },
  {
    name: "investeringar exploatering, plan mnkr",
    options: {
      kind: "investeringar",
      year: 2025,
      unit: "mnkr",
      layout: "plan",
      sections: "exploatering",
    },
  },
  {
    name: "investeringar exploatering, uppföljning jan-apr",
    options: {
      kind: "investeringar",
      year: 2024,
      unit: "tkr",
      sections: "exploatering",
      rowCount: 2,
    },
  },
  {
    name: "indikatorer",
    options: { kind: "indikatorer", year: 2024, unit: "tkr" },
  },
  {
    name: "indikatorer med kvinnor/män och egna rader",
    options: {
      kind: "indikatorer",
      year: 2024,
      unit: "tkr",
      withGender: true,
      rows: [
        "Andel elever med godkända betyg",
        "Antal anställda",
        "Nöjd medborgarindex",
      ],
    },
  },
  {
    name: "internkontroll 4×4",
    options: { kind: "internkontroll", year: 2024, unit: "tkr" },
  },
  {
    name: "internkontroll 5×5",
    options: {
      kind: "internkontroll",
      year: 2024,
      unit: "tkr",
      riskScale: RISK_SCALE_5X5,
      rowCount: 6,
    },
  },
  {
    name: "internkontroll egen skala per cell",
    options: {
      kind: "internkontroll",
      year: 2024,
      unit: "tkr",
      riskScale: CELL_SCALE,
      rowCount: 6,
    },
  },
  {
    name: "risk- och känslighetsanalys",
    options: { kind: "riskanalys", year: 2024, unit: "tkr" },
  },
  {
    name: "risk- och känslighetsanalys egna poster mnkr",
    options: {
      kind: "riskanalys",
      year: 2024,
      unit: "mnkr",
      rows: [
        "Skatteintäkter",
        "Försörjningsstöd",
        "Placeringar",
        "Lönekostnader",
      ],
    },
  },
];
