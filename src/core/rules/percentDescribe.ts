/**
 * How the percentage rules describe a percentage: what it is computed from, in both languages.
 */
import { PercentCheck } from "./evaluate/percentages";
import { percentText } from "./text";
import { RuleContext } from "./types";

export function describePercent(
  ctx: RuleContext,
  check: PercentCheck,
): { sv: string; en: string } {
  const from = ctx.fmt(check.from, check.fromCell.col);
  const to = ctx.fmt(check.to, check.toCell.col);
  if (check.kind === "deviation") {
    return {
      sv: `avvikelsen mellan ${from} (budget) och ${to} i förhållande till budgeten`,
      en: `the deviation between ${from} (budget) and ${to} relative to the budget`,
    };
  }
  return check.base === "from"
    ? {
        sv: `förändringen från ${from} till ${to} i förhållande till det gamla värdet`,
        en: `the change from ${from} to ${to} relative to the old value`,
      }
    : {
        sv: `förändringen från ${from} till ${to} i förhållande till det nya värdet`,
        en: `the change from ${from} to ${to} relative to the new value`,
      };
}

/** The stored percentage as the cell shows it. */
export function shownPercent(check: PercentCheck): string {
  if (check.stored === null) return "";
  return percentText(
    check.points ? check.stored / 100 : check.stored,
    check.decimals,
  );
}
