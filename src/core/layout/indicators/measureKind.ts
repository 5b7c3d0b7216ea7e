/**
 * Whether an indicator is a count, a share or something else (an index, a rate, a ratio): it
 * decides how its breakdown must agree with it. Counts of women and men add up to the total;
 * a share or an index of the whole lies between the women's and the men's.
 */
import { CELL_BLANK, SheetGrid } from "../grid";
import { normalizeLabel } from "../text";
import { MeasureKind } from "./table";

/** "Antal …" is a count, unless it is a count per something ("per 1 000 invånare") or an average. */
const COUNT = /(?:^|\s)antal\b/;
const NOT_COUNT = /\bper\b|\/|genomsnitt|snitt|andel|kvot|index|procent|\(%\)/;
const SHARE = /^andel\b|\(%\)|procent/;

interface OutcomeColumns {
  outcomes: readonly { col: number }[];
}

export function measureKindOf(
  label: string,
  grid: SheetGrid,
  section: OutcomeColumns,
  row: number,
  inherited?: MeasureKind,
): MeasureKind {
  const norm = normalizeLabel(label);
  let percent = 0;
  let plain = 0;
  for (const column of section.outcomes) {
    if (grid.kindAt(row, column.col) === CELL_BLANK) continue;
    const text = grid.text(row, column.col);
    if (grid.isPercentCell(row, column.col) || text.includes("%")) percent += 1;
    else if (!Number.isNaN(grid.number(row, column.col))) plain += 1;
  }
  if (percent > 0 && percent >= plain) return "share";
  if (SHARE.test(norm)) return "share";
  if (COUNT.test(norm) && !NOT_COUNT.test(norm)) return "count";
  return inherited ?? "other";
}
