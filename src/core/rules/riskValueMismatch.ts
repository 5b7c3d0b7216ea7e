/**
 * risk.value: a riskvärde that is not sannolikhet × konsekvens, or that is missing beside
 * both steps. The fix writes the product as a formula (=C5*D5), so it stays right when a step
 * is changed later.
 */
import { riskValue } from "../calc/risk";
import { Finding } from "../findings";
import { CELL_BLANK, CELL_MISSING } from "../layout/grid";
import { toA1 } from "../workbook";
import { formulaFix } from "./fixes";
import {
  RISK_KINDS,
  cellWords,
  numberAt,
  riskSheet,
  stageWords,
  stepText,
} from "./riskSheet";
import { Rule } from "./types";

export const riskValueMismatch: Rule = {
  id: "risk.value",
  severity: "error",
  title: {
    sv: "Riskvärdet är inte sannolikhet × konsekvens",
    en: "Risk value is not likelihood × consequence",
  },
  appliesTo: RISK_KINDS,
  check(ctx) {
    const sheet = riskSheet(ctx);
    if (!sheet) return [];
    const findings: Finding[] = [];
    for (const assessment of sheet.table.assessments) {
      const col = assessment.value;
      if (col === undefined) continue;
      const stage = stageWords(assessment);
      for (const row of sheet.table.riskRows) {
        const s = numberAt(ctx, row, assessment.likelihood);
        const k = numberAt(ctx, row, assessment.consequence);
        if (s === null || k === null) continue;
        const expected = riskValue(s, k);
        const actual = numberAt(ctx, row, col);
        if (actual !== null && Math.abs(actual - expected) < 1e-9) continue;
        const formula = `=${toA1(row, assessment.likelihood)}*${toA1(row, assessment.consequence)}`;
        const product = `${stepText(s)} × ${stepText(k)} = ${stepText(expected)}`;
        const kind = ctx.grid.kindAt(row, col);
        const words = cellWords(ctx, row, col);
        let sv: string;
        let en: string;
        if (actual !== null) {
          sv = `Riskvärdet${stage.sv} är ${stepText(actual)}, men sannolikhet × konsekvens är ${product}.`;
          en = `The risk value${stage.en} is ${stepText(actual)}, but likelihood × consequence is ${product}.`;
        } else if (kind === CELL_BLANK || kind === CELL_MISSING) {
          sv = `Riskvärdet${stage.sv} saknas; sannolikhet × konsekvens är ${product}.`;
          en = `The risk value${stage.en} is missing; likelihood × consequence is ${product}.`;
        } else {
          sv = `Riskvärdet${stage.sv} är "${words}", inte ett tal; sannolikhet × konsekvens är ${product}.`;
          en = `The risk value${stage.en} is "${words}", not a number; likelihood × consequence is ${product}.`;
        }
        findings.push(
          ctx.finding(riskValueMismatch, row, col, {
            message: sv,
            messageEn: en,
            expected,
            actual: actual ?? (words === "" ? null : words),
            related: [
              ctx.a1(row, assessment.likelihood),
              ctx.a1(row, assessment.consequence),
            ],
            fix: formulaFix(ctx, row, col, formula),
          }),
        );
      }
    }
    return findings;
  },
};
