/**
 * The conventions a sheet follows, read from its figures (domain.md §3): the sign convention
 * (A: costs negative; B: costs positive), the base of its percentages (the old value or the
 * new one), the direction of its Förändring columns (old − new or new − old) and whether its
 * percentages are stored as ratios or as percentage points. Settings override the first two.
 */
import { floor, isNaNValue, max } from "./fast";
import { SheetGrid } from "./grid";
import {
  changeRatioRange,
  deviationRatioRange,
  differenceAgrees,
  percentAgrees,
  roundingSlack,
  roundingSlackAt,
} from "./compare";
import { HAS_NUMBERS, RowDrafts } from "./rows";
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
  budget: number,
): 1 | -1 {
  if (convention === "A") return 1;
  if (flow === "income" && budget > 0) return 1;
  return -1;
}

export interface ConventionInput {
  grid: SheetGrid;
  drafts: RowDrafts;
  columns: ColumnInfo[];
  /** Texts of notes and the title ("* Positivt tal indikerar en intäkt"). */
  notes: string[];
}

/** Rows voted on: conventions are clear long before the end of a big sheet. */
const VOTING_ROWS = 5000;

const FLOW_OTHER = 0;
const FLOW_INCOME = 1;

/**
 * The rows voted on, chosen once per recognition and shared by every vote: their sheet row,
 * the flat index of their first cell in the grid, whether they are items and whether they are
 * income rows (typed arrays, so the votes are loops over numbers).
 */
interface VotingRows {
  count: number;
  row: Int32Array;
  base: Int32Array;
  item: Uint8Array;
  flow: Uint8Array;
  /** Votes of each Avvikelse column, counted once for the sign convention and its own style. */
  deviation: Map<ColumnInfo, DeviationVotes>;
}

/** Keyed by the input of one recognition: nothing outlives the sheet being recognised. */
const votingRowsOf = new WeakMap<ConventionInput, VotingRows>();

/** Rows with figures, spread evenly over the sheet and at most VOTING_ROWS of them. */
function valueRows(input: ConventionInput): VotingRows {
  const cached = votingRowsOf.get(input);
  if (cached) return cached;
  const { drafts, grid } = input;
  const { dataStart, dataEnd } = drafts;
  const step =
    dataStart < 0 ? 1 : max(1, floor((dataEnd - dataStart + 1) / VOTING_ROWS));
  const most = dataStart < 0 ? 0 : floor((dataEnd - dataStart) / step) + 1;
  const row = new Int32Array(most);
  const base = new Int32Array(most);
  const item = new Uint8Array(most);
  const flow = new Uint8Array(most);
  const { rows, flags } = drafts;
  const { top, width } = grid;
  let count = 0;
  // rows[r − top] is the RowInfo of sheet row r; the flags (a typed array) are read before it.
  for (let r = dataStart; dataStart >= 0 && r <= dataEnd; r += step) {
    if ((flags[r - top] & HAS_NUMBERS) === 0) continue;
    const d = rows[r - top];
    const role = d.role;
    if (role !== "item" && role !== "total") continue;
    row[count] = r;
    base[count] = (r - top) * width;
    item[count] = role === "item" ? 1 : 0;
    flow[count] = d.flow === "income" ? FLOW_INCOME : FLOW_OTHER;
    count += 1;
  }
  const voting: VotingRows = {
    count,
    row,
    base,
    item,
    flow,
    deviation: new Map(),
  };
  votingRowsOf.set(input, voting);
  return voting;
}

/** A column's offset within a grid row, or -1 when it lies outside the used range (no figures). */
function offsetOf(grid: SheetGrid, col: number): number {
  const c = col - grid.left;
  return c >= 0 && c < grid.width ? c : -1;
}

function noteConvention(notes: readonly string[]): "A" | "B" | null {
  for (const raw of notes) {
    const note = raw.toLowerCase();
    if (
      /positiv[a-z]*\s+(?:tal|belopp|värden?)[^.]*(?:intäkt|överskott)/.test(
        note,
      )
    )
      return "A";
    if (/negativ[a-z]*\s+(?:tal|belopp|värden?)[^.]*kostnad/.test(note))
      return "A";
    if (/positiv[a-z]*\s+(?:tal|belopp|värden?)[^.]*kostnad/.test(note))
      return "B";
    if (/negativ[a-z]*\s+(?:tal|belopp|värden?)[^.]*intäkt/.test(note))
      return "B";
  }
  return null;
}

interface DeviationVotes {
  a: number;
  b: number;
}

/** How many rows of an Avvikelse column read as outcome − budget (A) and as the B way. */
function deviationVotes(
  input: ConventionInput,
  column: ColumnInfo,
): DeviationVotes {
  const voting = valueRows(input);
  const cached = voting.deviation.get(column);
  if (cached) return cached;
  const votes = countDeviationVotes(input.grid, voting, column);
  voting.deviation.set(column, votes);
  return votes;
}

function countDeviationVotes(
  grid: SheetGrid,
  voting: VotingRows,
  column: ColumnInfo,
): DeviationVotes {
  const votes = { a: 0, b: 0 };
  if (column.from === undefined || column.to === undefined) return votes;
  const fromOffset = offsetOf(grid, column.from);
  const toOffset = offsetOf(grid, column.to);
  const ownOffset = offsetOf(grid, column.col);
  // A column outside the used range has no figures: every row would be skipped.
  if (fromOffset < 0 || toOffset < 0 || ownOffset < 0) return votes;
  const num = grid.num;
  const factor = 10 ** (column.decimals ?? 0);
  const { count, base, flow } = voting;
  for (let k = 0; k < count; k += 1) {
    const i = base[k];
    const b = num[i + fromOffset];
    const o = num[i + toOffset];
    const v = num[i + ownOffset];
    if (isNaNValue(b) || isNaNValue(o) || isNaNValue(v) || o === b) continue;
    // Rows where both ways give the same figure say nothing (deviationSign("B", …) === 1).
    if (flow[k] === FLOW_INCOME && b > 0) continue;
    // Exactly outcome − budget agrees whatever the slack (differenceAgrees compares 0 with a
    // slack ≥ 0 plus a positive noise): most rows of a computed column, without the slacks.
    if (v === o - b) {
      votes.a += 1;
      continue;
    }
    const slack =
      roundingSlackAt(b, factor) +
      roundingSlackAt(o, factor) +
      roundingSlackAt(v, factor);
    if (differenceAgrees(v, o - b, slack)) votes.a += 1;
    else if (differenceAgrees(v, b - o, slack)) votes.b += 1;
  }
  return votes;
}

function decisive(a: number, b: number, least: number): "A" | "B" | null {
  if (a + b < least) return null;
  if (a >= 2 * b) return "A";
  if (b >= 2 * a) return "B";
  return null;
}

/**
 * The sign convention: from a note ("* Positivt tal indikerar en intäkt"), else from the signs
 * of cost rows and net rows (costs negative: A), else from how the Avvikelse columns are
 * computed, else A.
 */
export function detectSignConvention(input: ConventionInput): "A" | "B" {
  const fromNote = noteConvention(input.notes);
  if (fromNote) return fromNote;
  const { grid, columns } = input;
  let signA = 0;
  let signB = 0;
  // Offsets of the amount columns inside the grid; one outside it has no figures to count.
  const offsets: number[] = [];
  for (const c of columns) {
    if (
      isBaseAmountColumn(c) &&
      c.role !== "positivRisk" &&
      c.role !== "negativRisk"
    ) {
      const offset = offsetOf(grid, c.col);
      if (offset >= 0) offsets.push(offset);
    }
  }
  const amounts = Int32Array.from(offsets);
  const amountCount = amounts.length;
  const num = grid.num;
  const { count, base, item, flow } = valueRows(input);
  for (let k = 0; k < count; k += 1) {
    if (item[k] === 0 || flow[k] === FLOW_INCOME) continue;
    const i = base[k];
    for (let a = 0; a < amountCount; a += 1) {
      // NaN (no figure) is neither below nor above 0.
      const v = num[i + amounts[a]];
      if (v < 0) signA += 1;
      else if (v > 0) signB += 1;
    }
  }
  const bySign = decisive(signA, signB, 3);
  if (bySign) return bySign;
  let devA = 0;
  let devB = 0;
  for (const c of columns) {
    if (c.role !== "avvikelse") continue;
    const votes = deviationVotes(input, c);
    devA += votes.a;
    devB += votes.b;
  }
  return decisive(devA, devB, 2) ?? (signA >= signB ? "A" : "B");
}

/**
 * Which way each Avvikelse (and Avvikelse %) column is computed: the A way (outcome − budget
 * on every row) or the B way (favourable positive with costs positive). Its own figures decide
 * when they clearly can, else the sheet's convention; a convention from the settings decides
 * for every column. Stored in `direction`: "toMinusFrom" is the A way, "fromMinusTo" the B way.
 */
export function detectDeviationStyles(
  input: ConventionInput,
  convention: "A" | "B",
  fromSettings: boolean,
): void {
  const styleOf = (column: ColumnInfo): "A" | "B" => {
    if (fromSettings) return convention;
    const votes = deviationVotes(input, column);
    return decisive(votes.a, votes.b, 2) ?? convention;
  };
  const toDirection = (style: "A" | "B") =>
    style === "A" ? ("toMinusFrom" as const) : ("fromMinusTo" as const);
  for (const column of input.columns) {
    if (column.role === "avvikelse")
      column.direction = toDirection(styleOf(column));
  }
  for (const column of input.columns) {
    if (column.role !== "avvikelseProcent") continue;
    const sibling = input.columns.find(
      (c) =>
        c.role === "avvikelse" && c.from === column.from && c.to === column.to,
    );
    column.direction = sibling?.direction ?? toDirection(convention);
  }
}

/** The way a deviation column is computed ("A" or "B"), as detectDeviationStyles decided. */
export function deviationStyle(
  column: ColumnInfo,
  convention: "A" | "B",
): "A" | "B" {
  if (column.direction === "toMinusFrom") return "A";
  if (column.direction === "fromMinusTo") return "B";
  return convention;
}

interface PercentVotes {
  from: number;
  to: number;
  ratio: number;
  points: number;
}

function slackOf(
  grid: SheetGrid,
  row: number,
  col: number,
  decimals: number | undefined,
): number {
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
  percentFormatted: (col: number) => boolean,
): "from" | "to" | null {
  const { grid, columns } = input;
  let sheetFrom = 0;
  let sheetTo = 0;
  const { count, row: votingRow } = valueRows(input);
  for (const column of columns) {
    if (column.from === undefined || column.to === undefined) continue;
    const fromCol = byCol(column.from);
    const toCol = byCol(column.to);
    if (column.role === "forandring") {
      let toMinusFrom = 0;
      let fromMinusTo = 0;
      for (let k = 0; k < count; k += 1) {
        const row = votingRow[k];
        const f = grid.number(row, column.from);
        const t = grid.number(row, column.to);
        const v = grid.number(row, column.col);
        if (isNaNValue(f) || isNaNValue(t) || isNaNValue(v) || f === t)
          continue;
        // Exactly to − from agrees whatever the slack, as in countDeviationVotes.
        if (v === t - f) {
          toMinusFrom += 1;
          continue;
        }
        const slack =
          slackOf(grid, row, column.from, fromCol?.decimals) +
          slackOf(grid, row, column.to, toCol?.decimals) +
          slackOf(grid, row, column.col, column.decimals);
        if (differenceAgrees(v, t - f, slack)) toMinusFrom += 1;
        else if (differenceAgrees(v, f - t, slack)) fromMinusTo += 1;
      }
      if (toMinusFrom > fromMinusTo) column.direction = "toMinusFrom";
      else if (fromMinusTo > toMinusFrom) column.direction = "fromMinusTo";
    }
    if (
      column.role === "forandringProcent" ||
      column.role === "avvikelseProcent"
    ) {
      const votes: PercentVotes = { from: 0, to: 0, ratio: 0, points: 0 };
      const formatted = percentFormatted(column.col);
      for (let k = 0; k < count; k += 1) {
        const row = votingRow[k];
        const f = grid.number(row, column.from);
        const t = grid.number(row, column.to);
        const v = grid.number(row, column.col);
        if (isNaNValue(f) || isNaNValue(t) || isNaNValue(v)) continue;
        const fs = slackOf(grid, row, column.from, fromCol?.decimals);
        const ts = slackOf(grid, row, column.to, toCol?.decimals);
        const ranges: ["from" | "to", [number, number] | null][] =
          column.role === "forandringProcent"
            ? [
                ["from", changeRatioRange(f, fs, t, ts, "from")],
                ["to", changeRatioRange(f, fs, t, ts, "to")],
              ]
            : [
                ["from", deviationRatioRange(f, fs, t, ts, 1)],
                ["to", deviationRatioRange(f, fs, t, ts, -1)],
              ];
        const asRatio = { from: false, to: false };
        const asPoints = { from: false, to: false };
        for (const [base, range] of ranges) {
          if (!range) continue;
          asRatio[base] = percentAgrees(
            v,
            grid.percentDecimals(row, column.col),
            false,
            range,
          );
          asPoints[base] = percentAgrees(
            v,
            grid.percentDecimals(row, column.col, true),
            true,
            range,
          );
        }
        const ratio = asRatio.from || asRatio.to;
        const points = asPoints.from || asPoints.to;
        if (ratio && !points) votes.ratio += 1;
        if (points && !ratio) votes.points += 1;
        const use =
          formatted || (ratio && !points)
            ? asRatio
            : points
              ? asPoints
              : asRatio;
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
