/**
 * Number formats in Excel's invariant codes: Excel shows them the Swedish way ("45 725",
 * "−1 741", "3,7 %") on a Swedish machine, and the same file reads right everywhere else.
 */
import { TemplateUnit } from "./types";

export function amountFormat(unit: TemplateUnit): string {
  return unit === "mnkr" ? "#,##0.0;-#,##0.0" : "#,##0;-#,##0";
}

/** Tables print percentages whole (domain.md §3); text uses one decimal. */
export const PERCENT_FORMAT = "0%";

/** Excel's width unit is characters of the default font. */
export const WIDTH = {
  label: 40,
  amount: 13,
  percent: 11,
  text: 30,
  short: 12,
} as const;
