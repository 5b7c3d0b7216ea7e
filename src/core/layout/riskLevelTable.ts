/**
 * A level table written on the sheet itself, as Rapportkoll's internkontroll template and many
 * plans do beside their risks: a row of konsekvens steps ("1 Försumbar" … "4 Allvarlig"), under
 * it one row per sannolikhet step from the highest down ("4 Sannolik"), each cell the level's
 * name. It is the same table KOLL.RISKNIVÅ reads. When a sheet states its scale this way, its
 * own formulas use it, so the sheet is judged on it rather than on the settings' scale.
 */
import { RiskLevel, RiskScale } from "../riskScale";
import { CELL_TEXT, SheetGrid } from "./grid";
import { cleanText } from "./text";

const MIN_SIZE = 3;
const MAX_SIZE = 6;
/** Level colours by rank when the settings' scale has no level of that name. */
const RANKED = ["#63BE7B", "#FFEB84", "#F8A262", "#F8696B"];

export interface SheetLevelTable {
  scale: RiskScale;
  /** Where the level names stand (sheet coordinates, inclusive). */
  top: number;
  left: number;
  size: number;
}

/** "3 Möjlig" → [3, "Möjlig"]; null when the text is not a numbered step. */
function numberedStep(text: string): [number, string] | null {
  const match = /^(\d)\s*[.:)–-]?\s+(\S.*)$/.exec(cleanText(text));
  return match ? [Number(match[1]), match[2]] : null;
}

/** The steps 1…n from column `col` + 1 rightwards on `row`, or 0 when there are none. */
function stepRowAt(grid: SheetGrid, row: number, col: number): number {
  let n = 0;
  while (n < MAX_SIZE) {
    const step = numberedStep(grid.text(row, col + 1 + n));
    if (!step || step[0] !== n + 1) break;
    n += 1;
  }
  return n >= MIN_SIZE && !numberedStep(grid.text(row, col + 1 + n)) ? n : 0;
}

function rankedColor(rank: number, count: number): string {
  if (count <= 1) return RANKED[0];
  return RANKED[Math.round((rank * (RANKED.length - 1)) / (count - 1))];
}

function tableAt(
  grid: SheetGrid,
  row: number,
  col: number,
  n: number,
  known: RiskScale,
): SheetLevelTable | null {
  const consequenceLabels: string[] = [];
  for (let k = 1; k <= n; k += 1)
    consequenceLabels.push(
      (numberedStep(grid.text(row, col + k)) as [number, string])[1],
    );
  const likelihoodLabels = new Array<string>(n);
  const names: string[][] = [];
  for (let i = 0; i < n; i += 1) {
    const r = row + 1 + i;
    const step = numberedStep(grid.text(r, col));
    if (!step || step[0] !== n - i) return null;
    likelihoodLabels[n - i - 1] = step[1];
    const line: string[] = [];
    for (let k = 1; k <= n; k += 1) {
      if (grid.kindAt(r, col + k) !== CELL_TEXT) return null;
      line.push(cleanText(grid.text(r, col + k)));
    }
    names.push(line);
  }
  // Levels from low to high: ordered by the smallest product S × K at which each appears.
  const lowest = new Map<string, number>();
  names.forEach((line, i) =>
    line.forEach((name, k) => {
      const key = name.toLowerCase();
      const product = (n - i) * (k + 1);
      if (!lowest.has(key) || (lowest.get(key) as number) > product)
        lowest.set(key, product);
    }),
  );
  const order = [...lowest.keys()].sort(
    (a, b) => (lowest.get(a) as number) - (lowest.get(b) as number),
  );
  const display = new Map<string, string>();
  names
    .flat()
    .forEach(
      (name) =>
        display.has(name.toLowerCase()) ||
        display.set(name.toLowerCase(), name),
    );
  const levels: RiskLevel[] = order.map((key, rank) => {
    const same = known.levels.find((l) => l.name.toLowerCase() === key);
    return same
      ? { ...same }
      : {
          name: display.get(key) as string,
          nameEn: display.get(key) as string,
          color: rankedColor(rank, order.length),
        };
  });
  const cellLevels: number[][] = [];
  for (let s = 1; s <= n; s += 1)
    cellLevels.push(
      names[n - s].map((name) => order.indexOf(name.toLowerCase())),
    );
  return {
    scale: {
      id: "custom",
      size: n,
      likelihoodLabels,
      consequenceLabels,
      levels,
      cellLevels,
    },
    top: row + 1,
    left: col + 1,
    size: n,
  };
}

/**
 * The first level table on the sheet outside the risk columns, or null. `known` lends the
 * colours of levels with the same names (the sheet holds no fills).
 */
export function findSheetLevelTable(
  grid: SheetGrid,
  known: RiskScale,
  skipCols: ReadonlySet<number> = new Set(),
): SheetLevelTable | null {
  for (let r = grid.top; r < grid.top + grid.height; r += 1) {
    for (let c = grid.left; c < grid.left + grid.width; c += 1) {
      if (skipCols.has(c + 1) || grid.kindAt(r, c + 1) !== CELL_TEXT) continue;
      const n = stepRowAt(grid, r, c);
      if (n === 0) continue;
      const table = tableAt(grid, r, c, n, known);
      if (table) return table;
    }
  }
  return null;
}

export interface SheetScale {
  scale: RiskScale;
  /** The sheet's own level table when it has one (and the scale is read from it). */
  ownTable: SheetLevelTable | null;
}

/** The scale a risk table is judged on: its sheet's own level table, else the settings' scale. */
export function scaleForSheet(
  grid: SheetGrid,
  riskColumns: readonly number[],
  settingsScale: RiskScale,
): SheetScale {
  const ownTable = findSheetLevelTable(
    grid,
    settingsScale,
    new Set(riskColumns),
  );
  return { scale: ownTable ? ownTable.scale : settingsScale, ownTable };
}
