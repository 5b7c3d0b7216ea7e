/**
 * The conventions a sheet follows, read from its figures (domain.md §3): the sign convention
 * (A: costs negative; B: costs positive), the base of its percentages (the old value or the
 * new one), the direction of its Förändring columns (old − new or new − old) and whether its
 * percentages are stored as ratios or as percentage points. Settings override the first two.
 */
import { SheetGrid } from "./grid";
import {
  changeRatioRange,
  deviationRatioRange,
  differenceAgrees,
  percentAgrees,
  roundingSlack,
} from "./compare";
import { RowDraft } from "./rows";
import { ColumnInfo, isBaseAmountColumn } from "./types";

/**
 * The sign an avvikelse has relative to outcome − budget. Convention A: always +1 (a positive
 * avvikelse is favourable on income and cost rows alike). Convention B: costs are positive, so
 * budget − outcome is the favourable direction for cost rows (and for net rows, which are net
 * costs); income printed positive keeps outcome − budget.
 */
export function deviationSign(
  convention: "A" | "B",
  flow: "income" | "cost" | undefined,
  budget: number
): 1 | -1 {
  if (convention === "A") return 1;
  if (flow === "income" && budget > 0) return 1;
  return -1;
}

export interface ConventionInput {
  grid: SheetGrid;
  drafts: RowDraft[];
  dataStart: number;
  dataEnd: number;
  columns: ColumnInfo[];
  /** Texts of notes and the title ("* Positivt tal indikerar en intäkt"). */
  notes: string[];
}

function* valueRows(input: ConventionInput): Generator<RowDraft> {
  const { drafts, dataStart, dataEnd, grid } = input;
  if (dataStart < 0) return;
  for (let r = dataStart; r <= dataEnd; r += 1) {
    const d = drafts[r - grid.top];
    if ((d.role === "item" || d.role === "total") && d.hasNumbers) yield d;
  }
}

function noteConvention(notes: readonly string[]): "A" | "B" | null {
  for (const raw of notes) {
    const note = raw.toLowerCase();
    if (/positiv[a-z]*\s+(?:tal|belopp|värden?)[^.]*(?:intäkt|överskott)/.test(note)) return "A";
    if (/negativ[a-z]*\s+(?:tal|belopp|värden?)[^.]*kostnad/.test(note)) return "A";
    if (/positiv[a-z]*\s+(?:tal|belopp|värden?)[^.]*kostnad/.test(note)) return "B";
    if (/negativ[a-z]*\s+(?:tal|belopp|värden?)[^.]*intäkt/.test(note)) return "B";
  }
  return null;
}

/** Sign convention from notes, from how the avvikelse columns are computed, and from signs. */
export function detectSignConvention(input: ConventionInput): "A" | "B" {
  const fromNote = noteConvention(input.notes);
  if (fromNote) return fromNote;
  const { grid, columns } = input;
  let devA = 0;
  let devB = 0;
  let signA = 0;
  let signB = 0;
  const deviations = columns.filter(
    (c) => c.role === "avvikelse" && c.from !== undefined && c.to !== undefined
  );
  const amounts = columns.filter((c) => isBaseAmountColumn(c) && c.role !== "positivRisk" && c.role !== "negativRisk");
  for (const d of valueRows(input)) {
    for (const c of deviations) {
      const b = grid.number(d.row, c.from as number);
      const o = grid.number(d.row, c.to as number);
      const v = grid.number(d.row, c.col);
      if (Number.isNaN(b) || Number.isNaN(o) || Number.isNaN(v) || o === b) continue;
      if (deviationSign("B", d.flow, b) === 1) continue;
      const slack =
        roundingSlack(b, c.decimals ?? 0) + roundingSlack(o, c.decimals ?? 0) + roundingSlack(v, c.decimals ?? 0);
      if (differenceAgrees(v, o - b, slack)) devA += 1;
      else if (differenceAgrees(v, b - o, slack)) devB += 1;
    }
    if (d.role !== "item" || d.flow === "income") continue;
    for (const c of amounts) {
      const v = grid.number(d.row, c.col);
      if (v < 0) signA += 1;
      else if (v > 0) signB += 1;
    }
  }
  if (devA + devB >= 2 && (devA >= 2 * devB || devB >= 2 * devA)) return devA >= devB ? "A" : "B";
  return signA >= signB ? "A" : "B";
}

interface PercentVotes {
  from: number;
  to: number;
  ratio: number;
  points: number;
}

function slackOf(grid: SheetGrid, row: number, col: number, decimals: number | undefined): number {
  const value = grid.number(row, col);
  return roundingSlack(value, decimals ?? grid.printedDecimals(row, col));
}

/**
 * Decides, per Förändring % column, its base and whether it stores ratios or points; per
 * Förändring column, its direction. Returns the base most columns use (null: no evidence).
 */
export function detectPercentConventions(
  input: ConventionInput,
  byCol: (col: number) => ColumnInfo | undefined,
  percentFormatted: (col: number) => boolean
): "from" | "to" | null {
  const { grid, columns } = input;
  let sheetFrom = 0;
  let sheetTo = 0;
  for (const column of columns) {
    if (column.from === undefined || column.to === undefined) continue;
    const fromCol = byCol(column.from);
    const toCol = byCol(column.to);
    if (column.role === "forandring") {
      let toMinusFrom = 0;
      let fromMinusTo = 0;
      for (const d of valueRows(input)) {
        const f = grid.number(d.row, column.from);
        const t = grid.number(d.row, column.to);
        const v = grid.number(d.row, column.col);
        if (Number.isNaN(f) || Number.isNaN(t) || Number.isNaN(v) || f === t) continue;
        const slack =
          slackOf(grid, d.row, column.from, fromCol?.decimals) +
          slackOf(grid, d.row, column.to, toCol?.decimals) +
          slackOf(grid, d.row, column.col, column.decimals);
        if (differenceAgrees(v, t - f, slack)) toMinusFrom += 1;
        else if (differenceAgrees(v, f - t, slack)) fromMinusTo += 1;
      }
      if (toMinusFrom > fromMinusTo) column.direction = "toMinusFrom";
      else if (fromMinusTo > toMinusFrom) column.direction = "fromMinusTo";
    }
    if (column.role === "forandringProcent" || column.role === "avvikelseProcent") {
      const votes: PercentVotes = { from: 0, to: 0, ratio: 0, points: 0 };
      const formatted = percentFormatted(column.col);
      for (const d of valueRows(input)) {
        const f = grid.number(d.row, column.from);
        const t = grid.number(d.row, column.to);
        const v = grid.number(d.row, column.col);
        if (Number.isNaN(f) || Number.isNaN(t) || Number.isNaN(v)) continue;
        const fs = slackOf(grid, d.row, column.from, fromCol?.decimals);
        const ts = slackOf(grid, d.row, column.to, toCol?.decimals);
        const ranges: ["from" | "to", [number, number] | null][] =
          column.role === "forandringProcent"
            ? [
                ["from", changeRatioRange(f, fs, t, ts, "from")],
                ["to", changeRatioRange(f, fs, t, ts, "to")],
              ]
            : [["from", deviationRatioRange(f, fs, t, ts, 1)], ["to", deviationRatioRange(f, fs, t, ts, -1)]];
        const asRatio = { from: false, to: false };
        const asPoints = { from: false, to: false };
        for (const [base, range] of ranges) {
          if (!range) continue;
          asRatio[base] = percentAgrees(v, grid.percentDecimals(d.row, column.col), false, range);
          asPoints[base] = percentAgrees(v, grid.percentDecimals(d.row, column.col, true), true, range);
        }
        const ratio = asRatio.from || asRatio.to;
        const points = asPoints.from || asPoints.to;
        if (ratio && !points) votes.ratio += 1;
        if (points && !ratio) votes.points += 1;
        const use = formatted || (ratio && !points) ? asRatio : points ? asPoints : asRatio;
        if (use.from && !use.to) votes.from += 1;
        if (use.to && !use.from) votes.to += 1;
      }
      if (!formatted && votes.points > votes.ratio) column.percentPoints = true;
      if (column.role === "forandringProcent") {
        if (votes.from > votes.to) column.base = "from";
        else if (votes.to > votes.from) column.base = "to";
        sheetFrom += votes.from;
        sheetTo += votes.to;
      }
    }
  }
  if (sheetFrom === sheetTo) return null;
  return sheetFrom > sheetTo ? "from" : "to";
}
