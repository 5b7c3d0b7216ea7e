/**
 * Risk scales for internal control (domain.md §6): labels for both axes, named levels with
 * traffic-light colours, and a level for every (sannolikhet, konsekvens) cell, so that an
 * organisation may colour by cell rather than by product.
 */

export interface RiskLevel {
  /** Swedish name shown on the sheet ("Låg", "Medel", "Hög", "Mycket hög"). */
  name: string;
  /** English name for the English UI. */
  nameEn: string;
  /** Fill colour "#RRGGBB". */
  color: string;
}

export interface RiskScale {
  id: "4x4" | "5x5" | "custom";
  /** Number of steps on each axis (3–6). */
  size: number;
  /** Sannolikhet labels, index 0 = step 1. */
  likelihoodLabels: string[];
  /** Konsekvens labels, index 0 = step 1. */
  consequenceLabels: string[];
  /** Levels from lowest to highest. */
  levels: RiskLevel[];
  /** cellLevels[s - 1][k - 1] = index into `levels` for sannolikhet s and konsekvens k. */
  cellLevels: number[][];
}

const GREEN = "#63BE7B";
const YELLOW = "#FFEB84";
const ORANGE = "#F8A262";
const RED = "#F8696B";

const STANDARD_LEVELS: RiskLevel[] = [
  { name: "Låg", nameEn: "Low", color: GREEN },
  { name: "Medel", nameEn: "Medium", color: YELLOW },
  { name: "Hög", nameEn: "High", color: ORANGE },
  { name: "Mycket hög", nameEn: "Very high", color: RED },
];

/** Builds the cell table of a scale whose level depends only on the product S × K. */
function levelsByProduct(
  size: number,
  levelOfProduct: (product: number) => number,
): number[][] {
  return Array.from({ length: size }, (_, s) =>
    Array.from({ length: size }, (_, k) => levelOfProduct((s + 1) * (k + 1))),
  );
}

export const RISK_SCALE_4X4: RiskScale = {
  id: "4x4",
  size: 4,
  likelihoodLabels: ["Osannolik", "Mindre sannolik", "Möjlig", "Sannolik"],
  consequenceLabels: ["Försumbar", "Lindrig", "Kännbar", "Allvarlig"],
  levels: STANDARD_LEVELS,
  // 1–3 Låg, 4–6 Medel, 8–9 Hög, 12–16 Mycket hög.
  cellLevels: levelsByProduct(4, (p) =>
    p <= 3 ? 0 : p <= 6 ? 1 : p <= 9 ? 2 : 3,
  ),
};

export const RISK_SCALE_5X5: RiskScale = {
  id: "5x5",
  size: 5,
  likelihoodLabels: [
    "Osannolik",
    "Mindre sannolik",
    "Möjlig",
    "Sannolik",
    "Mycket sannolik",
  ],
  consequenceLabels: [
    "Obetydlig",
    "Lindrig",
    "Kännbar",
    "Allvarlig",
    "Mycket allvarlig",
  ],
  levels: STANDARD_LEVELS,
  // 1–4 Låg, 5–9 Medel, 10–16 Hög, 20–25 Mycket hög.
  cellLevels: levelsByProduct(5, (p) =>
    p <= 4 ? 0 : p <= 9 ? 1 : p <= 16 ? 2 : 3,
  ),
};

export const RISK_SCALE_PRESETS: Record<"4x4" | "5x5", RiskScale> = {
  "4x4": RISK_SCALE_4X4,
  "5x5": RISK_SCALE_5X5,
};

/** The level of a risk on a scale, or null when S or K is off the scale. */
export function riskLevelOf(
  scale: RiskScale,
  likelihood: number,
  consequence: number,
): RiskLevel | null {
  if (!Number.isInteger(likelihood) || !Number.isInteger(consequence))
    return null;
  if (
    likelihood < 1 ||
    likelihood > scale.size ||
    consequence < 1 ||
    consequence > scale.size
  )
    return null;
  return (
    scale.levels[scale.cellLevels[likelihood - 1][consequence - 1]] ?? null
  );
}

/** Custom scales: fewer steps than 3 say nothing, more than 6 nobody can tell apart. */
export const CUSTOM_SCALE_MIN_SIZE = 3;
export const CUSTOM_SCALE_MAX_SIZE = 6;
/** More levels than this cannot be told apart by colour. */
export const MAX_RISK_LEVELS = 6;

const COLOR = /^#[0-9A-Fa-f]{6}$/;

export type RiskScaleParse =
  { ok: true; scale: RiskScale } | { ok: false; reason: string };

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason: `Den egna riskskalan: ${reason}` };
}

function labelsOf(
  value: unknown,
  size: number,
  axis: string,
): string[] | string {
  if (!Array.isArray(value) || value.length !== size)
    return `${axis} måste ha en etikett för vart och ett av de ${size} stegen.`;
  const labels: string[] = [];
  for (let i = 0; i < size; i += 1) {
    const label = value[i];
    if (typeof label !== "string" || label.trim() === "")
      return `${axis} steg ${i + 1} saknar etikett.`;
    labels.push(label.trim());
  }
  const seen = new Set<string>();
  for (const [i, label] of labels.entries()) {
    const key = label.toLowerCase();
    if (seen.has(key))
      return `${axis} steg ${i + 1} har samma etikett som ett annat steg ("${label}").`;
    seen.add(key);
  }
  return labels;
}

function levelsOf(value: unknown): RiskLevel[] | string {
  if (!Array.isArray(value) || value.length === 0)
    return "den måste ha minst en risknivå med namn och färg.";
  if (value.length > MAX_RISK_LEVELS)
    return `den får ha högst ${MAX_RISK_LEVELS} risknivåer.`;
  const levels: RiskLevel[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of value.entries()) {
    const n = i + 1;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      return `risknivå ${n} måste ha namn och färg.`;
    const level = raw as Record<string, unknown>;
    if (typeof level.name !== "string" || level.name.trim() === "")
      return `risknivå ${n} saknar namn.`;
    const name = level.name.trim();
    if (seen.has(name.toLowerCase())) return `två risknivåer heter "${name}".`;
    seen.add(name.toLowerCase());
    const nameEn =
      typeof level.nameEn === "string" && level.nameEn.trim() !== ""
        ? level.nameEn.trim()
        : name;
    if (level.nameEn !== undefined && typeof level.nameEn !== "string")
      return `risknivå ${n} ("${name}") har ett engelskt namn som inte är text.`;
    if (typeof level.color !== "string" || !COLOR.test(level.color.trim()))
      return `risknivå ${n} ("${name}") måste ha en färg skriven #RRGGBB, till exempel #63BE7B.`;
    levels.push({ name, nameEn, color: level.color.trim().toUpperCase() });
  }
  return levels;
}

function cellLevelsOf(
  value: unknown,
  size: number,
  levelCount: number,
): number[][] | string {
  const shape = `nivåtabellen måste ha ${size} × ${size} rutor, en nivå för varje sannolikhet och konsekvens.`;
  if (!Array.isArray(value) || value.length !== size) return shape;
  const table: number[][] = [];
  for (let s = 0; s < size; s += 1) {
    const row: unknown = value[s];
    if (!Array.isArray(row) || row.length !== size) return shape;
    const levels: number[] = [];
    for (let k = 0; k < size; k += 1) {
      const level: unknown = row[k];
      if (
        typeof level !== "number" ||
        !Number.isInteger(level) ||
        level < 0 ||
        level >= levelCount
      )
        return `rutan sannolikhet ${s + 1}, konsekvens ${k + 1} saknar en av de ${levelCount} nivåerna.`;
      levels.push(level);
    }
    table.push(levels);
  }
  return table;
}

/**
 * Reads a custom scale as stored in the settings: 3–6 steps, a label for every step of both
 * axes, 1–6 named levels with colours "#RRGGBB", and a level for every (sannolikhet,
 * konsekvens) cell. What is wrong is said in Swedish, naming the step, level or cell.
 */
export function parseRiskScale(raw: unknown): RiskScaleParse {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return fail(
      "den måste vara ett objekt med storlek, etiketter, nivåer och nivåtabell.",
    );
  const input = raw as Record<string, unknown>;
  const size = input.size;
  if (
    typeof size !== "number" ||
    !Number.isInteger(size) ||
    size < CUSTOM_SCALE_MIN_SIZE ||
    size > CUSTOM_SCALE_MAX_SIZE
  )
    return fail(
      `storleken måste vara ett heltal från ${CUSTOM_SCALE_MIN_SIZE} till ${CUSTOM_SCALE_MAX_SIZE}.`,
    );
  const likelihoodLabels = labelsOf(
    input.likelihoodLabels,
    size,
    "Sannolikhet",
  );
  if (typeof likelihoodLabels === "string") return fail(likelihoodLabels);
  const consequenceLabels = labelsOf(
    input.consequenceLabels,
    size,
    "Konsekvens",
  );
  if (typeof consequenceLabels === "string") return fail(consequenceLabels);
  const levels = levelsOf(input.levels);
  if (typeof levels === "string") return fail(levels);
  const cellLevels = cellLevelsOf(input.cellLevels, size, levels.length);
  if (typeof cellLevels === "string") return fail(cellLevels);
  return {
    ok: true,
    scale: {
      id: "custom",
      size,
      likelihoodLabels,
      consequenceLabels,
      levels,
      cellLevels,
    },
  };
}

/**
 * A custom scale to start editing from: the preset of that size when there is one, otherwise
 * neutral labels and the four standard levels banded by the product S × K.
 */
export function startingScale(size: number): RiskScale {
  const preset =
    size === 4 ? RISK_SCALE_4X4 : size === 5 ? RISK_SCALE_5X5 : null;
  if (preset) return { ...cloneScale(preset), id: "custom" };
  const max = size * size;
  return {
    id: "custom",
    size,
    likelihoodLabels: Array.from(
      { length: size },
      (_, i) => `Sannolikhet ${i + 1}`,
    ),
    consequenceLabels: Array.from(
      { length: size },
      (_, i) => `Konsekvens ${i + 1}`,
    ),
    levels: STANDARD_LEVELS.map((l) => ({ ...l })),
    // Quarters of the highest product: the same banding the presets approximate.
    cellLevels: levelsByProduct(size, (p) =>
      Math.min(3, Math.floor(((p - 1) * 4) / max)),
    ),
  };
}

/** A deep copy, so an editor can change a scale without touching the one in use. */
export function cloneScale(scale: RiskScale): RiskScale {
  return {
    ...scale,
    likelihoodLabels: [...scale.likelihoodLabels],
    consequenceLabels: [...scale.consequenceLabels],
    levels: scale.levels.map((l) => ({ ...l })),
    cellLevels: scale.cellLevels.map((row) => [...row]),
  };
}

/**
 * The scale resized: labels and cell levels kept where the steps still exist, new steps
 * labelled neutrally and given the level of their nearest kept neighbour.
 */
export function resizeScale(scale: RiskScale, size: number): RiskScale {
  const label = (labels: string[], prefix: string, i: number) =>
    labels[i] ?? `${prefix} ${i + 1}`;
  return {
    ...scale,
    id: "custom",
    size,
    likelihoodLabels: Array.from({ length: size }, (_, i) =>
      label(scale.likelihoodLabels, "Sannolikhet", i),
    ),
    consequenceLabels: Array.from({ length: size }, (_, i) =>
      label(scale.consequenceLabels, "Konsekvens", i),
    ),
    levels: scale.levels.map((l) => ({ ...l })),
    cellLevels: Array.from({ length: size }, (_, s) =>
      Array.from({ length: size }, (_, k) => {
        const row = scale.cellLevels[Math.min(s, scale.size - 1)];
        return row[Math.min(k, scale.size - 1)];
      }),
    ),
  };
}

/**
 * The level table of a scale as KOLL.RISKNIVÅ reads it: n × n level names, the highest
 * sannolikhet in the top row and konsekvens 1 on the left.
 */
export function levelTableOf(scale: RiskScale): string[][] {
  const rows: string[][] = [];
  for (let s = scale.size; s >= 1; s -= 1)
    rows.push(scale.cellLevels[s - 1].map((level) => scale.levels[level].name));
  return rows;
}

/** The level of a label on a scale, matched as people type it (case and spaces ignored). */
export function levelIndexByName(scale: RiskScale, label: string): number {
  const key = label.replace(/\s+/g, " ").trim().toLowerCase();
  if (key === "") return -1;
  return scale.levels.findIndex(
    (level) =>
      level.name.toLowerCase() === key || level.nameEn.toLowerCase() === key,
  );
}
