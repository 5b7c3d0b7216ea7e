/** The engine from src/core as the pane uses it: validation and the rules' titles. */
import { RULES } from "../core/rules";
import { validateWorkbook } from "../core/validate";
import type { PaneEngine } from "./state/EngineContext";

export const coreEngine: PaneEngine = {
  validate: (snapshot, settings, options) =>
    validateWorkbook(snapshot, settings, options),
  ruleTitle: (ruleId) =>
    RULES.find((rule) => rule.id === ruleId)?.title ?? null,
};
