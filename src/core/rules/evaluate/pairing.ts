/**
 * Whether the figures confirm a column paired by position only (an Avvikelse or Förändring
 * whose header did not name its columns): at least a third of the rows that have all three
 * figures agree with the reading. An unconfirmed pairing is a guess, and no error comes from
 * a guess.
 */
import { deviationSign, deviationStyle } from "../../layout/convention";
import { ColumnInfo } from "../../layout/types";
import { FLOW_COST, FLOW_INCOME, ROW_PERCENT } from "../types";
import type { RuleContext } from "../types";
import { differencePlan, planAgrees } from "./differences";

export function pairingConfirmed(
  ctx: RuleContext,
  column: ColumnInfo,
): boolean {
  if (column.pairedBy !== "position") return true;
  if (column.from === undefined || column.to === undefined) return false;
  const { num, width, top } = ctx.grid;
  const { rows, roles, flows, length } = ctx.index;
  // The offsets and precision of the three columns, and the agreement test, are the checks'.
  const plan = differencePlan(ctx, column);
  let agree = 0;
  let total = 0;
  for (let i = 0; i < length; i += 1) {
    if (roles[i] === ROW_PERCENT) continue;
    const base = (rows[i] - top) * width;
    const v = num[base + plan.at];
    const f = num[base + plan.fromAt];
    const t = num[base + plan.toAt];
    if (v !== v || f !== f || t !== t) continue;
    let expected: number;
    if (column.role === "avvikelse") {
      const flow =
        flows[i] === FLOW_INCOME
          ? "income"
          : flows[i] === FLOW_COST
            ? "cost"
            : undefined;
      const style = deviationStyle(column, ctx.layout.signConvention);
      expected = deviationSign(style, flow, f) * (t - f);
    } else if (column.role === "forandring") {
      expected = column.direction === "fromMinusTo" ? f - t : t - f;
    } else return true;
    total += 1;
    if (planAgrees(plan, v, expected, f, t)) agree += 1;
  }
  return agree > 0 && agree * 3 >= total;
}
