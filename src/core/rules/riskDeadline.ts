/**
 * Tidplan cells as they are written in internal-control plans: an Excel date (a serial number
 * with a date format), text "2020-12-31", a month ("december 2020", "2020-12"), a tertial or
 * quarter ("T2 2020", "Q4 2020"), a year ("2020"), or words without a date ("Löpande").
 * A period means its last day: an åtgärd due "december 2020" is late from 1 January 2021.
 */
import { normalizeLabel } from "../layout/text";

export type Deadline =
  | { kind: "date"; date: string }
  /** A plan without a date: Löpande, Pågående, Kontinuerligt, Årligen. */
  | { kind: "ongoing" }
  | { kind: "unreadable" };

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  feb: 2,
  februari: 2,
  mar: 3,
  mars: 3,
  apr: 4,
  april: 4,
  maj: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  augusti: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const ONGOING =
  /^(?:löpande|pågående|kontinuerligt|kontinuerlig|årligen|årlig|varje år|återkommande|ständigt|fortlöpande|hela året|under året|månadsvis|kvartalsvis|tertialvis)\b/;

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug makes that the base for modern dates). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serial numbers of 1954–2119: plausible deadlines, not scores or years. */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return iso(year, month, day) as string;
}

/** The date of an Excel serial number, "2020-12-31". */
export function serialToIso(serial: number): string {
  const date = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/** True for a number format that shows a date ("yyyy-mm-dd", "d/m/yyyy", "[$-41D]d mmmm yyyy"). */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dy]/i.test(bare) || /(?:^|[^h:])m{3,}/i.test(bare);
}

function fromNumber(value: number, format: string): Deadline {
  if (isDateFormat(format) || (value >= SERIAL_MIN && value <= SERIAL_MAX))
    return { kind: "date", date: serialToIso(value) };
  if (Number.isInteger(value) && value >= 1990 && value <= 2100)
    return { kind: "date", date: `${value}-12-31` };
  return { kind: "unreadable" };
}

function lastDate(candidates: string[]): Deadline | null {
  if (candidates.length === 0) return null;
  return { kind: "date", date: candidates.sort()[candidates.length - 1] };
}

function fromText(text: string): Deadline {
  const t = normalizeLabel(text);
  if (t === "") return { kind: "unreadable" };
  const dates: string[] = [];
  // Several dates ("2020-06-30, 2020-12-31") mean the plan ends with the last.
  for (const m of t.matchAll(/(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g)) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) dates.push(date);
  }
  for (const m of t.matchAll(
    /(?<!\d)(\d{1,2})[./](\d{1,2})[./ ]\s?(\d{4})(?!\d)/g,
  )) {
    const date = iso(Number(m[3]), Number(m[2]), Number(m[1]));
    if (date) dates.push(date);
  }
  for (const m of t.matchAll(
    /(?<![\d-])(\d{1,2}) ([a-zåäö]+)\.? (\d{4})(?!\d)/g,
  )) {
    const month = MONTHS[m[2]];
    const date = month ? iso(Number(m[3]), month, Number(m[1])) : null;
    if (date) dates.push(date);
  }
  const exact = lastDate(dates);
  if (exact) return exact;
  // A date that does not exist ("2020-13-45") is a typo, not the end of its year.
  if (/\d{4}-\d{1,2}-\d{1,2}/.test(t)) return { kind: "unreadable" };

  const periods: string[] = [];
  for (const m of t.matchAll(/(?<![\d-])(\d{4})-(\d{1,2})(?![\d-])/g)) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12)
      periods.push(endOfMonth(Number(m[1]), month));
  }
  for (const m of t.matchAll(/(?:^|[^a-zåäö])([a-zåäö]+)\.? (\d{4})(?!\d)/g)) {
    const month = MONTHS[m[1]];
    if (month) periods.push(endOfMonth(Number(m[2]), month));
  }
  for (const m of t.matchAll(/(?:^|\s)(?:t|tertial )([1-3]),? (\d{4})(?!\d)/g))
    periods.push(endOfMonth(Number(m[2]), Number(m[1]) * 4));
  for (const m of t.matchAll(
    /(?:^|\s)(?:q|kv|kvartal )([1-4]),? (\d{4})(?!\d)/g,
  ))
    periods.push(endOfMonth(Number(m[2]), Number(m[1]) * 3));
  const period = lastDate(periods);
  if (period) return period;

  if (ONGOING.test(t)) return { kind: "ongoing" };
  const years = [...t.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)].map(
    (m) => `${m[1]}-12-31`,
  );
  return lastDate(years) ?? { kind: "unreadable" };
}

/** Reads a Tidplan cell: its value and number format. */
export function readDeadline(value: unknown, format: string): Deadline {
  if (typeof value === "number" && Number.isFinite(value))
    return fromNumber(value, format);
  if (typeof value === "string") return fromText(value);
  return { kind: "unreadable" };
}

/** Today as "2020-12-31" in the user's time zone, or the date the settings fix for checks. */
export function todayIso(fixed?: string): string {
  if (fixed) return fixed;
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
