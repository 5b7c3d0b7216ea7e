/**
 * What a person types into a cell, as Swedish Excel would take it: "=…" a formula (in the
 * invariant language the preview computes in: =SUM(B3:B9)), "1 234,5" or "−1 741" a number,
 * "3,7 %" a percentage, SANT/FALSKT a truth value, a leading apostrophe forces text, anything
 * else is text. Returns the parts of a CellEdit, or a Swedish reason the input cannot be used.
 */
import { parseSwedishNumber } from "../core/numbers";
import { CellEdit } from "../core/workbook";

export type TypedInput =
  | { ok: true; edit: Pick<CellEdit, "formula" | "value" | "numberFormat"> }
  | { ok: false; reason: string; reasonEn: string };

export function parseInput(
  text: string,
  currentFormat: string,
  validFormula: (formula: string) => boolean,
): TypedInput {
  if (text === "") return { ok: true, edit: { value: null } };
  if (text.startsWith("'")) return { ok: true, edit: { value: text.slice(1) } };
  if (text.startsWith("=") && text.length > 1) {
    if (!validFormula(text))
      return {
        ok: false,
        reason: `Formeln ${text} kan inte tolkas. Skriv formler som i Office.js: engelska namn och kommatecken, t.ex. =SUM(B3:B9).`,
        reasonEn: `The formula ${text} cannot be read. Write formulas with English names and commas, e.g. =SUM(B3:B9).`,
      };
    return { ok: true, edit: { formula: text } };
  }
  const upper = text.trim().toUpperCase();
  if (upper === "SANT" || upper === "TRUE")
    return { ok: true, edit: { value: true } };
  if (upper === "FALSKT" || upper === "FALSE")
    return { ok: true, edit: { value: false } };
  const parsed = parseSwedishNumber(text);
  if (parsed.ok && !parsed.unit) {
    // 3,7 % is 3.7 / 100 = 0.037000000000000005; Excel keeps fifteen digits and so 0.037.
    const value = Number(parsed.value.toPrecision(15));
    if (parsed.percent && !currentFormat.includes("%"))
      return {
        ok: true,
        edit: { value, numberFormat: parsed.decimals ? "0.0%" : "0%" },
      };
    return { ok: true, edit: { value } };
  }
  return { ok: true, edit: { value: text } };
}
