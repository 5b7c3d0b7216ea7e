/**
 * The formula engine behind the preview: HyperFormula (GPLv3), configured to read and write
 * formulas in Excel's invariant language (English names, commas, "." decimals), which is what
 * Edits and snapshots carry, and with the KOLL.* custom functions registered, computed by the
 * same code Excel runs. It is only ever bundled into the preview, never into the add-in.
 */
import { ConfigParams, HyperFormula, RawCellContent } from "hyperformula";
import { registerKollFunctions } from "../kollPlugin";

/** An engine, empty or holding whole sheets at once (far faster than cell by cell). */
export function createEngine(
  sheets?: Record<string, RawCellContent[][]>,
): HyperFormula {
  registerKollFunctions();
  return sheets
    ? HyperFormula.buildFromSheets(sheets, CONFIG)
    : HyperFormula.buildEmpty(CONFIG);
}

let validator: HyperFormula | null = null;

/**
 * One empty engine kept for checking formulas before anything is built: every HyperFormula
 * instance builds its own formula parser, which costs a noticeable part of a second.
 */
export function formulaChecker(): HyperFormula {
  validator ??= createEngine();
  return validator;
}

const CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  // Excel's invariant formula language, as Office.js range.formulas uses it.
  functionArgSeparator: ",",
  decimalSeparator: ".",
  thousandSeparator: "",
  // Excel's 1900 date system; a formula pointing at a blank cell sees 0, as in Excel.
  nullDate: { year: 1899, month: 12, day: 30 },
  evaluateNullToZero: true,
  // Text is always written with a leading apostrophe, so nothing is parsed as a date.
  dateFormats: ["YYYY-MM-DD"],
  maxRows: 1048576,
  maxColumns: 16384,
};
