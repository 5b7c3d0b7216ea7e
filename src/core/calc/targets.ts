/**
 * Targets (etappmål, målvärde) as ekonomer write them, and whether an outcome meets them
 * (domain.md §5): "≤38", ">73,5", "<= 1,0%", "≥975 per år", "95 %", "index 49", "0 mnkr",
 * "> Länssnitt", "Öka", "Minska", "Behåll", "Indikator", a bare number whose direction the
 * measure decides. KOLL.MÅLUPPFYLLELSE and the indicator rules (target.syntax,
 * target.direction) share this parser, so a target reads the same in a cell and in a finding.
 */
import { parseSwedishNumber } from "../numbers";

export type TargetOperator = "<" | "<=" | ">" | ">=" | "=";
/** Which way is better for a measure. */
export type Direction = "higher" | "lower";
export type TargetChange = "increase" | "decrease" | "keep";

interface Written {
  /** The target text as written, trimmed. */
  text: string;
}

interface Amount {
  /** For a percentage the ratio ("95 %" → 0.95). */
  value: number;
  /** True when written with % (or "procent"). */
  percent: boolean;
  /** A unit written beside the number: "mnkr", "per år", "index", "kr/inv". */
  unit?: string;
}

/** "≤38", ">73,5", "minst 95 %". */
export interface ThresholdTarget extends Written, Amount {
  kind: "threshold";
  operator: TargetOperator;
}
/** A bare number ("95 %", "index 49"): the measure's direction says whether more is better. */
export interface LevelTarget extends Written, Amount {
  kind: "level";
}
/** "90–95 %", "mellan 4 och 6". */
export interface RangeTarget extends Written {
  kind: "range";
  low: number;
  high: number;
  percent: boolean;
  unit?: string;
}
/** "> Länssnitt": compared with a value given elsewhere. */
export interface ReferenceTarget extends Written {
  kind: "reference";
  operator: Exclude<TargetOperator, "=">;
  reference: string;
}
/** "Öka", "Minska", "Behåll": compared with the previous outcome. */
export interface ChangeTarget extends Written {
  kind: "change";
  change: TargetChange;
}
/** "Indikator" (followed, not a target: monitored) or a blank cell. */
export interface NoTarget extends Written {
  kind: "none";
  monitored: boolean;
}
export interface TargetError extends Written {
  kind: "error";
  /** Why the text is not a target, in Swedish. */
  error: string;
  errorEn: string;
}

export type Target =
  | ThresholdTarget
  | LevelTarget
  | RangeTarget
  | ReferenceTarget
  | ChangeTarget
  | NoTarget;
export type TargetParse = Target | TargetError;

const OPERATOR_SYMBOLS: ReadonlyArray<[string, TargetOperator]> = [
  ["<=", "<="],
  ["=<", "<="],
  ["≤", "<="],
  ["≦", "<="],
  ["⩽", "<="],
  [">=", ">="],
  ["=>", ">="],
  ["≥", ">="],
  ["≧", ">="],
  ["⩾", ">="],
  ["<", "<"],
  ["‹", "<"],
  ["«", "<"],
  [">", ">"],
  ["›", ">"],
  ["»", ">"],
  ["=", "="],
];

/** Longest phrases first, so that "inte mer än" wins over "mer än". */
const OPERATOR_WORDS: ReadonlyArray<[string, TargetOperator]> = [
  ["inte lägre än", ">="],
  ["inte mindre än", ">="],
  ["inte under", ">="],
  ["inte högre än", "<="],
  ["inte mer än", "<="],
  ["inte över", "<="],
  ["högre än", ">"],
  ["större än", ">"],
  ["mer än", ">"],
  ["fler än", ">"],
  ["lägre än", "<"],
  ["mindre än", "<"],
  ["färre än", "<"],
  ["minst", ">="],
  ["lägst", ">="],
  ["högst", "<="],
  ["maximalt", "<="],
  ["max", "<="],
  ["över", ">"],
  ["under", "<"],
];

const CHANGE_WORDS: Record<string, TargetChange> = {
  öka: "increase",
  ökning: "increase",
  ökad: "increase",
  höja: "increase",
  increase: "increase",
  minska: "decrease",
  minskning: "decrease",
  minskad: "decrease",
  sänka: "decrease",
  decrease: "decrease",
  behåll: "keep",
  behålla: "keep",
  bibehåll: "keep",
  bibehålla: "keep",
  maintain: "keep",
  keep: "keep",
};

const NO_TARGET = /^(indikator|ej mål|inget mål|bevakas|följs upp)\b/;
const MISSING = new Set(["", "-", "–", "—", "..", "...", "…"]);
/** A number as written in a target: thousands grouped by single spaces, comma or point decimals. */
const NUMBER_AT_START =
  /^[+\-\u2212\u2013]?\s?(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?/;
/** What may follow a number as its unit: a few words, "kr/inv", "per år", "st.". */
const UNIT = /^[a-zåäöéü][a-zåäöéü/.\- ]{0,29}$/i;

function fail(text: string, error: string, errorEn: string): TargetError {
  return { kind: "error", text, error, errorEn };
}

/** Any run of spaces (normal, no-break, thin) becomes one ordinary space. */
function normaliseSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u202F\u2007-\u200A]+/g, " ").trim();
}

/** Reads "95 %", "0 mnkr", "975 per år", "index 49", "−2,5". */
function parseAmount(text: string, whole: string): Amount | TargetError {
  let rest = text.trim();
  let unit: string | undefined;
  const indexPrefix = /^index\b\s*/i.exec(rest);
  if (indexPrefix) {
    unit = "index";
    rest = rest.slice(indexPrefix[0].length);
  }
  const number = NUMBER_AT_START.exec(rest);
  if (!number) {
    return fail(
      whole,
      `"${whole}" är inget mål som Rapportkoll känner igen (ett tal, ≤ 38, > 73,5 %, Öka, Minska, Behåll eller Indikator).`,
      `"${whole}" is not a target Rapportkoll recognises (a number, ≤ 38, > 73.5 %, Öka, Minska, Behåll or Indikator).`,
    );
  }
  const parsed = parseSwedishNumber(number[0]);
  if (!parsed.ok) {
    const reason = parsed.missing
      ? `"${number[0]}" är inget tal.`
      : parsed.reason;
    return fail(
      whole,
      `Målet "${whole}": ${reason}`,
      `The target "${whole}" has no readable number.`,
    );
  }
  rest = rest.slice(number[0].length).trim();
  let percent = false;
  const percentSign = /^(%|procent\b)\s*/i.exec(rest);
  if (percentSign) {
    percent = true;
    rest = rest.slice(percentSign[0].length);
  }
  if (rest !== "") {
    if (unit || !UNIT.test(rest)) {
      return fail(
        whole,
        `Målet "${whole}" har text efter talet som inte är en enhet: "${rest}".`,
        `The target "${whole}" has text after the number that is not a unit: "${rest}".`,
      );
    }
    unit = rest;
  }
  const amount: Amount = {
    value: percent ? parsed.value / 100 : parsed.value,
    percent,
  };
  if (unit) amount.unit = unit;
  return amount;
}

function isError(value: Amount | TargetError): value is TargetError {
  return (value as TargetError).kind === "error";
}

/** "90–95 %", "1 000-2 000", "mellan 4 och 6", "4 till 6"; null when the text is no range. */
function parseRange(text: string): RangeTarget | TargetError | null {
  const between = /^mellan (.+) och (.+)$/i.exec(text);
  const dashed =
    /^(.*?\d\s*%?)\s*(?:–|—|-|till)\s*([+\-\u2212]?\s?\d.*)$/i.exec(text);
  const match = between ?? dashed;
  if (!match) return null;
  const low = parseAmount(match[1], text);
  const high = parseAmount(match[2], text);
  if (isError(low)) return low;
  if (isError(high)) return high;
  // "90–95 %": the percent sign written once applies to both ends.
  const percent = low.percent || high.percent;
  const lowValue = percent && !low.percent ? low.value / 100 : low.value;
  const highValue = percent && !high.percent ? high.value / 100 : high.value;
  if (lowValue > highValue) {
    return fail(
      text,
      `Intervallet "${text}" börjar med det större talet.`,
      `The range "${text}" starts with the larger number.`,
    );
  }
  const range: RangeTarget = {
    kind: "range",
    text,
    low: lowValue,
    high: highValue,
    percent,
  };
  const unit = high.unit ?? low.unit;
  if (unit) range.unit = unit;
  return range;
}

function leadingOperator(text: string): [TargetOperator, string] | null {
  for (const [symbol, operator] of OPERATOR_SYMBOLS) {
    if (text.startsWith(symbol))
      return [operator, text.slice(symbol.length).trim()];
  }
  const lower = text.toLowerCase();
  for (const [phrase, operator] of OPERATOR_WORDS) {
    if (lower.startsWith(phrase) && /^(\s|$)/.test(text.slice(phrase.length))) {
      return [operator, text.slice(phrase.length).trim()];
    }
  }
  return null;
}

/** Reads a target as written in an Etappmål or Målvärde cell. */
export function parseTarget(input: string): TargetParse {
  const text = normaliseSpaces(input);
  if (MISSING.has(text)) return { kind: "none", text, monitored: false };
  const lower = text.toLowerCase();
  if (NO_TARGET.test(lower)) return { kind: "none", text, monitored: true };

  const firstWord = lower.split(" ")[0].replace(/[.!,]$/, "");
  const change = CHANGE_WORDS[firstWord];
  if (change) {
    const rest = text.slice(text.split(" ")[0].length).trim();
    // "Öka till 95 %" is a threshold reached from below; "Öka" alone compares with last year.
    const goal = /^till (.+)$/i.exec(rest);
    if (goal && change !== "keep") {
      const amount = parseAmount(goal[1], text);
      if (isError(amount)) return amount;
      return {
        kind: "threshold",
        text,
        operator: change === "increase" ? ">=" : "<=",
        ...amount,
      };
    }
    return { kind: "change", text, change };
  }

  const operator = leadingOperator(text);
  if (operator) {
    const [op, rest] = operator;
    if (rest === "") {
      return fail(
        text,
        `Målet "${text}" har ett jämförelsetecken men inget värde.`,
        `The target "${text}" has a comparison but no value.`,
      );
    }
    if (/^\p{L}/u.test(rest) && !/^index\b/i.test(rest) && !/\d/.test(rest)) {
      if (op === "=") {
        return fail(
          text,
          `Målet "${text}" behöver ett jämförelsetecken (>, <, ≥ eller ≤) före "${rest}".`,
          `The target "${text}" needs a comparison (>, <, ≥ or ≤) before "${rest}".`,
        );
      }
      return { kind: "reference", text, operator: op, reference: rest };
    }
    const amount = parseAmount(rest, text);
    if (isError(amount)) return amount;
    return { kind: "threshold", text, operator: op, ...amount };
  }

  const range = parseRange(text);
  if (range) return range;
  const amount = parseAmount(text, text);
  if (isError(amount)) return amount;
  return { kind: "level", text, ...amount };
}

/**
 * An amount written with its unit, as outcomes in indicator tables are ("index 66", "997 per
 * år", "0 mnkr", "95 %"); null when the text is not one.
 */
export function parseAmountText(
  input: string,
): { value: number; percent: boolean; unit?: string } | null {
  const text = normaliseSpaces(input);
  const amount = parseAmount(text, text);
  return isError(amount) ? null : amount;
}

/** A target cell that holds a number rather than text: a bare level. */
export function targetFromNumber(value: number): LevelTarget {
  return { kind: "level", text: String(value), value, percent: false };
}

/** The way a target points (for checking that etappmål and målvärde agree), or null. */
export function targetDirection(target: Target): Direction | null {
  switch (target.kind) {
    case "threshold":
    case "reference":
      if (target.operator === ">" || target.operator === ">=") return "higher";
      if (target.operator === "<" || target.operator === "<=") return "lower";
      return null;
    case "change":
      return target.change === "increase"
        ? "higher"
        : target.change === "decrease"
          ? "lower"
          : null;
    default:
      return null;
  }
}

const DIRECTION_WORDS: Record<string, Direction> = {
  högre: "higher",
  hög: "higher",
  högt: "higher",
  upp: "higher",
  öka: "higher",
  higher: "higher",
  up: "higher",
  lägre: "lower",
  låg: "lower",
  lågt: "lower",
  ner: "lower",
  minska: "lower",
  lower: "lower",
  down: "lower",
};

/** "högre" / "lägre" (also "högre är bättre", "higher", "lower"); null when not a direction. */
export function parseDirection(text: string): Direction | null {
  const word = normaliseSpaces(text)
    .toLowerCase()
    .replace(/ (är|is) (bättre|better)$/, "");
  return DIRECTION_WORDS[word] ?? null;
}

export type TargetStatus =
  "Uppfyllt" | "Delvis uppfyllt" | "Ej uppfyllt" | "Ej bedömd";

export const TARGET_STATUS_EN: Record<TargetStatus, string> = {
  Uppfyllt: "Met",
  "Delvis uppfyllt": "Partly met",
  "Ej uppfyllt": "Not met",
  "Ej bedömd": "Not assessed",
};

/** An outcome, previous value or comparison value. */
export interface Measured {
  value: number;
  /** True when written with % (value is then the ratio); otherwise the scale is not known. */
  percent?: boolean;
}

export interface TargetContext {
  /** Last period's outcome: needed for Öka/Minska/Behåll; with any other target, the baseline. */
  previous?: Measured | null;
  /** The measure's direction: needed for a bare number. */
  direction?: Direction | null;
  /** The value of a reference such as "Länssnitt". */
  comparison?: Measured | null;
}

/** Relative slack for comparing numbers that went through binary floating point. */
const EPSILON = 1e-9;

/**
 * The number `x` on the same scale as `reference`: a percentage written "84 %" is 0,84, but a
 * plain 84 in a cell beside a "95 %" target means 84 %, and a 0,84 means the same. When the
 * writing is not known, the reading closer to the reference in magnitude wins.
 */
function onScaleOf(
  x: Measured,
  referenceValue: number,
  referencePercent: boolean,
): number {
  if (referencePercent === Boolean(x.percent)) return x.value;
  if (referencePercent && !x.percent) {
    return closerInMagnitude(referenceValue, x.value, x.value / 100);
  }
  if (!referencePercent && x.percent) {
    return closerInMagnitude(referenceValue, x.value, x.value * 100);
  }
  return x.value;
}

function closerInMagnitude(
  reference: number,
  asIs: number,
  rescaled: number,
): number {
  const distance = (v: number) =>
    Math.abs(
      Math.log(Math.abs(v) + 1e-12) - Math.log(Math.abs(reference) + 1e-12),
    );
  if (reference === 0) return Math.abs(asIs) > 1 ? rescaled : asIs;
  return distance(rescaled) < distance(asIs) ? rescaled : asIs;
}

function meets(
  value: number,
  operator: TargetOperator,
  target: number,
): boolean {
  const slack = EPSILON * Math.max(1, Math.abs(target));
  switch (operator) {
    case "<":
      return value < target - slack;
    case "<=":
      return value <= target + slack;
    case ">":
      return value > target + slack;
    case ">=":
      return value >= target - slack;
    case "=":
      return Math.abs(value - target) <= slack;
  }
}

/** How far a value lies from satisfying a bound (0 when it does). */
function shortfall(
  value: number,
  operator: TargetOperator,
  target: number,
): number {
  if (operator === ">" || operator === ">=") return Math.max(0, target - value);
  if (operator === "<" || operator === "<=") return Math.max(0, value - target);
  return Math.abs(value - target);
}

function clearlyLess(a: number, b: number): boolean {
  return a < b - EPSILON * Math.max(1, Math.abs(b));
}

/** Met, or partly met when the outcome moved towards the bound from the previous value. */
function againstBound(
  outcome: number,
  operator: TargetOperator,
  bound: number,
  previous: number | null,
): TargetStatus {
  if (meets(outcome, operator, bound)) return "Uppfyllt";
  if (previous === null) return "Ej uppfyllt";
  const closer = clearlyLess(
    shortfall(outcome, operator, bound),
    shortfall(previous, operator, bound),
  );
  return closer ? "Delvis uppfyllt" : "Ej uppfyllt";
}

function againstChange(
  change: TargetChange,
  outcome: Measured,
  previous: Measured,
  direction: Direction | null,
): TargetStatus {
  const o = outcome.value;
  const p = onScaleOf(previous, o, Boolean(outcome.percent));
  const slack = EPSILON * Math.max(1, Math.abs(p));
  const rose = o > p + slack;
  const fell = o < p - slack;
  if (change === "increase") return rose ? "Uppfyllt" : "Ej uppfyllt";
  if (change === "decrease") return fell ? "Uppfyllt" : "Ej uppfyllt";
  if (!rose && !fell) return "Uppfyllt";
  // A change under "Behåll" can only be judged when the measure's better direction is known.
  if (!direction) return "Ej bedömd";
  return (direction === "higher" ? rose : fell) ? "Uppfyllt" : "Ej uppfyllt";
}

/**
 * Uppfyllt / Delvis uppfyllt / Ej uppfyllt / Ej bedömd for an outcome against a target. A blank
 * outcome (null), "Indikator", a bare number without a direction, Öka/Minska/Behåll without a
 * previous value and a reference without its value are all "Ej bedömd". With a previous value,
 * an outcome that misses a numeric target but moved towards it is "Delvis uppfyllt".
 */
export function assessTarget(
  target: Target,
  outcome: Measured | null,
  context: TargetContext = {},
): TargetStatus {
  if (outcome === null || target.kind === "none") return "Ej bedömd";
  const previous = context.previous ?? null;
  const direction = context.direction ?? null;
  switch (target.kind) {
    case "change":
      return previous
        ? againstChange(target.change, outcome, previous, direction)
        : "Ej bedömd";
    case "reference": {
      const comparison = context.comparison ?? null;
      if (!comparison) return "Ej bedömd";
      const bound = comparison.value;
      const scale = Boolean(comparison.percent);
      return againstBound(
        onScaleOf(outcome, bound, scale),
        target.operator,
        bound,
        previous ? onScaleOf(previous, bound, scale) : null,
      );
    }
    case "range": {
      const middle = (target.low + target.high) / 2;
      const o = onScaleOf(outcome, middle, target.percent);
      const p = previous ? onScaleOf(previous, middle, target.percent) : null;
      const below = againstBound(o, ">=", target.low, p);
      const above = againstBound(o, "<=", target.high, p);
      if (below === "Uppfyllt" && above === "Uppfyllt") return "Uppfyllt";
      return below === "Uppfyllt" ? above : below;
    }
    case "threshold":
    case "level": {
      const operator: TargetOperator | null =
        target.kind === "threshold"
          ? target.operator
          : direction === "higher"
            ? ">="
            : direction === "lower"
              ? "<="
              : null;
      if (!operator) return "Ej bedömd";
      return againstBound(
        onScaleOf(outcome, target.value, target.percent),
        operator,
        target.value,
        previous ? onScaleOf(previous, target.value, target.percent) : null,
      );
    }
  }
}
