/**
 * Swedish number text <-> number.
 *
 * Finance staff paste numbers from PDFs and type them by hand, so a cell may hold
 * "45 725" (space, no-break space or thin space between thousands), "−1 741" (U+2212),
 * "- 0,8", "8,5 %", "12.3" (a decimal point by mistake) or "-" / ".." for "no value".
 * `Number()` and `parseFloat()` get most of these wrong ("1,5" → NaN, "1 234" → NaN),
 * so everything that reads a number from text goes through `parseSwedishNumber`.
 */

/** Characters that separate thousands in Swedish text (space, no-break, narrow no-break, thin, figure). */
const GROUP_SPACES = /[\u0020\u00A0\u202F\u2009\u2007\u2008\u200A]/g;
/** Minus signs seen in pasted text: hyphen-minus, U+2212 minus, en dash, figure dash. */
const MINUS_SIGNS = /^[-\u2212\u2013\u2012\ufe63\uff0d]/;
/** Markers that mean "no value" in published tables. */
const MISSING_MARKERS = new Set([
  "",
  "-",
  "\u2212",
  "\u2013",
  "\u2014",
  "..",
  "...",
  "\u2026",
  "x",
  "X",
]);
/** Units that may trail an amount and are dropped (the unit of a sheet is read from its title). */
const AMOUNT_UNITS: Record<string, Unit> = {
  kr: "kr",
  tkr: "tkr",
  mnkr: "mnkr",
  mkr: "mnkr",
  mdkr: "mdkr",
};

export type Unit = "kr" | "tkr" | "mnkr" | "mdkr";

export interface ParsedNumber {
  ok: true;
  /** The number; for a percentage the ratio (8,5 % → 0.085). */
  value: number;
  /** True when the text carried a % sign. */
  percent: boolean;
  /** Digits after the decimal separator as written (for comparing at the cell's own rounding). */
  decimals: number;
  /** True when a decimal point (not comma) was used, e.g. "12.3". */
  decimalPoint: boolean;
  /** A unit written after the number ("0 mnkr"). */
  unit?: Unit;
}

export interface MissingNumber {
  ok: false;
  missing: true;
}

export interface RejectedNumber {
  ok: false;
  missing: false;
  /** Why the text is not a number, in Swedish. */
  reason: string;
}

export type NumberParse = ParsedNumber | MissingNumber | RejectedNumber;

function reject(reason: string): RejectedNumber {
  return { ok: false, missing: false, reason };
}

/**
 * Parses Swedish number text. Returns the value, "missing" for blank/-/.., or a reason in
 * Swedish why the text is not a number.
 */
export function parseSwedishNumber(input: string): NumberParse {
  let text = input.replace(/[\u200B\uFEFF]/g, "").trim();
  if (MISSING_MARKERS.has(text)) return { ok: false, missing: true };

  let negative = false;
  // Accounting style: (1 234) means −1 234.
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1).trim();
  }

  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).trim();
  }

  let unit: Unit | undefined;
  const unitMatch = /^(.*?)[\s\u00A0]*(kr|tkr|mnkr|mkr|mdkr)\.?$/i.exec(text);
  if (unitMatch && !percent) {
    unit = AMOUNT_UNITS[unitMatch[2].toLowerCase()];
    text = unitMatch[1].trim();
  }

  if (text.startsWith("+")) {
    text = text.slice(1).trim();
  } else if (MINUS_SIGNS.test(text)) {
    negative = !negative;
    text = text.slice(1).trim();
  }
  if (text === "") return reject("Tecken utan siffror.");

  if (/^\d+\s*\/\s*\d+$/.test(text)) {
    return reject(
      `"${input.trim()}" ser ut som en rankning eller ett bråk, inte ett tal.`,
    );
  }
  if (/[eE]/.test(text) && /\d[eE][-+]?\d/.test(text)) {
    return reject(
      `"${input.trim()}" är skrivet med exponent, vilket inte används i rapporter.`,
    );
  }

  const compact = text.replace(GROUP_SPACES, " ");
  if (
    !/^[\d ]*[\d]([.,]\d+)?$/.test(compact) &&
    !/^[\d ]*[.,]\d+$/.test(compact) &&
    !/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)
  ) {
    return reject(`"${input.trim()}" är inte ett tal.`);
  }

  let decimalPoint = false;
  let integerPart: string;
  let fraction = "";
  if (
    /^\d{1,3}(\.\d{3}){2,}(,\d+)?$/.test(compact) ||
    /^\d{1,3}(\.\d{3})+,\d+$/.test(compact)
  ) {
    // "1.234.567" or "1.234,5": dots group thousands (continental style).
    const [intPart, frac = ""] = compact.split(",");
    integerPart = intPart.replace(/\./g, "");
    fraction = frac;
  } else {
    const separator = compact.includes(",")
      ? ","
      : compact.includes(".")
        ? "."
        : null;
    if (separator === ".") decimalPoint = true;
    if (separator) {
      const parts = compact.split(separator);
      if (parts.length !== 2)
        return reject(`"${input.trim()}" har mer än ett decimaltecken.`);
      integerPart = parts[0];
      fraction = parts[1];
    } else {
      integerPart = compact;
    }
    if (integerPart.includes(" ")) {
      const groups = integerPart.trim().split(/ +/);
      const wellGrouped =
        /^\d{1,3}$/.test(groups[0]) &&
        groups.slice(1).every((g) => /^\d{3}$/.test(g));
      if (!wellGrouped) {
        return reject(
          `"${input.trim()}" har mellanslag som inte delar tusental; är det två tal?`,
        );
      }
      integerPart = groups.join("");
    }
  }
  if (integerPart === "") integerPart = "0";
  if (!/^\d+$/.test(integerPart) || !/^\d*$/.test(fraction))
    return reject(`"${input.trim()}" är inte ett tal.`);

  let value = Number(fraction ? `${integerPart}.${fraction}` : integerPart);
  if (!Number.isFinite(value)) return reject(`"${input.trim()}" är för stort.`);
  if (negative) value = -value;
  if (percent) value = value / 100;
  if (Object.is(value, -0)) value = 0;
  return {
    ok: true,
    value,
    percent,
    decimals: fraction.length,
    decimalPoint,
    ...(unit ? { unit } : {}),
  };
}

/**
 * The number a cell value stands for: numbers as they are, Swedish number text parsed,
 * everything else (blank, missing markers, booleans, error values, words) → null.
 */
export function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") {
    const parsed = parseSwedishNumber(value);
    return parsed.ok ? parsed.value : null;
  }
  return null;
}

/** True for a blank cell as Office.js reports it ("" or null/undefined). */
export function isBlank(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

const MINUS = "\u2212";
const NBSP = "\u00A0";

export interface FormatOptions {
  /** Digits after the decimal comma (default 0). */
  decimals?: number;
  /** Unit written after the number ("tkr", "mnkr", "kr"). */
  unit?: string;
  /** Write a + before positive numbers (useful for deviations). */
  signed?: boolean;
}

/**
 * Formats a number the Swedish way: no-break space between thousands, decimal comma, and the
 * true minus sign (U+2212): −1 741, 45 725, −0,8.
 */
export function formatNumber(
  value: number,
  options: FormatOptions = {},
): string {
  if (!Number.isFinite(value)) return "–";
  const decimals = options.decimals ?? 0;
  const rounded = roundHalfAway(value, decimals);
  const negative = rounded < 0;
  const [intDigits, fracDigits] = Math.abs(rounded)
    .toFixed(decimals)
    .split(".");
  const grouped = groupThousands(intDigits);
  const sign = negative ? MINUS : options.signed && rounded > 0 ? "+" : "";
  const body = fracDigits ? `${grouped},${fracDigits}` : grouped;
  return options.unit
    ? `${sign}${body}${NBSP}${options.unit}`
    : `${sign}${body}`;
}

/**
 * A no-break space between every three digits from the right ("1741" → "1 741"). Plain digit
 * strings are grouped by slicing; anything else (the exponent form toFixed gives from 1e21 up)
 * by the pattern, which leaves it as it is.
 */
function groupThousands(digits: string): string {
  const length = digits.length;
  if (length <= 3) return digits;
  for (let i = 0; i < length; i += 1) {
    const code = digits.charCodeAt(i);
    if (code < 48 || code > 57)
      return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  }
  let head = length % 3;
  if (head === 0) head = 3;
  let grouped = digits.slice(0, head);
  for (let i = head; i < length; i += 3)
    grouped += NBSP + digits.slice(i, i + 3);
  return grouped;
}

/** Formats a ratio as a Swedish percentage: 0.037 → "3,7 %", −3.0107 → "−301,1 %". */
export function formatPercent(ratio: number, decimals = 1): string {
  if (!Number.isFinite(ratio)) return "–";
  return `${formatNumber(ratio * 100, { decimals })}${NBSP}%`;
}

/** Rounds half away from zero, as Excel's ROUND does (and as printed tables are rounded). */
export function roundHalfAway(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // The epsilon absorbs binary noise such as 1.005 * 100 = 100.49999999999999.
  const rounded = Math.round(scaled + scaled * Number.EPSILON * 4) / factor;
  return value < 0 ? -rounded : rounded;
}

/** How many decimals an Excel number format shows: "#,##0.0" → 1, "0%" → 0, "0.00%" → 2. */
export function decimalsOfFormat(
  numberFormat: string | undefined | null,
): number | null {
  if (
    !numberFormat ||
    numberFormat === "General" ||
    numberFormat === "Standard"
  )
    return null;
  const section = numberFormat
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "");
  // In the invariant (English) format language, "." is the decimal separator and "," groups.
  const match = /\.([0#?]+)/.exec(section);
  if (match) return match[1].length;
  return /[0#]/.test(section) ? 0 : null;
}

/** True when an Excel number format shows a percentage. */
export function isPercentFormat(
  numberFormat: string | undefined | null,
): boolean {
  if (!numberFormat) return false;
  // Removing quoted text cannot add a "%": without one anywhere, the answer is no.
  if (numberFormat.indexOf("%") < 0) return false;
  return numberFormat
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .includes("%");
}
