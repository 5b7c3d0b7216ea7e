/**
 * Mallar: the standard sheets, ready to fill. buildTemplate turns plain options into the
 * Edits of one batch — a new sheet, its kind recorded, title, headers, row labels, formulas,
 * number formats, widths and frozen panes — which any port applies and can undo.
 */
import { SheetBuilder } from "./builder";
import { kindChoice } from "./catalog";
import { buildDriftredovisning } from "./driftredovisning";
import { buildIndikatorer } from "./indikatorer";
import { buildInternkontroll } from "./internkontroll";
import { buildInvesteringar } from "./investeringar";
import { ResolvedOptions, resolveOptions } from "./options";
import { buildResultatrakning } from "./resultatrakning";
import { buildRiskanalys } from "./riskanalys";
import { uniqueSheetName } from "./sheetName";
import {
  TemplateInput,
  TemplateKind,
  TemplateOptions,
  TemplateResult,
  TemplateSummary,
} from "./types";

export * from "./types";
export * from "./catalog";
export {
  TemplateOptionsError,
  resolveOptions,
  defaultRowCount,
  MIN_YEAR,
  MAX_YEAR,
  MAX_ROWS,
} from "./options";
export { uniqueSheetName } from "./sheetName";
export { parseVerksamheter, SCB_VERKSAMHETER } from "./driftredovisning";
export { ACTION_STATUSES } from "./internkontroll";
export { ATTAINMENT_VALUES } from "./indikatorer";
export { INCOME_NOTE } from "./investeringar";

type Builder = (
  builder: SheetBuilder,
  options: ResolvedOptions,
) => { inputs: TemplateInput[]; summary: TemplateSummary };

const BUILDERS: Record<TemplateKind, Builder> = {
  resultatrakning: buildResultatrakning,
  driftredovisning: buildDriftredovisning,
  investeringar: buildInvesteringar,
  indikatorer: buildIndikatorer,
  internkontroll: buildInternkontroll,
  riskanalys: buildRiskanalys,
};

/**
 * The Edits that create the sheet. The name is the chosen one (or the kind's) made unique
 * among `existingSheetNames`. Throws TemplateOptionsError (Swedish message, English
 * messageEn) when the options cannot make a sheet.
 */
export function buildTemplate(
  options: TemplateOptions,
  existingSheetNames: readonly string[],
): TemplateResult {
  const resolved = resolveOptions(options);
  const sheetName = uniqueSheetName(
    resolved.sheetName ?? kindChoice(resolved.kind).sheetName,
    existingSheetNames,
  );
  const builder = new SheetBuilder(sheetName);
  const { inputs, summary } = BUILDERS[resolved.kind](builder, resolved);
  return {
    sheetName,
    kind: resolved.kind,
    edits: [
      { op: "addSheet", sheet: sheetName, activate: true },
      { op: "recordKind", sheet: sheetName, kind: resolved.kind },
      ...builder.edits(),
    ],
    inputs,
    summary,
  };
}
