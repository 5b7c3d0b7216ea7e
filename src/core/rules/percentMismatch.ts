/**
 * percent.mismatch: a percentage is not the change over its base, compared at the cell's own
 * rounding (a "0%" cell showing 35 % is right for 0,3518); or a percentage is printed where
 * the values change sign, where no percentage means anything.
 */
import { Finding } from "../findings";
import { formulaFix, percentFormula } from "./fixes";
import { describePercent, shownPercent } from "./percentDescribe";
import { percentText } from "./text";
import { FINANCIAL_KINDS, Rule } from "./types";

export const percentMismatch: Rule = {
  id: "percent.mismatch",
  severity: "error",
  title: { sv: "Procenten stämmer inte", en: "Percentage is wrong" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    for (const check of ctx.percentages()) {
      const related = [
        ctx.a1(check.fromCell.row, check.fromCell.col),
        ctx.a1(check.toCell.row, check.toCell.col),
      ];
      if (check.status === "signChange") {
        findings.push(
          ctx.finding(percentMismatch, check.row, check.col, {
            message:
              `Värdena byter tecken (${ctx.fmt(check.from, check.fromCell.col)} → ${ctx.fmt(check.to, check.toCell.col)}); ` +
              `en procentuell förändring blir då missvisande. Lämna cellen tom i stället för ${shownPercent(check)}.`,
            messageEn:
              `The values change sign (${ctx.fmt(check.from, check.fromCell.col)} → ${ctx.fmt(check.to, check.toCell.col)}); ` +
              `a percentage change is misleading then. Leave the cell blank instead of ${shownPercent(check)}.`,
            expected: null,
            actual: shownPercent(check),
            related,
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
        continue;
      }
      if (check.status !== "mismatch" || check.expected === null) continue;
      const what = describePercent(ctx, check);
      const expectedText = percentText(check.expected, check.decimals);
      const formula = percentFormula(check);
      findings.push(
        ctx.finding(percentMismatch, check.row, check.col, {
          message: `Procenten ska vara ${expectedText} (${what.sv}) men cellen visar ${shownPercent(check)}.`,
          messageEn: `The percentage should be ${expectedText} (${what.en}) but the cell shows ${shownPercent(check)}.`,
          expected: expectedText,
          actual: shownPercent(check),
          related,
          fix: formulaFix(ctx, check.row, check.col, formula, !check.points),
        }),
      );
    }
    return findings;
  },
};
