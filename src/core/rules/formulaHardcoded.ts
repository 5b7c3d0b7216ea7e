/**
 * formula.hardcoded: a total or an avvikelse typed as a constant in a workbook that otherwise
 * computes with formulas. It is right today but will not follow when a part changes; the fix
 * writes the formula. A sheet pasted as values (no formulas at all) is not flagged cell by cell.
 */
import { Finding } from "../findings";
import { CELL_NUMBER } from "../layout/grid";
import {
  deviationFormula,
  deviationPlans,
  planAgrees,
  planSign,
} from "./deviationMismatch";
import { acrossFix, formulaEdit, totalFix } from "./fixes";
import { isFormula } from "../workbook";
import { FINANCIAL_KINDS, ROW_PERCENT, Rule, RuleContext } from "./types";

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
    const { num, kind, width, top } = ctx.grid;
    const formulas = ctx.sheet.formulas;
    const { rows, roles, flows, length } = ctx.index;
    const plans = deviationPlans(ctx);
    // One pass over the rows serves every deviation column (a row's cells and formulas lie
    // together); each column keeps its own list so findings come column by column as before.
    const byPlan: Finding[][] = plans.map(() => []);
    for (let i = 0; i < length && plans.length > 0; i += 1) {
      if (roles[i] === ROW_PERCENT) continue;
      const row = rows[i];
      const base = (row - top) * width;
      let formulaRow: readonly unknown[] | undefined;
      for (let p = 0; p < plans.length; p += 1) {
        const plan = plans[p];
        if (kind[base + plan.at] !== CELL_NUMBER) continue;
        const actual = num[base + plan.at];
        const budget = num[base + plan.fromAt];
        const outcome = num[base + plan.toAt];
        if (actual !== actual || budget !== budget || outcome !== outcome)
          continue;
        const sign = planSign(plan, flows[i], budget);
        const value = sign * (outcome - budget);
        if (!planAgrees(plan, actual, value, budget, outcome)) continue;
        // Reading a formula touches a string per cell: it comes last, for the cells that
        // pass every other test.
        formulaRow ??= formulas[row - top];
        if (isFormula(formulaRow?.[plan.at])) continue;
        const column = plan.column;
        const formula = deviationFormula(row, column, sign);
        byPlan[p].push(
          ctx.finding(formulaHardcoded, row, column.col, {
            message: `Avvikelsen är inskriven som ett fast tal. Med formeln ${formula} räknas den om när budget eller utfall ändras.`,
            messageEn: `The deviation is typed as a constant. With the formula ${formula} it follows when budget or outcome change.`,
            expected: value,
            actual,
            fix: {
              label: `Skriv ${formula}`,
              labelEn: `Write ${formula}`,
              edits: [formulaEdit(ctx, row, column.col, formula)],
            },
          }),
        );
      }
    }
    for (const list of byPlan)
      for (const finding of list) findings.push(finding);
    return findings;
  },
};
