/** Validating indicator sheets in tests: findings of the indicator rules, one sheet at a time. */
import { Finding } from "../../../src/core/findings";
import { INDICATOR_RULES } from "../../../src/core/rules/indicators";
import { DEFAULT_SETTINGS, Settings } from "../../../src/core/settings";
import { validateWorkbook } from "../../../src/core/validate";
import { SheetSnapshot } from "../../../src/core/workbook";
import { Cell, indicatorSheet } from "../../fixtures/indicators";

export function findingsOf(
  sheet: SheetSnapshot,
  settings: Partial<Settings> = {},
): Finding[] {
  const result = validateWorkbook(
    { sheets: [sheet] },
    { ...DEFAULT_SETTINGS, ...settings },
  );
  return result.sheets.flatMap((s) => s.findings);
}

export function findingsOfRows(
  name: string,
  rows: Cell[][],
  settings: Partial<Settings> = {},
): Finding[] {
  return findingsOf(indicatorSheet(name, rows), settings);
}

export function ofRule(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

export const INDICATOR_RULE_IDS = INDICATOR_RULES.map((r) => r.id);
