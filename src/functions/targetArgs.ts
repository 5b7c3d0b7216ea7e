/**
 * Reading the arguments of KOLL.MÅLUPPFYLLELSE: outcomes and targets as ekonomer type them,
 * where an empty cell means "not assessed" rather than 0.
 */
import {
  Direction,
  Measured,
  Target,
  parseAmountText,
  parseDirection,
  parseTarget,
  targetFromNumber,
} from "../core/calc/targets";
import { parseSwedishNumber } from "../core/numbers";
import { isErrorValue } from "../core/workbook";
import {
  Cell,
  Out,
  isKollError,
  kollError,
  optionalNumberArg,
  textArg,
} from "./args";

/** An outcome, previous or comparison value; null when the cell holds no value ("", "-", ".."). */
export function measuredArg(
  value: Cell,
  argName: string,
): Out<Measured> | null {
  if (typeof value === "string" && !isErrorValue(value)) {
    const parsed = parseSwedishNumber(value);
    // Outcomes are also written with their unit, as targets are: "index 66", "997 per år".
    const amount = parsed.ok
      ? parsed
      : parsed.missing
        ? null
        : parseAmountText(value);
    if (amount)
      return amount.percent
        ? { value: amount.value, percent: true }
        : { value: amount.value };
  }
  const number = optionalNumberArg(value, argName);
  if (number === null || isKollError(number)) return number;
  return { value: number };
}

/** A target cell: text as written, a number as a bare level, empty as no target. */
export function targetArg(value: Cell): Out<Target> {
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? targetFromNumber(value)
      : kollError(
          CustomFunctions.ErrorCode.invalidNumber,
          "Målet är inte ett ändligt tal.",
        );
  }
  const text = textArg(value, "Mål");
  if (text === null) return { kind: "none", text: "", monitored: false };
  if (isKollError(text)) return text;
  const target = parseTarget(text);
  if (target.kind === "error")
    return kollError(CustomFunctions.ErrorCode.invalidValue, target.error);
  return target;
}

/** "högre" or "lägre" (is better); null when not given. */
export function directionArg(value: Cell): Out<Direction> | null {
  const text = textArg(value, "Riktning");
  if (text === null || isKollError(text)) return text;
  return (
    parseDirection(text) ??
    kollError(
      CustomFunctions.ErrorCode.invalidValue,
      `Riktning ska vara "högre" eller "lägre" (vilket som är bättre), inte "${text}".`,
    )
  );
}
