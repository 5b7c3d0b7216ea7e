/** The engine from src/core as the pane uses it: validation and the rules' titles. */
import { RULES } from "../core/rules";
import { ValidationResult, validateWorkbook } from "../core/validate";
import type { EngineResult, PaneEngine } from "./state/EngineContext";

/** What the pane keeps of a validation: findings per sheet (the layouts are for the engine). */
export function findingsOf(validation: ValidationResult): EngineResult {
  return {
    sheets: validation.sheets.map((s) => ({
      sheet: s.sheet,
      kind: s.kind,
      findings: s.findings,
    })),
  };
}

export const coreEngine: PaneEngine = {
  validate: (snapshot, settings, options) =>
    findingsOf(validateWorkbook(snapshot, settings, options)),
  ruleTitle: (ruleId) =>
    RULES.find((rule) => rule.id === ruleId)?.title ?? null,
};
