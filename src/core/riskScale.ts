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
