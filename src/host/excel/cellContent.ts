/**
 * What goes into `range.formulas` so that Excel keeps exactly the content meant. Excel reads
 * that input as if it were typed: "=…" becomes a formula, "45 725" may become a number, "jan-21"
 * a date, "SANT" a boolean. Text is therefore written behind an apostrophe whenever Excel could
 * take it for anything but text; the apostrophe is not part of the value (it is Excel's
 * quote prefix).
 */
import { CellEdit, CellValue, isFormula } from "../../core/workbook";

/** Words Excel takes for booleans in English and Swedish. */
const BOOLEAN_WORDS = new Set(["true", "false", "sant", "falskt"]);

/** Text that starts with a letter and has no digit cannot be a number, date, time or formula. */
const PLAIN_TEXT = /^\p{L}[^\d]*$/u;

/** True when text written as it is could be read by Excel as something other than text. */
export function needsQuotePrefix(text: string): boolean {
  if (text === "") return false;
  if (BOOLEAN_WORDS.has(text.trim().toLowerCase())) return true;
  return !PLAIN_TEXT.test(text);
}

/** The input that stores `text` as text. */
export function textInput(text: string): string {
  return needsQuotePrefix(text) ? `'${text}` : text;
}

/** A formulas-array entry for an edit's content, or undefined when the edit leaves it alone. */
export function contentInput(
  edit: CellEdit,
): string | number | boolean | undefined {
  if (edit.formula !== undefined) return edit.formula;
  if (edit.value === undefined) return undefined;
  if (edit.value === null) return "";
  return typeof edit.value === "string" ? textInput(edit.value) : edit.value;
}

/**
 * The input that puts a cell's content back, from what Office.js reports: `formulas` gives the
 * formula or the constant, but drops the quote prefix (office-js issue 6687), so text that reads
 * "=…" is told from a formula by its value being the very same text.
 */
export function priorContent(value: CellValue, formula: CellValue): CellValue {
  if (typeof formula !== "string") return formula;
  if (formula === "") return "";
  if (isFormula(formula) && value !== formula) return formula;
  return textInput(formula);
}
