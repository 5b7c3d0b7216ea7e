/**
 * risk.level: a risknivå that is not the scale's level for the risk's (sannolikhet,
 * konsekvens) cell, or that is missing beside both steps. The level comes from the cell of
 * the scale, not from the product, so a scale that colours by cell is honoured. The fix
 * writes the right label.
 */
import { Finding } from "../findings";
import { CELL_BLANK, CELL_MISSING } from "../layout/grid";
import { levelIndexByName, riskLevelOf } from "../riskScale";
import {
  RISK_KINDS,
  cellWords,
  numberAt,
  riskSheet,
  scaleName,
  stageWords,
  stepText,
} from "./riskSheet";
import { Rule } from "./types";

export const riskLevelMismatch: Rule = {
  id: "risk.level",
  severity: "warning",
  title: {
    sv: "Risknivån stämmer inte med skalan",
    en: "Risk level does not match the scale",
  },
  appliesTo: RISK_KINDS,
  check(ctx) {
    const sheet = riskSheet(ctx);
    if (!sheet) return [];
    const { scale } = sheet;
    const named = scaleName(sheet);
    const findings: Finding[] = [];
    for (const assessment of sheet.table.assessments) {
      const col = assessment.level;
      if (col === undefined) continue;
      const stage = stageWords(assessment);
      for (const row of sheet.table.riskRows) {
        const s = numberAt(ctx, row, assessment.likelihood);
        const k = numberAt(ctx, row, assessment.consequence);
        if (s === null || k === null) continue;
        const level = riskLevelOf(scale, s, k);
        // Steps off the scale are risk.scale's to report; no level can be judged.
        if (!level) continue;
        // A level computed from a wrong riskvärde comes right when risk.value's fix is taken.
        if (ctx.formula(row, col) && assessment.value !== undefined) {
          const value = numberAt(ctx, row, assessment.value);
          if (value !== s * k) continue;
        }
        const kind = ctx.grid.kindAt(row, col);
        const number = numberAt(ctx, row, col);
        const words =
          number !== null ? stepText(number) : cellWords(ctx, row, col);
        if (
          number === null &&
          levelIndexByName(scale, words) === scale.levels.indexOf(level)
        )
          continue;
        const cell = `sannolikhet ${stepText(s)}, konsekvens ${stepText(k)}`;
        const cellEn = `likelihood ${stepText(s)}, consequence ${stepText(k)}`;
        const missing = kind === CELL_BLANK || kind === CELL_MISSING;
        const sv = missing
          ? `Risknivån${stage.sv} saknas; ${cell} är "${level.name}" på ${named.sv}.`
          : `Risknivån${stage.sv} är "${words}", men ${cell} är "${level.name}" på ${named.sv}.`;
        const en = missing
          ? `The risk level${stage.en} is missing; ${cellEn} is "${level.nameEn}" on ${named.en}.`
          : `The risk level${stage.en} is "${words}", but ${cellEn} is "${level.nameEn}" on ${named.en}.`;
        const formula = ctx.formula(row, col);
        const replaces = formula
          ? {
              sv: ` (ersätter formeln ${formula})`,
              en: ` (replaces the formula ${formula})`,
            }
          : { sv: "", en: "" };
        findings.push(
          ctx.finding(riskLevelMismatch, row, col, {
            message: sv,
            messageEn: en,
            expected: level.name,
            actual: missing ? null : words,
            related: [
              ctx.a1(row, assessment.likelihood),
              ctx.a1(row, assessment.consequence),
            ],
            fix: {
              label: `Skriv "${level.name}"${replaces.sv}`,
              labelEn: `Write "${level.name}"${replaces.en}`,
              edits: [
                {
                  op: "cell",
                  sheet: ctx.sheet.name,
                  row,
                  col,
                  value: level.name,
                },
              ],
            },
          }),
        );
      }
    }
    return findings;
  },
};
