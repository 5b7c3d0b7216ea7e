/**
 * Which way is better for an indicator: more (andel nöjda) or less (sjukfrånvaro, placering).
 * Declared in a Riktning column or by the user in the task pane (stored in the settings), or
 * read off its targets (Öka, ≥ → higher; Minska, ≤ → lower). When nothing says, it is unknown:
 * the rules that need it stay silent rather than guess.
 */
import {
  Direction,
  Target,
  parseDirection,
  targetDirection,
} from "../../calc/targets";
import { Settings } from "../../settings";
import { SheetGrid } from "../grid";
import { cleanText, normalizeLabel } from "../text";

export interface DirectionReading {
  /** Known independently of the targets (Riktning column, settings); null when not. */
  declared: Direction | null;
  declaredBy?: "column" | "settings";
  /** What the targets say; null when they say nothing or disagree. */
  fromTargets: Direction | null;
  /** Etappmål and Målvärde point different ways. */
  targetsDisagree: boolean;
  /** The direction the rules use: the declared one, else the targets'. */
  effective: Direction | null;
}

/** The key an indicator's direction is stored under in the settings: its label, normalised. */
export function indicatorKey(label: string): string {
  return normalizeLabel(label);
}

const ARROWS: Record<string, Direction> = {
  "↑": "higher",
  "⬆": "higher",
  "↓": "lower",
  "⬇": "lower",
};

/** A Riktning cell: "Högre är bättre", "Lägre", "↑"; null when it says neither. */
export function directionFromText(text: string): Direction | null {
  const cleaned = cleanText(text);
  return (
    ARROWS[cleaned] ??
    parseDirection(cleaned.replace(/\s+(?:värden?|värdet)(?=\s|$)/i, ""))
  );
}

export function readDirection(
  grid: SheetGrid,
  row: number,
  label: string,
  directionCol: number | undefined,
  targets: readonly (Target | null)[],
  settings: Settings,
): DirectionReading {
  let declared: Direction | null = null;
  let declaredBy: DirectionReading["declaredBy"];
  if (directionCol !== undefined) {
    declared = directionFromText(grid.text(row, directionCol));
    if (declared) declaredBy = "column";
  }
  if (!declared) {
    const stored = settings.indicatorDirections?.[indicatorKey(label)];
    if (stored) {
      declared = stored;
      declaredBy = "settings";
    }
  }
  const said = targets
    .map((t) => (t ? targetDirection(t) : null))
    .filter((d): d is Direction => d !== null);
  const targetsDisagree = said.length > 1 && said.some((d) => d !== said[0]);
  const fromTargets = said.length > 0 && !targetsDisagree ? said[0] : null;
  return {
    declared,
    ...(declaredBy ? { declaredBy } : {}),
    fromTargets,
    targetsDisagree,
    effective: declared ?? fromTargets,
  };
}
