/**
 * Which rows each total sums. Rows are read top to bottom keeping the "open" rows: the
 * top-level rows of the current table not yet taken by a total. A total takes some of them
 * according to its label (Summa X: the rows since the last total; Summa / Budget, netto: all
 * of them; Verksamhetens kostnader: the cost rows; Personalkostnader, netto: from the row it is
 * named after), a subtotal printed above its parts takes the rows below it, and a Varav parent
 * its details. Where the layout allows several readings, the one under which the figures add
 * up wins; a structure the figures do not confirm is never assumed (no error comes from a
 * guess), except where the label itself says "total".
 *
 * Everything is linear in the number of rows: each row is pushed and taken once, and the
 * costlier fallbacks run only for totals that match no simple reading, on bounded lists.
 */
import { abs, isNaNValue, max } from "./fast";
import {
  explainSum,
  noise,
  rowsOfSumFormulaAbove,
  sumToleranceUnits,
} from "../calc/sum";
import { startsAtOrBelow } from "../calc/sumFormulaScan";
import { FORMULA_ABSENT, FORMULA_PRESENT, SheetGrid } from "./grid";
import { TotalClass, labelMatchesStem } from "./labels";
import { normalizeLabel } from "./text";
import {
  HAS_NUMBERS,
  RowDrafts,
  SIBLING_TOTAL,
  VARAV_DETAIL,
  VARAV_HEADING,
} from "./rows";
import { RowInfo, TotalSource } from "./types";
import { SheetSnapshot, isFormula } from "../workbook";

export interface StructureInput {
  grid: SheetGrid;
  drafts: RowDrafts;
  /** Amount columns: a total is checked against its parts in each of them. */
  sumCols: readonly number[];
  /** Positiv risk and Negativ risk columns, for Nettorisk. */
  positiveRiskCols: readonly number[];
  negativeRiskCols: readonly number[];
  /** The tolerance of a total in one column when it has n parts (value units). */
  tolerance: (row: number, col: number, parts: number) => number;
  /** One unit of the last digit a total's cell prints (for tolerances of many part counts). */
  unit: (row: number, col: number) => number;
  /** settings.tolerance */
  toleranceSetting: number | "auto";
}

interface Reading {
  plus: number[];
  minus: number[];
  /** Subtotals above their parts that the reading takes as such: head → its parts. */
  collapse?: Map<number, number[]>;
}

interface Score {
  matched: number;
  considered: number;
  explained: number;
}

/** A formula that may be a sum of rows: SUM, SUBTOTAL or a reference followed by + or −. */
const SUM_LIKE = /^=\s*(?:SUM\(|SUBTOTAL\(|\$?[A-Za-z]{1,3}\$?\d+\s*[+-])/i;

/** A unit not yet looked up (units are positive). */
const UNKNOWN = -1;

/** Fallback readings (partitions, explanations) only for lists up to this size. */
const FALLBACK_LIMIT = 400;

export function buildStructure(input: StructureInput): void {
  new StructureBuilder(input).run();
}

class StructureBuilder {
  private readonly grid: SheetGrid;
  private readonly rows: RowInfo[];
  private readonly flags: Uint8Array;
  private readonly top: number;
  /** Top-level rows not yet taken by a total, in order. */
  private open: number[] = [];
  /** Index in `open` where the current group (rows since the last blank row or total) starts. */
  private groupStart = 0;
  /** A label total standing above the rows it sums, waiting for the end of its group. */
  private labelHead = -1;
  /** The last row was a boundary (blank, heading, total): a label total here may sum the rows below. */
  private afterBoundary = true;
  /** Headings since the table started, for "Summa X" named after a heading. */
  private headings: { norm: string; openIndex: number }[] = [];
  /** Groups whose first row might be their subtotal, but the figures did not confirm it alone. */
  private unconfirmed = new Map<number, number[]>();
  private lastValueRow = -1;
  private runSums = new Float64Array(0);
  private runUnits = new Float64Array(0);
  private runTotals = new Float64Array(0);
  /**
   * The grid's formula marks, and its formulas, null when the sheet has none: asked of the grid
   * once, not per row (formulaTotal reads them for every item row).
   */
  private readonly marks: Uint8Array | null;
  private readonly formulas: SheetSnapshot["formulas"];

  constructor(private readonly input: StructureInput) {
    this.grid = input.grid;
    this.marks = input.grid.hasFormulas ? input.grid.formulaMarks : null;
    this.formulas = input.grid.sheet.formulas;
    this.rows = input.drafts.rows;
    this.flags = input.drafts.flags;
    this.top = input.grid.top;
  }

  private d(row: number): RowInfo {
    return this.rows[row - this.top];
  }

  private has(row: number, flag: number): boolean {
    return (this.flags[row - this.top] & flag) !== 0;
  }

  /** The normalised label; drafting skips labels without meaningful words, so those are made here on demand. */
  private norm(row: number): string {
    const norms = this.input.drafts.norm;
    const i = row - this.top;
    if (norms[i] === "" && this.rows[i].label !== "")
      norms[i] = normalizeLabel(this.rows[i].label);
    return norms[i];
  }

  private totalLabelOf(row: number) {
    return this.input.drafts.total[row - this.top];
  }

  private clearTotalLabel(row: number): void {
    this.input.drafts.total[row - this.top] = null;
  }

  run(): void {
    const { dataStart, dataEnd } = this.input.drafts;
    if (dataStart < 0) return;
    for (let r = dataStart; r <= dataEnd; r += 1) {
      const d = this.d(r);
      switch (d.role) {
        case "blank":
        case "note":
        case "title":
          this.closeGroup();
          this.afterBoundary = true;
          break;
        case "header":
          this.closeGroup();
          this.open = [];
          this.groupStart = 0;
          this.headings = [];
          this.unconfirmed.clear();
          this.afterBoundary = true;
          break;
        case "heading":
          if (this.has(r, VARAV_HEADING)) r = this.varavBlock(r);
          else {
            this.splitBeforeHeading(r);
            this.headings.push({
              norm: this.norm(r),
              openIndex: this.open.length,
            });
            this.afterBoundary = true;
          }
          break;
        case "percent":
          if (this.lastValueRow >= 0) d.percentOf = this.lastValueRow;
          break;
        case "item":
          if (this.has(r, VARAV_DETAIL)) r = this.inlineVarav(r);
          else if (this.totalLabelOf(r) && this.has(r, HAS_NUMBERS))
            this.labelTotal(r);
          else if (!this.formulaTotal(r)) this.push(r);
          if (this.has(r, HAS_NUMBERS)) this.lastValueRow = r;
          break;
        default:
          break;
      }
    }
    this.closeGroup();
  }

  // ---- values ---------------------------------------------------------------------------

  /** The number at a cell inside the sheet (NaN when none); every caller passes cells of the table. */
  private num(row: number, col: number): number {
    const grid = this.grid;
    return grid.num[(row - grid.top) * grid.width + col - grid.left];
  }

  private score(total: number, reading: Reading, explain: boolean): Score {
    const { sumCols, tolerance } = this.input;
    const n = reading.plus.length + reading.minus.length;
    const score: Score = { matched: 0, considered: 0, explained: 0 };
    if (n === 0) return score;
    for (const c of sumCols) {
      const t = this.num(total, c);
      if (isNaNValue(t)) continue;
      let s = 0;
      let any = false;
      for (const p of reading.plus) {
        const v = this.num(p, c);
        if (!isNaNValue(v)) {
          s += v;
          any = true;
        }
      }
      for (const p of reading.minus) {
        const v = this.num(p, c);
        if (!isNaNValue(v)) {
          s -= v;
          any = true;
        }
      }
      if (!any && t === 0) continue;
      score.considered += 1;
      const tol = tolerance(total, c, n);
      if (abs(t - s) <= tol) score.matched += 1;
      else if (explain && reading.minus.length === 0 && n <= FALLBACK_LIMIT) {
        const values = reading.plus.map((p) => {
          const v = this.num(p, c);
          return isNaNValue(v) ? 0 : v;
        });
        if (explainSum(t, values, tol)) score.explained += 1;
      }
    }
    return score;
  }

  private full(score: Score): boolean {
    return score.considered > 0 && score.matched === score.considered;
  }

  /** A row is its group's subtotal when, in every column, it equals the rows below it. */
  private confirmsAbove(head: number, rest: readonly number[]): boolean {
    const { sumCols, tolerance } = this.input;
    let nonZero = false;
    let checked = 0;
    for (const c of sumCols) {
      const t = this.num(head, c);
      let s = 0;
      let count = 0;
      for (const p of rest) {
        const v = this.num(p, c);
        if (!isNaNValue(v)) {
          s += v;
          if (v !== 0) count += 1;
        }
      }
      if (isNaNValue(t)) {
        if (count > 0) return false;
        continue;
      }
      checked += 1;
      if (abs(t - s) > tolerance(head, c, rest.length)) return false;
      if (t !== 0 && count >= 2) nonZero = true;
    }
    return checked > 0 && nonZero;
  }

  // ---- marking ------------------------------------------------------------------------------

  private markTotal(
    total: number,
    reading: Reading,
    source: TotalSource,
    sibling = false,
  ): void {
    const d = this.d(total);
    d.role = "total";
    // The three total fields are always added together and in this order (one shape for totals).
    d.parts = reading.plus;
    d.minus = reading.minus.length > 0 ? reading.minus : undefined;
    d.totalSource = source;
    if (sibling) this.flags[total - this.top] |= SIBLING_TOTAL;
    for (const p of reading.plus) this.d(p).parentRow = total;
    for (const p of reading.minus) this.d(p).parentRow = total;
    if (reading.collapse) {
      for (const [head, parts] of reading.collapse) {
        this.markTotal(head, { plus: parts, minus: [] }, "above");
      }
    }
  }

  private push(row: number): void {
    this.open.push(row);
    this.afterBoundary = false;
  }

  /** Removes the given rows (and the parts of collapsed subtotals) from the open rows. */
  private take(reading: Reading): void {
    const open = this.open;
    const tail = open.length - reading.plus.length;
    if (
      reading.minus.length === 0 &&
      !reading.collapse &&
      tail >= 0 &&
      open[tail] === reading.plus[0] &&
      open[open.length - 1] === reading.plus[reading.plus.length - 1]
    ) {
      open.length = tail;
    } else {
      const taken = new Set<number>([...reading.plus, ...reading.minus]);
      if (reading.collapse)
        for (const parts of reading.collapse.values())
          for (const p of parts) taken.add(p);
      this.open = open.filter((r) => !taken.has(r));
    }
    for (const row of reading.plus) this.unconfirmed.delete(row);
    while (
      this.headings.length > 0 &&
      this.headings[this.headings.length - 1].openIndex > this.open.length
    )
      this.headings.pop();
  }

  // ---- groups: subtotals above their parts ---------------------------------------------------

  private closeGroup(end = this.open.length): void {
    const start = this.groupStart;
    if (end > start) {
      const head = this.open[start];
      const rest = this.open.slice(start + 1, end);
      const headDraft = this.d(head);
      if (head === this.labelHead) {
        if (rest.length > 0) {
          this.markTotal(head, { plus: rest, minus: [] }, "label");
          this.open.splice(start + 1, rest.length);
        } else {
          this.clearTotalLabel(head);
        }
      } else if (
        rest.length >= 2 &&
        headDraft.role === "item" &&
        this.has(head, HAS_NUMBERS)
      ) {
        if (this.confirmsAbove(head, rest)) {
          this.markTotal(head, { plus: rest, minus: [] }, "above");
          this.open.splice(start + 1, rest.length);
        } else {
          this.unconfirmed.set(head, rest);
        }
      }
    }
    this.labelHead = -1;
    this.groupStart = this.open.length;
  }

  /**
   * A row with figures right above a heading ("Investeringsprojekt" above "Genomförandeprojekt")
   * starts a section of its own: the group before it ends there.
   */
  private splitBeforeHeading(heading: number): void {
    const last = this.open[this.open.length - 1];
    if (last === undefined || last !== heading - 1) return;
    if (this.open.length - 1 <= this.groupStart) return;
    if (
      this.d(last).role !== "item" ||
      this.open[this.groupStart] === this.labelHead
    )
      return;
    this.closeGroup(this.open.length - 1);
    this.groupStart = this.open.indexOf(last);
  }

  // ---- label totals -------------------------------------------------------------------------

  private lastSiblingTotalIndex(): number {
    for (let i = this.open.length - 1; i >= 0; i -= 1)
      if (this.has(this.open[i], SIBLING_TOTAL)) return i;
    return -1;
  }

  /**
   * The readings a label allows, most natural first. Generated lazily: the cheap readings
   * (the rows since the last total) usually match, and the whole list is never copied then.
   */
  private *readingsFor(
    cls: TotalClass,
    stem: string | undefined,
  ): Generator<Reading> {
    const open = this.open;
    const seen = new Set<string>();
    const make = (plus: number[], minus: number[] = []): Reading | null => {
      if (plus.length + minus.length === 0) return null;
      const key = `${plus.length}:${plus[0]}:${plus[plus.length - 1]}|${minus.length}:${minus[0]}`;
      if (seen.has(key)) return null;
      seen.add(key);
      return { plus, minus };
    };
    const lastTotal = this.lastSiblingTotalIndex();
    const items = () => open.slice(lastTotal + 1);
    const all = () => open.slice();
    // The row or heading a subtotal is named after, nearest first: "Summa investeringsprojekt"
    // sums what stands under the heading "Investeringsprojekt", even when that section has
    // subtotals of its own.
    const stemRows = (): number[] => {
      if (!stem) return [];
      const headings = this.headings;
      let h = headings.length - 1;
      for (let i = open.length - 1; i >= 0; i -= 1) {
        while (h >= 0 && headings[h].openIndex > i) {
          if (labelMatchesStem(headings[h].norm, stem))
            return open.slice(headings[h].openIndex);
          h -= 1;
        }
        if (labelMatchesStem(this.norm(open[i]), stem)) return open.slice(i);
      }
      for (; h >= 0; h -= 1) {
        if (labelMatchesStem(headings[h].norm, stem))
          return open.slice(headings[h].openIndex);
      }
      return [];
    };
    const costRun = (): number[] => {
      let i = open.length;
      while (i > 0 && this.d(open[i - 1]).flow !== "income") i -= 1;
      return open.slice(i);
    };
    const signed = function* (
      this: StructureBuilder,
    ): Generator<Reading | null> {
      const income = open.filter((r) => this.d(r).flow === "income");
      const other = open.filter((r) => this.d(r).flow !== "income");
      if (income.length > 0 && other.length > 0) {
        yield make(other, income);
        yield make(income, other);
      }
    }.bind(this);

    const sequence: (() => Reading | null)[] = [];
    switch (cls) {
      case "cost":
        sequence.push(() => make(costRun()));
        break;
      case "income":
        sequence.push(() => make(items()));
        sequence.push(() =>
          make(open.filter((r) => this.d(r).flow === "income")),
        );
        break;
      case "subtotal":
        sequence.push(() => make(stemRows()));
        sequence.push(() => make(items()));
        sequence.push(() => make(all()));
        break;
      case "result":
      case "weak":
        sequence.push(() => make(all()));
        sequence.push(() => make(items()));
        break;
      default:
        sequence.push(() => make(all()));
        sequence.push(() => make(items()));
        break;
    }
    for (const next of sequence) {
      const reading = next();
      if (reading) yield reading;
    }
    if (cls === "result" || cls === "weak") {
      for (const reading of signed()) if (reading) yield reading;
    }
  }

  /** The open rows with every unconfirmed group read as a subtotal over its rows. */
  private collapsedReading(base: Reading): Reading | null {
    if (this.unconfirmed.size === 0) return null;
    const inReading = new Set(base.plus);
    const collapse = new Map<number, number[]>();
    for (const [head, parts] of this.unconfirmed) {
      if (inReading.has(head) && parts.every((p) => inReading.has(p)))
        collapse.set(head, parts);
    }
    if (collapse.size === 0) return null;
    const dropped = new Set<number>();
    for (const parts of collapse.values())
      for (const p of parts) dropped.add(p);
    return {
      plus: base.plus.filter((r) => !dropped.has(r)),
      minus: [],
      collapse,
    };
  }

  /**
   * Reads a list of rows as sections, each either a row of its own or a subtotal followed by
   * the rows it sums (no blank rows between sections), greedily from the top.
   */
  private partitionReading(rows: readonly number[]): Reading | null {
    if (rows.length < 3 || rows.length > FALLBACK_LIMIT) return null;
    const plus: number[] = [];
    const collapse = new Map<number, number[]>();
    let i = 0;
    while (i < rows.length) {
      let found = -1;
      if (this.d(rows[i]).role === "item") {
        for (
          let j = i + 2;
          j < rows.length && j - i <= FALLBACK_LIMIT;
          j += 1
        ) {
          if (this.confirmsAbove(rows[i], rows.slice(i + 1, j + 1))) {
            found = j;
            break;
          }
        }
      }
      plus.push(rows[i]);
      if (found >= 0) {
        collapse.set(rows[i], rows.slice(i + 1, found + 1));
        i = found + 1;
      } else i += 1;
    }
    return collapse.size > 0 ? { plus, minus: [], collapse } : null;
  }

  /** The rows below a label total, up to the next blank row or total: what it sums when it stands above them. */
  private rowsBelow(row: number): number[] {
    const rows: number[] = [];
    const end = this.input.drafts.dataEnd;
    for (let r = row + 1; r <= end; r += 1) {
      const d = this.d(r);
      if (d.role === "heading" && !this.has(r, VARAV_HEADING)) continue;
      if (
        d.role !== "item" ||
        this.totalLabelOf(r) ||
        this.has(r, VARAV_DETAIL) ||
        !this.has(r, HAS_NUMBERS)
      )
        break;
      if (r + 1 <= end && this.has(r + 1, VARAV_HEADING)) break;
      rows.push(r);
    }
    return rows;
  }

  private labelTotal(row: number): void {
    const label = this.totalLabelOf(row);
    if (!label) return;
    this.closeGroup();
    if (label.cls === "netrisk" && this.netRisk(row)) return;

    const tried: Reading[] = [];
    let chosen: Reading | null = null;
    let best: { reading: Reading; value: number; matched: number } | null =
      null;
    const consider = (reading: Reading, explain: boolean): boolean => {
      const score = this.score(row, reading, explain);
      if (this.full(score)) {
        chosen = reading;
        return true;
      }
      const value = score.matched * 2 + score.explained;
      if (!best || value > best.value)
        best = { reading, value, matched: score.matched };
      return false;
    };
    for (const reading of this.readingsFor(label.cls, label.stem)) {
      tried.push(reading);
      if (consider(reading, false)) break;
    }

    const below = this.afterBoundary ? this.rowsBelow(row) : [];
    if (below.length > 0) {
      const belowScore = this.score(row, { plus: below, minus: [] }, false);
      if ((this.full(belowScore) && !chosen) || this.open.length === 0) {
        this.groupStart = this.open.length;
        this.labelHead = row;
        this.push(row);
        return;
      }
    }
    if (!chosen && tried.length > 0 && tried[0].plus.length <= FALLBACK_LIMIT) {
      const fallbacks: Reading[] = [];
      const collapsed = this.collapsedReading(tried[0]);
      if (collapsed) fallbacks.push(collapsed);
      const partition = this.partitionReading(tried[0].plus);
      if (partition) fallbacks.push(partition);
      for (const reading of fallbacks) if (consider(reading, false)) break;
      if (!chosen) {
        // No reading adds up: take the one under which a simple slip explains the difference.
        best = null;
        for (const reading of [...tried, ...fallbacks]) consider(reading, true);
      }
    }
    const fallback = best as {
      reading: Reading;
      value: number;
      matched: number;
    } | null;
    const pick: Reading | null = chosen ?? fallback?.reading ?? null;
    if (
      !pick ||
      (label.cls === "weak" && !chosen && (fallback?.matched ?? 0) === 0)
    ) {
      // Nothing to sum, or a label that is often an item and the figures do not say total.
      this.clearTotalLabel(row);
      this.push(row);
      return;
    }
    this.markTotal(row, pick, "label", true);
    this.take(pick);
    this.open.push(row);
    this.groupStart = this.open.length;
    this.afterBoundary = true;
  }

  /**
   * Nettorisk printed as one figure: Σ positiv + Σ negativ over the Summa risker row (or the
   * risks themselves). Returns false when the row has a figure in every risk column, which is
   * an ordinary total.
   */
  private netRisk(row: number): boolean {
    const { positiveRiskCols, negativeRiskCols, tolerance } = this.input;
    const riskCols = [...positiveRiskCols, ...negativeRiskCols];
    if (positiveRiskCols.length === 0 || negativeRiskCols.length === 0)
      return false;
    const filled = riskCols.filter((c) => !isNaNValue(this.num(row, c)));
    if (filled.length !== 1) return false;
    const col = filled[0];
    const lastTotal = this.lastSiblingTotalIndex();
    const parts = lastTotal >= 0 ? [this.open[lastTotal]] : this.open.slice();
    if (parts.length === 0) return false;
    const sumOver = (cols: readonly number[]) => {
      let s = 0;
      for (const p of parts) {
        for (const c of cols) {
          const v = this.num(p, c);
          if (!isNaNValue(v)) s += v;
        }
      }
      return s;
    };
    const value = this.num(row, col);
    const tol = tolerance(row, col, parts.length * riskCols.length);
    const d = this.d(row);
    d.acrossColumns = [...riskCols];
    // Some analyses print the negative risks as positive amounts: then Nettorisk is the
    // difference. A wrong Nettorisk is read the same way when the negative column adds up
    // above zero, so its expected value and fix are the difference, not the sum.
    const negatives = sumOver(negativeRiskCols);
    const difference = sumOver(positiveRiskCols) - negatives;
    if (
      abs(value - sumOver(riskCols)) > tol &&
      (abs(value - difference) <= tol || negatives > 0)
    ) {
      d.acrossMinusColumns = [...negativeRiskCols];
    }
    this.markTotal(row, { plus: parts, minus: [] }, "label", true);
    this.take({ plus: parts, minus: [] });
    this.open.push(row);
    this.groupStart = this.open.length;
    return true;
  }

  // ---- formula totals (no label, but =SUM over the rows above) --------------------------------

  private formulaTotal(row: number): boolean {
    const { sumCols } = this.input;
    const marks = this.marks;
    if (marks === null) return false;
    // Made on the first formula that sums rows above: most rows that come here have none.
    let counts: Map<string, { rows: number[]; n: number }> | null = null;
    let formulas = 0;
    // The row's formulas read straight from the snapshot (what grid.formula does per cell).
    const formulaRow = this.formulas[row - this.top];
    if (!formulaRow) return false;
    const { left, width } = this.grid;
    // What is read here is marked on the grid: the check of totals asks the same of these
    // cells (is the total a formula or a typed constant?) and then reads a byte, not the string.
    const base = (row - this.top) * width;
    for (const c of sumCols) {
      const at = c - left;
      const f = formulaRow[at];
      const present = isFormula(f);
      if (at >= 0 && at < width)
        marks[base + at] = present ? FORMULA_PRESENT : FORMULA_ABSENT;
      if (!present) continue;
      // A parent's SUM over its Varav details below is no total of rows above (every parent
      // row of a large sheet comes here): turned away by its first reference, before any
      // pattern runs.
      if (startsAtOrBelow(f, row) || !SUM_LIKE.test(f)) continue;
      const parsed = rowsOfSumFormulaAbove(f, c, row);
      if (!parsed || parsed.minus.length > 0) continue;
      const refs = [...new Set(parsed.plus)].sort((a, b) => a - b);
      if (refs.length < 2) continue;
      formulas += 1;
      const key = refs.join(",");
      if (!counts) counts = new Map();
      const entry = counts.get(key);
      if (entry) entry.n += 1;
      else counts.set(key, { rows: refs, n: 1 });
    }
    if (formulas === 0 || !counts) return false;
    let common: number[] = [];
    let most = 0;
    for (const entry of counts.values()) {
      if (entry.n > most) {
        most = entry.n;
        common = entry.rows;
      }
    }
    const openSet = new Set(this.open);
    const fromFormula = common.filter((r) => openSet.has(r));
    if (fromFormula.length === 0) return false;
    this.closeGroup();
    const lastTotal = this.lastSiblingTotalIndex();
    const readings: Reading[] = [{ plus: fromFormula, minus: [] }];
    const items = this.open.slice(lastTotal + 1);
    if (items.join(",") !== fromFormula.join(","))
      readings.push({ plus: items, minus: [] });
    let best: Reading | null = null;
    let bestMatched = 0;
    for (const reading of readings) {
      const score = this.score(row, reading, false);
      if (this.full(score)) {
        best = reading;
        break;
      }
      if (score.matched > bestMatched) {
        best = reading;
        bestMatched = score.matched;
      }
    }
    if (!best) return false;
    this.markTotal(row, best, "formula", true);
    this.take(best);
    this.open.push(row);
    this.groupStart = this.open.length;
    this.afterBoundary = true;
    return true;
  }

  // ---- Varav ------------------------------------------------------------------------------------

  /**
   * "Varav:" under a row: the rows after it are its details, up to a blank row, a total, or the
   * row above the next "Varav:" (the next parent). Where the details end is decided by the
   * figures: the longest run that adds up to the parent in the most columns. Details that add
   * up in no column are a partial breakdown: they stay details, nothing is checked.
   */
  private varavBlock(heading: number): number {
    const parent = this.open[this.open.length - 1];
    if (parent === undefined || parent !== heading - 1) return heading;
    const extent: number[] = [];
    const end = this.input.drafts.dataEnd;
    for (let r = heading + 1; r <= end; r += 1) {
      if (
        this.d(r).role !== "item" ||
        this.totalLabelOf(r) ||
        !this.has(r, HAS_NUMBERS)
      )
        break;
      if (r + 1 <= end && this.has(r + 1, VARAV_HEADING)) break;
      extent.push(r);
    }
    if (extent.length === 0) return heading;
    const count = this.bestDetailRun(parent, extent);
    // The whole run (the usual case) is handed over as it is, not copied.
    const details =
      count.rows === extent.length ? extent : extent.slice(0, count.rows);
    this.attachDetails(parent, details, count.matched > 0);
    return heading + count.rows;
  }

  /** Consecutive "varav X" rows under the nearest ordinary row above. */
  private inlineVarav(first: number): number {
    const parent = this.open[this.open.length - 1];
    let last = first;
    while (
      last + 1 <= this.input.drafts.dataEnd &&
      this.has(last + 1, VARAV_DETAIL) &&
      this.d(last + 1).role === "item"
    )
      last += 1;
    const details: number[] = [];
    for (let r = first; r <= last; r += 1) details.push(r);
    if (parent === undefined) {
      for (const r of details) this.push(r);
      return last;
    }
    const score = this.score(parent, { plus: details, minus: [] }, false);
    this.attachDetails(parent, details, score.matched > 0);
    return last;
  }

  private bestDetailRun(
    parent: number,
    extent: readonly number[],
  ): { rows: number; matched: number } {
    const { sumCols, toleranceSetting } = this.input;
    const cols = sumCols.length;
    // Buffers reused from group to group: a big sheet has thousands of Varav groups.
    if (this.runSums.length < cols) {
      this.runSums = new Float64Array(cols);
      this.runUnits = new Float64Array(cols);
      this.runTotals = new Float64Array(cols);
    }
    const { runSums: sums, runUnits: units, runTotals: totals } = this;
    // Cells read from the flat array by row base + column offset: a group is a few hundred
    // cells, thousands of groups on a big sheet.
    const { num, width, top, left } = this.grid;
    // A column's unit is looked up (its cell's format) only when a sum misses its total by
    // more than the noise. A unit is 10^-decimals > 0 and the tolerance setting is at least 0
    // (parseSettings), so a difference within the noise matches whatever the unit: a run that
    // adds up exactly, the usual case, needs none. UNKNOWN marks a unit not yet looked up.
    for (let i = 0; i < cols; i += 1) {
      sums[i] = 0;
      totals[i] = this.num(parent, sumCols[i]);
      units[i] = UNKNOWN;
    }

    // The common case first: the whole run adds up in every column, and no shorter run can
    // do better (ties go to the longest).
    let possible = 0;
    for (let k = 0; k < extent.length; k += 1) {
      const base = (extent[k] - top) * width - left;
      for (let i = 0; i < cols; i += 1) {
        const v = num[base + sumCols[i]];
        if (v === v) sums[i] += v;
      }
    }
    let all = 0;
    const unitsAll = sumToleranceUnits(extent.length, toleranceSetting);
    for (let i = 0; i < cols; i += 1) {
      const t = totals[i];
      if (t !== t) continue;
      possible += 1;
      const miss = abs(t - sums[i]);
      const slack = noise(abs(t));
      if (miss <= slack || miss <= unitsAll * this.runUnit(parent, i) + slack)
        all += 1;
      sums[i] = 0;
    }
    if (possible > 0 && all === possible)
      return { rows: extent.length, matched: all };
    sums.fill(0);
    let bestRows = extent.length;
    let bestMatched = -1;
    for (let k = 1; k <= extent.length; k += 1) {
      let matched = 0;
      const units_k = sumToleranceUnits(k, toleranceSetting);
      const base = (extent[k - 1] - top) * width - left;
      for (let i = 0; i < cols; i += 1) {
        const v = num[base + sumCols[i]];
        if (v === v) sums[i] += v;
        const t = totals[i];
        if (t !== t) continue;
        const miss = abs(t - sums[i]);
        const slack = noise(abs(t));
        if (miss <= slack || miss <= units_k * this.runUnit(parent, i) + slack)
          matched += 1;
      }
      if (matched >= bestMatched && matched > 0) {
        bestMatched = matched;
        bestRows = k;
      }
    }
    return { rows: bestRows, matched: max(0, bestMatched) };
  }

  /** The unit of the parent's cell in the i-th sum column, looked up once per group. */
  private runUnit(parent: number, i: number): number {
    const units = this.runUnits;
    if (units[i] === UNKNOWN)
      units[i] = this.input.unit(parent, this.input.sumCols[i]);
    return units[i];
  }

  private attachDetails(
    parent: number,
    details: number[],
    confirmed: boolean,
  ): void {
    for (const r of details) {
      const d = this.d(r);
      d.varav = true;
      d.parentRow = parent;
    }
    if (confirmed)
      this.markTotal(parent, { plus: details, minus: [] }, "varav");
    this.afterBoundary = false;
  }
}
