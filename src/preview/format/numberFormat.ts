/**
 * Shows a cell value the way Swedish Excel does with the cell's number format: no-break space
 * between thousands, decimal comma, the true minus sign (−1 741), percentages as "3,7 %",
 * SANT/FALSKT. Format codes arrive in Excel's invariant language ("#,##0.0;-#,##0.0", "0%").
 */
import { roundHalfAway } from "../../core/numbers";
import type { ShownValue } from "../model/previewWorkbook";

const MINUS = "\u2212";
const NBSP = "\u00A0";

export interface ShownCell {
  text: string;
  /** Where the value sits when the cell has no alignment of its own. */
  align: "left" | "right" | "center";
  /** A colour the format asks for ([Red]). */
  color?: string;
}

const COLORS: Record<string, string> = {
  red: "#C00000",
  blue: "#0000FF",
  green: "#008000",
  black: "#000000",
  magenta: "#FF00FF",
  cyan: "#00B0F0",
  yellow: "#B8860B",
  white: "#FFFFFF",
};

export function showValue(value: ShownValue, numberFormat: string): ShownCell {
  if (typeof value === "object") return { text: value.error, align: "center" };
  if (typeof value === "boolean")
    return { text: value ? "SANT" : "FALSKT", align: "center" };
  if (typeof value === "string") return { text: value, align: "left" };
  return { ...formatNumberWith(value, numberFormat), align: "right" };
}

/** Splits a format code into its sections at semicolons outside quotes. */
function sections(code: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (code[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function formatNumberWith(
  value: number,
  code: string,
): { text: string; color?: string } {
  if (!code || code === "General" || code === "@" || code === "Standard")
    return { text: generalNumber(value) };
  const parts = sections(code);
  let section = parts[0];
  let signed = value < 0;
  if (value < 0 && parts.length > 1 && parts[1] !== "") {
    section = parts[1];
    signed = false;
  } else if (value === 0 && parts.length > 2 && parts[2] !== "") {
    section = parts[2];
  }
  let color: string | undefined;
  section = section.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const c = COLORS[inner.toLowerCase()];
    if (c) color = c;
    return "";
  });
  if (/^\s*General\s*$/i.test(section))
    return {
      text: (signed ? MINUS : "") + generalNumber(Math.abs(value)),
      color,
    };
  const text = isDateSection(section)
    ? formatDate(value, section)
    : formatNumeric(Math.abs(value), section, signed);
  return { text, color };
}

/** Excel's General format: up to about ten significant digits, no grouping. */
export function generalNumber(value: number): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exponent] = abs.toExponential(5).split("e");
    const exp = Number(exponent);
    text = `${mantissa.replace(/\.?0+$/, "")}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  } else {
    const digitsBefore = abs >= 1 ? Math.floor(Math.log10(abs)) + 1 : 0;
    const decimals = Math.max(0, 10 - digitsBefore);
    text = roundHalfAway(abs, decimals).toFixed(decimals);
    if (text.includes(".")) text = text.replace(/\.?0+$/, "");
  }
  return (value < 0 ? MINUS : "") + text.replace(".", ",");
}

function isDateSection(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[yd]/i.test(bare) || /h/i.test(bare);
}

/** Literal text in a format section: quoted text, escaped characters, _x spacing, *x fill. */
function literal(text: string): string {
  return text
    .replace(/"([^"]*)"/g, "$1")
    .replace(/_./g, " ")
    .replace(/\*./g, "")
    .replace(/\\(.)/g, "$1")
    .replace(/-/g, MINUS);
}

function formatNumeric(abs: number, section: string, signed: boolean): string {
  // Protect quoted and escaped characters while finding the digit placeholders.
  const masked = section
    .replace(/"[^"]*"/g, (m) => "\u0001".repeat(m.length))
    .replace(/\\./g, "\u0001\u0001");
  const first = masked.search(/[0#?]/);
  if (first < 0) return literal(section);
  let last = first;
  for (let i = first; i < masked.length; i++)
    if (/[0#?.,]/.test(masked[i])) last = i;
  const prefix = section.slice(0, first);
  let suffix = section.slice(last + 1);
  let body = masked.slice(first, last + 1);

  let scaled = abs;
  const percents = (masked.match(/%/g) ?? []).length;
  scaled *= 100 ** percents;
  // Commas after the last digit placeholder divide by a thousand each ("#,##0," shows thousands).
  while (body.endsWith(",")) {
    body = body.slice(0, -1);
    scaled /= 1000;
  }
  const [intPattern, fracPattern = ""] = body.split(".");
  const grouping = intPattern.includes(",");
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const maxDecimals = (fracPattern.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPattern.match(/0/g) ?? []).length;

  let [intDigits, fracDigits = ""] = roundHalfAway(scaled, maxDecimals)
    .toFixed(maxDecimals)
    .split(".");
  while (fracDigits.length > minDecimals && fracDigits.endsWith("0"))
    fracDigits = fracDigits.slice(0, -1);
  if (intDigits === "0" && minInt === 0) intDigits = "";
  intDigits = intDigits.padStart(minInt, "0");
  if (grouping) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const number =
    fracDigits || fracPattern.length ? `${intDigits},${fracDigits}` : intDigits;
  const isZero =
    Number(`${intDigits.replace(/\D/g, "") || "0"}.${fracDigits || "0"}`) === 0;
  // Swedish usage puts a space before the per cent sign: 3,7 %.
  suffix = literal(suffix).replace(/^%/, `${NBSP}%`);
  return `${literal(prefix)}${signed && !isZero ? MINUS : ""}${number.replace(/,$/, "")}${suffix}`;
}

const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "maj",
  "jun",
  "jul",
  "aug",
  "sep",
  "okt",
  "nov",
  "dec",
];

/** Dates from Excel serial numbers (1900 system) for the common codes: yyyy-mm-dd, d mmm yyyy, hh:mm. */
function formatDate(serial: number, section: string): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const tokens: Record<string, string> = {
    yyyy: String(d.getUTCFullYear()),
    yy: pad(d.getUTCFullYear() % 100),
    mmmm: MONTHS[d.getUTCMonth()],
    mmm: MONTHS[d.getUTCMonth()],
    mm: pad(d.getUTCMonth() + 1),
    m: String(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate()),
    d: String(d.getUTCDate()),
    hh: pad(d.getUTCHours()),
    h: String(d.getUTCHours()),
    ss: pad(d.getUTCSeconds()),
  };
  let afterHour = false;
  return section
    .replace(
      /"([^"]*)"|\\(.)|yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss/gi,
      (match, quoted, escaped) => {
        if (quoted !== undefined) return quoted;
        if (escaped !== undefined) return escaped;
        const token = match.toLowerCase();
        if (token.startsWith("h")) afterHour = true;
        if ((token === "mm" || token === "m") && afterHour) {
          afterHour = false;
          return pad(d.getUTCMinutes());
        }
        return tokens[token] ?? match;
      },
    )
    .replace(/_./g, " ");
}

/** The text the formula bar shows and the editor starts from: what typing it back would give. */
export function editText(
  content: ShownValue | string,
  numberFormat: string,
  literalText: boolean,
): string {
  if (typeof content === "object") return content.error;
  if (typeof content === "boolean") return content ? "SANT" : "FALSKT";
  if (typeof content === "number") {
    const percent = /%/.test(
      numberFormat.split(";")[0].replace(/"[^"]*"/g, ""),
    );
    const shown = percent ? content * 100 : content;
    // Fifteen significant digits, as Excel keeps, hide binary noise such as 3.7000000000000006.
    const text = String(Number(shown.toPrecision(15))).replace(".", ",");
    return percent ? `${text}%` : text;
  }
  if (literalText) return `'${content}`;
  return content;
}
