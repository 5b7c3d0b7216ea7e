/**
 * The Mallar form as the user edits it (text in inputs, a list in a text area) and its
 * translation into TemplateOptions, with the fields that cannot be used yet.
 */
import { RiskScale } from "../../core/riskScale";
import {
  InvestmentSections,
  MAX_ROWS,
  MAX_YEAR,
  MIN_YEAR,
  TemplateKind,
  TemplateLayout,
  TemplateLevel,
  TemplateOptions,
  TemplatePeriod,
  TemplateUnit,
  kindChoice,
} from "../../core/templates";

export interface TemplateForm {
  kind: TemplateKind;
  /** The layout chosen per kind, so that switching kinds back and forth keeps it. */
  layouts: Partial<Record<TemplateKind, TemplateLayout>>;
  level: TemplateLevel;
  period: TemplatePeriod;
  year: string;
  unit: TemplateUnit;
  rowsSource: "scb" | "own";
  withVarav: boolean;
  ownList: string;
  sections: InvestmentSections;
  rowCount: string;
  /** The user's row labels for indikatorer, internkontroll and riskanalys. */
  labelList: string;
  withGender: boolean;
  kollFormulas: boolean;
  sheetName: string;
}

export function initialForm(today: Date = new Date()): TemplateForm {
  return {
    kind: "resultatrakning",
    layouts: {},
    level: "namnd",
    period: "jan-apr",
    year: String(today.getFullYear()),
    unit: "tkr",
    rowsSource: "scb",
    withVarav: false,
    ownList: "",
    sections: "reinvestering",
    rowCount: "",
    labelList: "",
    withGender: false,
    kollFormulas: false,
    sheetName: "",
  };
}

export function layoutOf(form: TemplateForm): TemplateLayout | null {
  const layouts = kindChoice(form.kind).layouts;
  if (layouts.length === 0) return null;
  return form.layouts[form.kind] ?? layouts[0];
}

/** Which fields the chosen kind and layout use. */
export function visibleFields(form: TemplateForm) {
  const kind = form.kind;
  const layout = layoutOf(form);
  const money =
    kind === "resultatrakning" ||
    kind === "driftredovisning" ||
    kind === "investeringar";
  return {
    layout: layout !== null,
    level: kind === "resultatrakning",
    period: layout === "uppfoljning",
    unit: money || kind === "riskanalys",
    verksamheter: kind === "driftredovisning",
    sections: kind === "investeringar",
    labelList:
      kind === "indikatorer" ||
      kind === "internkontroll" ||
      kind === "riskanalys",
    rowCount:
      kind === "investeringar" ||
      ((kind === "indikatorer" ||
        kind === "internkontroll" ||
        kind === "riskanalys") &&
        lines(form.labelList).length === 0),
    gender: kind === "indikatorer",
    koll: kind === "indikatorer",
    riskScale: kind === "internkontroll",
  };
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== "");
}

export type FieldProblem =
  | { field: "year"; min: number; max: number }
  | { field: "rowCount"; max: number }
  | { field: "ownList" };

/** Whole numbers only: "2024" yes, "2024.5", "20 24" and "" no. */
function parseWhole(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text.trim()) : null;
}

export function formToOptions(
  form: TemplateForm,
  riskScale: RiskScale,
): { options: TemplateOptions; problems: FieldProblem[] } {
  const fields = visibleFields(form);
  const problems: FieldProblem[] = [];
  const year = parseWhole(form.year);
  if (year === null || year < MIN_YEAR || year > MAX_YEAR) {
    problems.push({ field: "year", min: MIN_YEAR, max: MAX_YEAR });
  }
  let rowCount: number | undefined;
  if (fields.rowCount && form.rowCount.trim() !== "") {
    const parsed = parseWhole(form.rowCount);
    if (parsed === null || parsed < 1 || parsed > MAX_ROWS)
      problems.push({ field: "rowCount", max: MAX_ROWS });
    else rowCount = parsed;
  }
  const own = fields.verksamheter && form.rowsSource === "own";
  // Keep the lines as typed: indentation marks a Varav row.
  const verksamheter = own
    ? form.ownList.split(/\r?\n/).filter((line) => line.trim() !== "")
    : undefined;
  if (own && verksamheter!.length === 0) problems.push({ field: "ownList" });

  const options: TemplateOptions = {
    kind: form.kind,
    year: year ?? 0,
    unit: form.unit,
    ...(fields.layout ? { layout: layoutOf(form)! } : {}),
    ...(fields.level ? { level: form.level } : {}),
    ...(fields.period ? { period: form.period } : {}),
    ...(own ? { verksamheter } : {}),
    ...(fields.verksamheter && !own ? { withVarav: form.withVarav } : {}),
    ...(fields.sections ? { sections: form.sections } : {}),
    ...(fields.labelList && lines(form.labelList).length > 0
      ? { rows: lines(form.labelList) }
      : {}),
    ...(rowCount !== undefined ? { rowCount } : {}),
    ...(fields.gender ? { withGender: form.withGender } : {}),
    ...(fields.koll ? { kollFormulas: form.kollFormulas } : {}),
    ...(fields.riskScale ? { riskScale } : {}),
    ...(form.sheetName.trim() !== "" ? { sheetName: form.sheetName } : {}),
  };
  return { options, problems };
}
