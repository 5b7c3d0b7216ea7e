/**
 * percent.missing: a percentage cell is blank although its base is not 0 (and the values do
 * not change sign), so a percentage can be computed.
 */
import { Finding } from "../findings";
import { formulaFix, percentFormula } from "./fixes";
import { describePercent } from "./percentDescribe";
import { percentText } from "./text";
import { FINANCIAL_KINDS, Rule } from "./types";

export const percentMissing: Rule = {
  id: "percent.missing",
  severity: "warning",
  title: { sv: "Procent saknas", en: "Percentage missing" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    for (const check of ctx.percentages()) {
      if (check.status !== "missing" || check.expected === null) continue;
      const what = describePercent(ctx, check);
      const formula = percentFormula(check);
      const expectedText = percentText(check.expected, check.decimals);
      findings.push(
        ctx.finding(percentMissing, check.row, check.col, {
          message: `Procent saknas: ${what.sv} är ${expectedText}.`,
          messageEn: `Percentage missing: ${what.en} is ${expectedText}.`,
          expected: expectedText,
          actual: null,
          related: [
            ctx.a1(check.fromCell.row, check.fromCell.col),
            ctx.a1(check.toCell.row, check.toCell.col),
          ],
          fix: formulaFix(ctx, check.row, check.col, formula, !check.points),
        }),
      );
    }
    return findings;
  },
};
