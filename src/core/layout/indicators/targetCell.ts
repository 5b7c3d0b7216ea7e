/**
 * A target as it stands in an Etappmål or Målvärde cell of a published table. The parsing is
 * calc/targets.ts's (the same as KOLL.MÅLUPPFYLLELSE's); this only takes off what the layout
 * adds around it: the header repeated in the cell ("Etappmål 2020 Öka") and the ranking that
 * shares the column "Etappmål, ranking & genomsnitt" ("Indikator Ranking 2017 8/19").
 */
import { Target, TargetParse, parseTarget } from "../../calc/targets";
import { isPercentFormat } from "../../numbers";
import { CELL_BLANK, CELL_MISSING, CELL_NUMBER, SheetGrid } from "../grid";
import { cleanText } from "../text";

const HEADER_IN_CELL =
  /^(?:etappmål|målvärde|mål)(?:\s+(?:19|20)\d{2})?\s*[:,]?\s*/i;
const RANKING_PART = /\b(?:ranking|rankning|placering|genomsnitt|snitt)\b/i;

/** The target text without the header and ranking around it. */
export function targetText(cell: string): string {
  let text = cleanText(cell);
  const header = HEADER_IN_CELL.exec(text);
  if (header && header[0].length < text.length)
    text = text.slice(header[0].length);
  else if (header) text = "";
  const ranking = RANKING_PART.exec(text);
  if (ranking) text = text.slice(0, ranking.index).trim();
  return text;
}

/** The target in a cell, or null when the cell is blank. */
export function targetAt(
  grid: SheetGrid,
  row: number,
  col: number,
): TargetParse | null {
  const kind = grid.kindAt(row, col);
  if (kind === CELL_BLANK || kind === CELL_MISSING) return null;
  if (kind === CELL_NUMBER) {
    const value = grid.number(row, col);
    const percent = isPercentFormat(grid.format(row, col));
    return { kind: "level", text: String(value), value, percent };
  }
  const text = targetText(grid.text(row, col));
  if (text === "") return null;
  return parseTarget(text);
}

/** A target that parsed, or null (blank, or an error reported by target.syntax). */
export function readableTarget(parse: TargetParse | null): Target | null {
  return parse && parse.kind !== "error" ? parse : null;
}
