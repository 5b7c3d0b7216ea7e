/**
 * formula.hardcoded: a total or an avvikelse typed as a constant in a workbook that otherwise
 * computes with formulas. It is right today but will not follow when a part changes; the fix
 * writes the formula. A sheet pasted as values (no formulas at all) is not flagged cell by cell.
 */
import { Finding } from "../findings";
import { CELL_NUMBER } from "../layout/grid";
import { deviationFormula } from "./deviationMismatch";
import { acrossFix, formulaFix, totalFix } from "./fixes";
import { FINANCIAL_KINDS, Rule, RuleContext } from "./types";

function isConstant(ctx: RuleContext, row: number, col: number): boolean {
  return (
    ctx.grid.kindAt(row, col) === CELL_NUMBER && ctx.formula(row, col) === null
  );
}

export const formulaHardcoded: Rule = {
  id: "formula.hardcoded",
  severity: "info",
  title: {
    sv: "Fast tal i stället för formel",
    en: "Constant instead of a formula",
  },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    if (!ctx.grid.hasFormulas) return findings;
    for (const check of ctx.totals()) {
      if (
        (check.status !== "ok" && check.status !== "rounding") ||
        !isConstant(ctx, check.row, check.col)
      )
        continue;
      const fix = check.across ? acrossFix(ctx, check) : totalFix(ctx, check);
      if (!fix) continue;
      const formula = fix.edits[0].formula ?? "";
      findings.push(
        ctx.finding(formulaHardcoded, check.row, check.col, {
          message: `Summan är inskriven som ett fast tal. Med formeln ${formula} räknas den om när delarna ändras.`,
          messageEn: `The total is typed as a constant. With the formula ${formula} it follows when the parts change.`,
          expected: check.expected,
          actual: check.actual,
          fix,
        }),
      );
    }
    // Column by column, as the deviation columns stand in the sheet.
    for (const cells of ctx.deviations().constants) {
      for (const { row, plan, actual, value, sign } of cells) {
        const column = plan.column;
        const formula = deviationFormula(row, column, sign);
        findings.push(
          ctx.finding(formulaHardcoded, row, column.col, {
            message: `Avvikelsen är inskriven som ett fast tal. Med formeln ${formula} räknas den om när budget eller utfall ändras.`,
            messageEn: `The deviation is typed as a constant. With the formula ${formula} it follows when budget or outcome change.`,
            expected: value,
            actual,
            fix: formulaFix(ctx, row, column.col, formula),
          }),
        );
      }
    }
    return findings;
  },
};
