/**
 * Data validation rules between Rapportkoll's two kinds (a list of words, a whole number between
 * two bounds) and Excel's DataValidationRule.
 */
import { ValidationRule } from "../../core/workbook";

/** The rule as Rapportkoll knows it, null for none, or "other" for a rule it cannot hold. */
export function ruleFromExcel(
  type: string,
  rule: Excel.DataValidationRule,
): ValidationRule | null | "other" {
  if (type === "None") return null;
  if (type === "List" && typeof rule.list?.source === "string") {
    const source = rule.list.source.replace(/^=/, "");
    if (/^[^"!$:]*$/.test(source))
      return { type: "list", values: source.split(",").map((v) => v.trim()) };
    return "other";
  }
  if (type === "WholeNumber" && rule.wholeNumber?.operator === "Between") {
    const min = boundOf(rule.wholeNumber.formula1);
    const max = boundOf(rule.wholeNumber.formula2);
    if (min !== null && max !== null) return { type: "wholeNumber", min, max };
  }
  return "other";
}

/** A bound Excel reports as a number or as invariant text ("5", "=5"); never Swedish text. */
function boundOf(formula: unknown): number | null {
  if (typeof formula === "number") return formula;
  if (typeof formula !== "string") return null;
  const text = formula.replace(/^=/, "").trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

export function ruleToExcel(rule: ValidationRule): Excel.DataValidationRule {
  if (rule.type === "list") {
    return { list: { inCellDropDown: true, source: rule.values.join(",") } };
  }
  return {
    wholeNumber: {
      formula1: rule.min,
      formula2: rule.max,
      operator: "Between",
    },
  };
}
