/**
 * percent.zero-base: a percentage is printed where its base is 0; no percentage can be
 * computed, so the cell should be blank (never 0 %).
 */
import { Finding } from "../findings";
import { shownPercent } from "./percentDescribe";
import { FINANCIAL_KINDS, Rule } from "./types";

export const percentZeroBase: Rule = {
  id: "percent.zero-base",
  severity: "error",
  title: { sv: "Procent på basen 0", en: "Percentage of a zero base" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    for (const check of ctx.percentages()) {
      if (check.status !== "zeroBase") continue;
      const baseCell =
        check.kind === "deviation" || check.base === "from"
          ? check.fromCell
          : check.toCell;
      findings.push(
        ctx.finding(percentZeroBase, check.row, check.col, {
          message:
            `Basen är 0 (${ctx.a1(baseCell.row, baseCell.col)}), så ingen procent kan beräknas; ` +
            `cellen ska vara tom, inte ${shownPercent(check)}.`,
          messageEn:
            `The base is 0 (${ctx.a1(baseCell.row, baseCell.col)}), so no percentage can be computed; ` +
            `the cell should be blank, not ${shownPercent(check)}.`,
          expected: null,
          actual: shownPercent(check),
          related: [ctx.a1(baseCell.row, baseCell.col)],
          fix: {
            label: "Töm cellen",
            labelEn: "Clear the cell",
            edits: [
              {
                op: "cell",
                sheet: ctx.sheet.name,
                row: check.row,
                col: check.col,
                value: null,
              },
            ],
          },
        }),
      );
    }
    return findings;
  },
};
