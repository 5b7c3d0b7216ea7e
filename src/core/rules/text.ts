/**
 * Wording shared by the rules' messages: lists of rows ("rad 4–11", "raderna 5 och 9"),
 * percentages the Swedish way.
 */
import { formatPercent } from "../numbers";

/** Consecutive rows joined: [3,4,5,9] → ["4–6", "10"] (1-based). */
function rowRanges(rows: readonly number[]): string[] {
  // Parts are listed in sheet order, most often already strictly increasing: then the list is
  // its own sorted set and needs no copy.
  let increasing = true;
  for (let i = 1; i < rows.length && increasing; i += 1)
    increasing = rows[i] > rows[i - 1];
  const sorted = increasing ? rows : [...new Set(rows)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = -1;
  let previous = -2;
  const flush = () => {
    if (start < 0) return;
    ranges.push(
      start === previous ? `${start + 1}` : `${start + 1}–${previous + 1}`,
    );
  };
  for (const r of sorted) {
    if (r !== previous + 1) {
      flush();
      start = r;
    }
    previous = r;
  }
  flush();
  return ranges;
}

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** "rad 4–11", "rad 4, 12 och 15" */
export function rowsSv(rows: readonly number[]): string {
  const ranges = rowRanges(rows);
  const single = ranges.length === 1 && !ranges[0].includes("–");
  return `${single ? "rad" : "raderna"} ${joinList(ranges, "och")}`;
}

/** "row 4", "rows 4–11", "rows 4, 12 and 15" */
export function rowsEn(rows: readonly number[]): string {
  const ranges = rowRanges(rows);
  const single = ranges.length === 1 && !ranges[0].includes("–");
  return `${single ? "row" : "rows"} ${joinList(ranges, "and")}`;
}

export function listSv(items: readonly string[]): string {
  return joinList(items, "och");
}

export function listEn(items: readonly string[]): string {
  return joinList(items, "and");
}

export function orSv(items: readonly string[]): string {
  return joinList(items, "eller");
}

export function orEn(items: readonly string[]): string {
  return joinList(items, "or");
}

/** A ratio as a percentage with the given digits: 0.35 → "35 %". */
export function percentText(ratio: number, decimals: number): string {
  return formatPercent(ratio, Math.min(Math.max(decimals, 0), 4));
}
