/**
 * Template options with their defaults filled in, and the checks that turn bad input (a year
 * of 20244, an empty list, a sheet name with a colon) into a Swedish reason instead of a
 * broken sheet.
 */
import { RISK_SCALE_4X4, RiskScale } from "../riskScale";
import {
  INVESTMENT_SECTIONS,
  TEMPLATE_KINDS,
  TEMPLATE_LEVELS,
  TEMPLATE_PERIODS,
  TEMPLATE_UNITS,
  kindChoice,
} from "./catalog";
import {
  InvestmentSections,
  TemplateKind,
  TemplateLayout,
  TemplateLevel,
  TemplateOptions,
  TemplatePeriod,
  TemplateUnit,
} from "./types";

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
/** Enough for any real table; more is almost certainly a paste gone wrong. */
export const MAX_ROWS = 500;
export const MAX_LABEL_LENGTH = 255;

export interface ResolvedOptions {
  kind: TemplateKind;
  year: number;
  unit: TemplateUnit;
  layout: TemplateLayout | null;
  level: TemplateLevel;
  period: TemplatePeriod;
  verksamheter: string[];
  withVarav: boolean;
  sections: InvestmentSections;
  rows: string[];
  rowCount: number;
  withGender: boolean;
  outcomeYears: number;
  targetYear: number;
  kollFormulas: boolean;
  riskScale: RiskScale;
  sheetName: string | null;
}

/** Bad options, with the reason in Swedish (message) and English. */
export class TemplateOptionsError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
    this.name = "TemplateOptionsError";
  }
}

const DEFAULT_ROW_COUNT: Record<TemplateKind, number> = {
  resultatrakning: 0,
  driftredovisning: 0,
  investeringar: 3,
  indikatorer: 10,
  internkontroll: 10,
  riskanalys: 8,
};

/** Rows a kind starts with when the user gives no labels. */
export function defaultRowCount(kind: TemplateKind): number {
  return DEFAULT_ROW_COUNT[kind];
}

function fail(sv: string, en: string): never {
  throw new TemplateOptionsError(sv, en);
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly { id: T }[],
  fallback: T,
  what: { sv: string; en: string },
): T {
  if (value === undefined || value === null) return fallback;
  const found = allowed.find((a) => a.id === value);
  if (found) return found.id;
  const list = allowed.map((a) => `"${a.id}"`).join(", ");
  return fail(
    `Okänt val för ${what.sv}: "${String(value)}". Välj ett av ${list}.`,
    `Unknown ${what.en}: "${String(value)}". Choose one of ${list}.`,
  );
}

function labelList(value: unknown, what: { sv: string; en: string }): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
    return fail(
      `${what.sv} måste vara en lista med text.`,
      `${what.en} must be a list of text.`,
    );
  }
  const lines = (value as string[]).filter((line) => line.trim() !== "");
  if (lines.length > MAX_ROWS) {
    fail(
      `${what.sv} har ${lines.length} rader; en mall får ha högst ${MAX_ROWS}.`,
      `${what.en} has ${lines.length} rows; a template may have at most ${MAX_ROWS}.`,
    );
  }
  const tooLong = lines.find((line) => line.trim().length > MAX_LABEL_LENGTH);
  if (tooLong !== undefined) {
    fail(
      `En rad i ${what.sv.toLowerCase()} är längre än ${MAX_LABEL_LENGTH} tecken: "${tooLong.trim().slice(0, 40)}…".`,
      `A row in ${what.en.toLowerCase()} is longer than ${MAX_LABEL_LENGTH} characters.`,
    );
  }
  return lines;
}

function wholeNumber(
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  what: { sv: string; en: string },
): number {
  if (value === undefined || value === null) return fallback;
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < min ||
    value > max
  ) {
    return fail(
      `${what.sv} måste vara ett heltal från ${min} till ${max}.`,
      `${what.en} must be a whole number from ${min} to ${max}.`,
    );
  }
  return value;
}

/** Characters Excel refuses in a sheet name. */
const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

export function checkSheetName(name: string): string {
  const trimmed = name.trim();
  if (FORBIDDEN_SHEET_CHARS.test(trimmed)) {
    fail(
      `Bladnamnet "${trimmed}" får inte innehålla något av tecknen [ ] : * ? / \\.`,
      `The sheet name "${trimmed}" may not contain any of [ ] : * ? / \\.`,
    );
  }
  if (trimmed.startsWith("'") || trimmed.endsWith("'")) {
    fail(
      `Bladnamnet "${trimmed}" får inte börja eller sluta med apostrof.`,
      `The sheet name "${trimmed}" may not start or end with an apostrophe.`,
    );
  }
  if (trimmed.length > 31) {
    fail(
      `Bladnamnet "${trimmed}" är ${trimmed.length} tecken; Excel tillåter högst 31.`,
      `The sheet name "${trimmed}" has ${trimmed.length} characters; Excel allows at most 31.`,
    );
  }
  if (trimmed.toLowerCase() === "history") {
    fail(
      `Bladnamnet "History" är reserverat i Excel.`,
      `Excel reserves the sheet name "History".`,
    );
  }
  return trimmed;
}

function checkRiskScale(scale: RiskScale): RiskScale {
  const n = scale.size;
  const ok =
    Number.isInteger(n) &&
    n >= 2 &&
    n <= 10 &&
    scale.likelihoodLabels.length === n &&
    scale.consequenceLabels.length === n &&
    scale.levels.length > 0 &&
    scale.cellLevels.length === n &&
    scale.cellLevels.every(
      (row) =>
        row.length === n &&
        row.every(
          (level) =>
            Number.isInteger(level) &&
            level >= 0 &&
            level < scale.levels.length,
        ),
    );
  if (!ok) {
    fail(
      "Riskskalan är ofullständig: varje steg behöver en etikett och varje cell en risknivå.",
      "The risk scale is incomplete: every step needs a label and every cell a level.",
    );
  }
  return scale;
}

/** The options with every default filled in; throws TemplateOptionsError on bad input. */
export function resolveOptions(options: TemplateOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null) {
    fail("Mallens val saknas.", "The template options are missing.");
  }
  if (options.kind === undefined || options.kind === null) {
    fail("Välj vilken sorts blad som ska skapas.", "Choose a sheet kind.");
  }
  const kind = oneOf(options.kind, TEMPLATE_KINDS, "resultatrakning", {
    sv: "bladtyp",
    en: "sheet kind",
  });
  const choice = kindChoice(kind);

  if (options.year === undefined || options.year === null)
    fail("Ange år.", "Give the year.");
  const year = wholeNumber(options.year, 0, MIN_YEAR, MAX_YEAR, {
    sv: "Året",
    en: "The year",
  });

  const unit = oneOf(options.unit, TEMPLATE_UNITS, "tkr", {
    sv: "enhet",
    en: "unit",
  });

  let layout: TemplateLayout | null = null;
  if (choice.layouts.length > 0) {
    layout = options.layout ?? choice.layouts[0];
    if (!choice.layouts.includes(layout)) {
      fail(
        `${choice.sv} finns inte i layouten "${String(layout)}"; välj ${choice.layouts.map((l) => `"${l}"`).join(" eller ")}.`,
        `${choice.en} has no layout "${String(layout)}"; choose ${choice.layouts.map((l) => `"${l}"`).join(" or ")}.`,
      );
    }
  }

  const rowCount = wholeNumber(
    options.rowCount,
    DEFAULT_ROW_COUNT[kind] || 1,
    1,
    MAX_ROWS,
    {
      sv: "Antalet rader",
      en: "The number of rows",
    },
  );
  const outcomeYears = wholeNumber(options.outcomeYears, 3, 1, 10, {
    sv: "Antalet utfallsår",
    en: "The number of outcome years",
  });
  const targetYear = wholeNumber(
    options.targetYear,
    year < 2030 ? 2030 : year + 4,
    year,
    MAX_YEAR,
    { sv: "Målvärdets år", en: "The target's year" },
  );

  const verksamheter = labelList(options.verksamheter, {
    sv: "Listan över verksamheter",
    en: "The list of activities",
  });
  if (
    options.verksamheter &&
    options.verksamheter.length > 0 &&
    verksamheter.length === 0
  ) {
    fail(
      "Listan över verksamheter är tom.",
      "The list of activities is empty.",
    );
  }

  const sheetName =
    options.sheetName === undefined || options.sheetName.trim() === ""
      ? null
      : checkSheetName(options.sheetName);

  return {
    kind,
    year,
    unit,
    layout,
    level: oneOf(options.level, TEMPLATE_LEVELS, "namnd", {
      sv: "nivå",
      en: "level",
    }),
    period: oneOf(options.period, TEMPLATE_PERIODS, "jan-apr", {
      sv: "period",
      en: "period",
    }),
    verksamheter,
    withVarav: Boolean(options.withVarav),
    sections: oneOf(options.sections, INVESTMENT_SECTIONS, "reinvestering", {
      sv: "avsnitt",
      en: "sections",
    }),
    rows: labelList(options.rows, {
      sv: "Listan över rader",
      en: "The list of rows",
    }),
    rowCount,
    withGender: Boolean(options.withGender),
    outcomeYears,
    targetYear,
    kollFormulas: Boolean(options.kollFormulas),
    riskScale: checkRiskScale(options.riskScale ?? RISK_SCALE_4X4),
    sheetName,
  };
}
