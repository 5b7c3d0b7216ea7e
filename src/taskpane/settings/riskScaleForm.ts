/**
 * The custom risk scale as the editor changes it: one immutable step at a time (a label, a
 * level, a cell), and what is still wrong with it, field by field, so every input can say so
 * in the user's language. parseRiskScale in core has the last word when it is saved.
 */
import { MAX_RISK_LEVELS, RiskScale, cloneScale } from "../../core/riskScale";

export type ScaleProblem =
  | {
      field: "likelihood" | "consequence";
      index: number;
      code: "empty" | "duplicate";
    }
  | { field: "levelName"; index: number; code: "empty" | "duplicate" }
  | { field: "levelColor"; index: number; code: "color" };

const COLOR = /^#[0-9A-Fa-f]{6}$/;

function labelProblems(
  labels: readonly string[],
  field: "likelihood" | "consequence",
): ScaleProblem[] {
  const problems: ScaleProblem[] = [];
  const seen = new Set<string>();
  labels.forEach((label, index) => {
    const key = label.trim().toLowerCase();
    if (key === "") problems.push({ field, index, code: "empty" });
    else if (seen.has(key)) problems.push({ field, index, code: "duplicate" });
    seen.add(key);
  });
  return problems;
}

/** Everything the user still has to put right, in the order the form shows it. */
export function scaleProblems(scale: RiskScale): ScaleProblem[] {
  const problems = [
    ...labelProblems(scale.likelihoodLabels, "likelihood"),
    ...labelProblems(scale.consequenceLabels, "consequence"),
  ];
  const seen = new Set<string>();
  scale.levels.forEach((level, index) => {
    const key = level.name.trim().toLowerCase();
    if (key === "") problems.push({ field: "levelName", index, code: "empty" });
    else if (seen.has(key))
      problems.push({ field: "levelName", index, code: "duplicate" });
    seen.add(key);
    if (!COLOR.test(level.color.trim()))
      problems.push({ field: "levelColor", index, code: "color" });
  });
  return problems;
}

export function setLabel(
  scale: RiskScale,
  axis: "likelihood" | "consequence",
  index: number,
  label: string,
): RiskScale {
  const next = cloneScale(scale);
  (axis === "likelihood" ? next.likelihoodLabels : next.consequenceLabels)[
    index
  ] = label;
  return next;
}

export function setLevel(
  scale: RiskScale,
  index: number,
  patch: Partial<{ name: string; nameEn: string; color: string }>,
): RiskScale {
  const next = cloneScale(scale);
  next.levels[index] = { ...next.levels[index], ...patch };
  return next;
}

/** A new highest level, grey until the user gives it a colour. */
export function addLevel(scale: RiskScale): RiskScale {
  if (scale.levels.length >= MAX_RISK_LEVELS) return scale;
  const next = cloneScale(scale);
  const n = next.levels.length + 1;
  next.levels.push({
    name: `Nivå ${n}`,
    nameEn: `Level ${n}`,
    color: "#D9D9D9",
  });
  return next;
}

/** Removes a level; its cells take the level below it (or the new lowest). */
export function removeLevel(scale: RiskScale, index: number): RiskScale {
  if (scale.levels.length <= 1) return scale;
  const next = cloneScale(scale);
  next.levels.splice(index, 1);
  next.cellLevels = next.cellLevels.map((row) =>
    row.map((level) =>
      level < index
        ? level
        : level === index
          ? Math.max(0, index - 1)
          : level - 1,
    ),
  );
  return next;
}

export function setCellLevel(
  scale: RiskScale,
  likelihood: number,
  consequence: number,
  level: number,
): RiskScale {
  const next = cloneScale(scale);
  next.cellLevels[likelihood - 1][consequence - 1] = level;
  return next;
}

/** The scale as it will be stored: labels and names trimmed, colours in upper case. */
export function tidyScale(scale: RiskScale): RiskScale {
  const next = cloneScale(scale);
  next.id = "custom";
  next.likelihoodLabels = next.likelihoodLabels.map((l) => l.trim());
  next.consequenceLabels = next.consequenceLabels.map((l) => l.trim());
  next.levels = next.levels.map((l) => ({
    name: l.name.trim(),
    nameEn: l.nameEn.trim() === "" ? l.name.trim() : l.nameEn.trim(),
    color: l.color.trim().toUpperCase(),
  }));
  return next;
}
