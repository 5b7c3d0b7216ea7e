/**
 * risk.scale: a sannolikhet or konsekvens that is not a whole step of the scale (5 on a 4×4
 * scale, 2,5, "Hög"), or missing while the rest of the risk is assessed. The riskvärde and
 * the level of such a risk mean nothing until it is put right, and only the author knows the
 * right step, so there is no fix.
 */
import { riskStepProblem } from "../calc/risk";
import { Finding } from "../findings";
import {
  CELL_BLANK,
  CELL_MISSING,
  CELL_NUMBER,
  CELL_TEXT_NUMBER,
} from "../layout/grid";
import { RiskAssessmentColumns } from "../layout/riskTable";
import { RiskScale } from "../riskScale";
import {
  RISK_KINDS,
  StageWords,
  cellWords,
  riskSheet,
  scaleRange,
  stageWords,
  stepText,
} from "./riskSheet";
import { Rule, RuleContext } from "./types";

const AXES = {
  likelihood: { sv: "Sannolikheten", en: "The likelihood" },
  consequence: { sv: "Konsekvensen", en: "The consequence" },
} as const;

type Axis = keyof typeof AXES;

function hasStep(ctx: RuleContext, row: number, col: number): boolean {
  const kind = ctx.grid.kindAt(row, col);
  return kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER;
}

function isEmpty(
  ctx: RuleContext,
  row: number,
  col: number | undefined,
): boolean {
  if (col === undefined) return true;
  const kind = ctx.grid.kindAt(row, col);
  return kind === CELL_BLANK || kind === CELL_MISSING;
}

/** A hint when the steps look like another preset: 5 on a 4×4 scale. */
function otherScaleHint(scale: RiskScale, value: number): StageWords {
  if (scale.id === "4x4" && value === 5)
    return {
      sv: " Används skalan 5×5 i planen? Välj den under Inställningar.",
      en: " Does the plan use the 5×5 scale? Choose it under Settings.",
    };
  return { sv: "", en: "" };
}

function checkStep(
  ctx: RuleContext,
  scale: RiskScale,
  assessment: RiskAssessmentColumns,
  row: number,
  axis: Axis,
): Finding | null {
  const col = assessment[axis];
  const stage = stageWords(assessment);
  const name = AXES[axis];
  const range = scaleRange(scale);
  if (hasStep(ctx, row, col)) {
    const value = ctx.number(row, col) as number;
    const problem = riskStepProblem(value, scale.size);
    if (problem === null) return null;
    const shown = stepText(value);
    const hint = otherScaleHint(scale, value);
    const what =
      problem === "notInteger"
        ? {
            sv: `är ${shown}, inte ett heltal`,
            en: `is ${shown}, not a whole number`,
          }
        : {
            sv: `är ${shown}, utanför skalan`,
            en: `is ${shown}, outside the scale`,
          };
    return ctx.finding(riskOffScale, row, col, {
      message: `${name.sv}${stage.sv} ${what.sv} ${range}.${hint.sv}`,
      messageEn: `${name.en}${stage.en} ${what.en} ${range}.${hint.en}`,
      expected: range,
      actual: value,
    });
  }
  const words = cellWords(ctx, row, col);
  if (words !== "" && ctx.grid.kindAt(row, col) !== CELL_MISSING) {
    return ctx.finding(riskOffScale, row, col, {
      message: `${name.sv}${stage.sv} är "${words}", inte ett steg på skalan ${range}.`,
      messageEn: `${name.en}${stage.en} is "${words}", not a step on the scale ${range}.`,
      expected: range,
      actual: words,
    });
  }
  return null;
}

/** A risk assessed in part: one step missing while the other step, the value or the level is there. */
function checkMissing(
  ctx: RuleContext,
  scale: RiskScale,
  assessment: RiskAssessmentColumns,
  row: number,
): Finding[] {
  const sEmpty = isEmpty(ctx, row, assessment.likelihood);
  const kEmpty = isEmpty(ctx, row, assessment.consequence);
  if (!sEmpty && !kEmpty) return [];
  const rest =
    !isEmpty(ctx, row, assessment.value) ||
    !isEmpty(ctx, row, assessment.level);
  if (sEmpty && kEmpty && !rest) return [];
  const stage = stageWords(assessment);
  const findings: Finding[] = [];
  for (const axis of ["likelihood", "consequence"] as const) {
    const col = assessment[axis];
    if (!isEmpty(ctx, row, col)) continue;
    findings.push(
      ctx.finding(riskOffScale, row, col, {
        message: `${AXES[axis].sv}${stage.sv} saknas, så risken kan inte värderas (skala ${scaleRange(scale)}).`,
        messageEn: `${AXES[axis].en}${stage.en} is missing, so the risk cannot be valued (scale ${scaleRange(scale)}).`,
        expected: scaleRange(scale),
        actual: null,
      }),
    );
  }
  return findings;
}

export const riskOffScale: Rule = {
  id: "risk.scale",
  severity: "error",
  title: {
    sv: "Sannolikhet eller konsekvens utanför skalan",
    en: "Likelihood or consequence off the scale",
  },
  appliesTo: RISK_KINDS,
  check(ctx) {
    const sheet = riskSheet(ctx);
    if (!sheet) return [];
    const findings: Finding[] = [];
    for (const row of sheet.table.riskRows) {
      for (const assessment of sheet.table.assessments) {
        for (const axis of ["likelihood", "consequence"] as const) {
          const finding = checkStep(ctx, sheet.scale, assessment, row, axis);
          if (finding) findings.push(finding);
        }
        findings.push(...checkMissing(ctx, sheet.scale, assessment, row));
      }
    }
    return findings;
  },
};
