/**
 * rowsOfSumFormula without regular expressions, for formulas in plain ASCII (all of them in
 * practice). Recognition asks for the rows of every SUM in every total column, tens of thousands
 * of formulas on a large sheet; the pattern version built a handful of strings and regex
 * matches per formula and was a tenth of the engine's time (issue 11, B1). The result is the
 * same as the pattern version's for every ASCII formula (test/bench/sumFormulaScan.test.ts).
 */

const PLUS = 43;
const MINUS = 45;
const COLON = 58;
const COMMA = 44;
const DOLLAR = 36;
const EQUALS = 61;
const CLOSE = 41;

/** Result of a scan: the rows, null when not a sum of this column, undefined when not ASCII. */
export type ScanResult = { plus: number[]; minus: number[] } | null | undefined;

function isSpace(code: number): boolean {
  // The ASCII members of \s: tab, line feed, vertical tab, form feed, carriage return, space.
  return code === 32 || (code >= 9 && code <= 13);
}

/** The formula without whitespace and "$", upper-cased; null when any character is not ASCII. */
function clean(formula: string): string | null {
  let out = "";
  let start = 0;
  let changed = false;
  for (let i = 0; i < formula.length; i += 1) {
    const code = formula.charCodeAt(i);
    if (code > 127) return null;
    if (isSpace(code) || code === DOLLAR || (code >= 97 && code <= 122))
      changed = true;
  }
  if (!changed) return formula;
  for (let i = 0; i < formula.length; i += 1) {
    const code = formula.charCodeAt(i);
    if (isSpace(code) || code === DOLLAR) {
      out += formula.slice(start, i);
      start = i + 1;
    }
  }
  out += formula.slice(start);
  return out.toUpperCase();
}

const isLetter = (code: number) => code >= 65 && code <= 90;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isSign = (code: number) => code === PLUS || code === MINUS;

/**
 * A reference in text[from, to): "B7" or "B7:B16", in column `letter`. Pushes its rows and
 * returns true, or returns false (another column, or not a reference).
 */
function addRef(
  text: string,
  from: number,
  to: number,
  letter: string,
  into: number[],
): boolean {
  const first = readCell(text, from, to);
  if (!first) return false;
  if (first.end === to) {
    if (!sameLetters(text, from, first.lettersEnd, letter)) return false;
    into.push(first.row - 1);
    return true;
  }
  if (text.charCodeAt(first.end) !== COLON) return false;
  const second = readCell(text, first.end + 1, to);
  if (!second || second.end !== to) return false;
  if (!sameLetters(text, from, first.lettersEnd, letter)) return false;
  if (!sameLetters(text, first.end + 1, second.lettersEnd, letter))
    return false;
  const a = first.row - 1;
  const b = second.row - 1;
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  for (let row = low; row <= high; row += 1) into.push(row);
  return true;
}

/** One to three letters and at least one digit from `from`; where it ends and its row. */
function readCell(
  text: string,
  from: number,
  to: number,
): { lettersEnd: number; end: number; row: number } | null {
  let i = from;
  while (i < to && i - from < 3 && isLetter(text.charCodeAt(i))) i += 1;
  if (i === from || (i < to && isLetter(text.charCodeAt(i)))) return null;
  const lettersEnd = i;
  while (i < to && isDigit(text.charCodeAt(i))) i += 1;
  if (i === lettersEnd) return null;
  return { lettersEnd, end: i, row: Number(text.slice(lettersEnd, i)) };
}

function sameLetters(
  text: string,
  from: number,
  to: number,
  letter: string,
): boolean {
  if (to - from !== letter.length) return false;
  for (let k = 0; k < letter.length; k += 1) {
    if (text.charCodeAt(from + k) !== letter.charCodeAt(k)) return false;
  }
  return true;
}

/** The references of text[from, to), comma-separated; false as soon as one is not ours. */
function addRefs(
  text: string,
  from: number,
  to: number,
  letter: string,
  into: number[],
): boolean {
  let start = from;
  for (let i = from; i <= to; i += 1) {
    if (i === to || text.charCodeAt(i) === COMMA) {
      if (!addRef(text, start, i, letter, into)) return false;
      start = i + 1;
    }
  }
  return true;
}

/** One term's body text[from, to) ("SUM(B3:B9)", "SUBTOTAL(9,B3:B9)", "B3"). */
function addTerm(
  text: string,
  from: number,
  to: number,
  letter: string,
  into: number[],
): boolean {
  if (
    to - from >= 5 &&
    text.startsWith("SUM(", from) &&
    text.charCodeAt(to - 1) === CLOSE
  )
    return addRefs(text, from + 4, to - 1, letter, into);
  if (text.charCodeAt(to - 1) === CLOSE) {
    for (const head of ["SUBTOTAL(9,", "SUBTOTAL(109,"]) {
      if (to - from > head.length && text.startsWith(head, from))
        return addRefs(text, from + head.length, to - 1, letter, into);
    }
  }
  return addRef(text, from, to, letter, into);
}

/**
 * The rows a sum formula adds and subtracts in the column whose letters are `letter`; null when
 * it is something else; undefined when the formula is not plain ASCII (the caller then uses the
 * pattern version, whose Unicode rules for spaces and upper case this does not repeat).
 */
export function scanSumFormula(formula: string, letter: string): ScanResult {
  const text = clean(formula);
  if (text === null) return undefined;
  const plus: number[] = [];
  const minus: number[] = [];
  let i = text.charCodeAt(0) === EQUALS ? 1 : 0;
  const end = text.length;
  let terms = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    let into = plus;
    if (isSign(code)) {
      // A sign counts only before a term: "+-B3" reads as "-B3", as the pattern did.
      if (i + 1 >= end || isSign(text.charCodeAt(i + 1))) {
        i += 1;
        continue;
      }
      if (code === MINUS) into = minus;
      i += 1;
    }
    let stop = i;
    while (stop < end && !isSign(text.charCodeAt(stop))) stop += 1;
    terms += 1;
    if (!addTerm(text, i, stop, letter, into)) return null;
    i = stop;
  }
  if (terms === 0) return null;
  return plus.length + minus.length > 0 ? { plus, minus } : null;
}
