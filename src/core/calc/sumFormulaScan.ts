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

/**
 * Result of a scan: the rows, null when not a sum of this column (or, with `below`, when it
 * adds a row at or under it), undefined when not ASCII and the pattern version must decide.
 */
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
 * returns true, or returns false (another column, not a reference, or a row at `limit` or
 * below it).
 */
function addRef(
  text: string,
  from: number,
  to: number,
  letter: string,
  into: number[],
  limit: number,
): boolean {
  if (!readCell(text, from, to)) return false;
  const firstLettersEnd = cellLettersEnd;
  const firstEnd = cellEnd;
  const a = cellRow - 1;
  // A first row at the limit fails a cell and a range alike (a range's high end is no lower):
  // a parent's SUM over the rows below it is turned away here without reading further.
  if (a >= limit) return false;
  if (firstEnd === to) {
    if (!sameLetters(text, from, firstLettersEnd, letter)) return false;
    into.push(a);
    return true;
  }
  if (text.charCodeAt(firstEnd) !== COLON) return false;
  if (!readCell(text, firstEnd + 1, to) || cellEnd !== to) return false;
  if (!sameLetters(text, from, firstLettersEnd, letter)) return false;
  if (!sameLetters(text, firstEnd + 1, cellLettersEnd, letter)) return false;
  const b = cellRow - 1;
  const low = a < b ? a : b;
  const high = a < b ? b : a;
  if (high >= limit) return false;
  for (let row = low; row <= high; row += 1) into.push(row);
  return true;
}

// What readCell read: kept in module variables rather than a new object per reference.
let cellLettersEnd = 0;
let cellEnd = 0;
let cellRow = 0;

/** One to three letters and at least one digit from `from`: where they end and the row. */
function readCell(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && i - from < 3 && isLetter(text.charCodeAt(i))) i += 1;
  if (i === from || (i < to && isLetter(text.charCodeAt(i)))) return false;
  cellLettersEnd = i;
  let row = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) break;
    row = row * 10 + (code - 48);
    i += 1;
  }
  if (i === cellLettersEnd) return false;
  cellEnd = i;
  // Beyond 15 digits the sum of digits may round differently from Number("…").
  cellRow =
    i - cellLettersEnd > 15 ? Number(text.slice(cellLettersEnd, i)) : row;
  return true;
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
  limit: number,
): boolean {
  let start = from;
  for (let i = from; i <= to; i += 1) {
    if (i === to || text.charCodeAt(i) === COMMA) {
      if (!addRef(text, start, i, letter, into, limit)) return false;
      start = i + 1;
    }
  }
  return true;
}

const scratchPlus: number[] = [];
const scratchMinus: number[] = [];

const SUBTOTAL_HEADS = ["SUBTOTAL(9,", "SUBTOTAL(109,"];

/** One term's body text[from, to) ("SUM(B3:B9)", "SUBTOTAL(9,B3:B9)", "B3"). */
function addTerm(
  text: string,
  from: number,
  to: number,
  letter: string,
  into: number[],
  limit: number,
): boolean {
  if (
    to - from >= 5 &&
    text.startsWith("SUM(", from) &&
    text.charCodeAt(to - 1) === CLOSE
  )
    return addRefs(text, from + 4, to - 1, letter, into, limit);
  if (text.charCodeAt(to - 1) === CLOSE) {
    for (const head of SUBTOTAL_HEADS) {
      if (to - from > head.length && text.startsWith(head, from))
        return addRefs(text, from + head.length, to - 1, letter, into, limit);
    }
  }
  return addRef(text, from, to, letter, into, limit);
}

/**
 * True when a formula certainly adds a row at `below` or under it, read from its first
 * characters alone: "=SUM(" or "=" and then a reference written plainly (upper case, no spaces,
 * "$" at most before its letters and its digits) whose row is at `below` or lower, followed by
 * ":", ",", ")", a sign or the end. Then
 * the formula is no sum of the rows above, whatever follows (a range's other end, more terms,
 * even characters beyond ASCII): either it is no sum at all, or that row is among its rows.
 * Recognition reads every parent's SUM over its Varav details, and this turns them away
 * without reading the whole formula.
 */
export function startsAtOrBelow(formula: string, below: number): boolean {
  const end = formula.length;
  if (end < 3 || formula.charCodeAt(0) !== EQUALS) return false;
  let i = 1;
  if (
    formula.charCodeAt(1) === 83 &&
    formula.charCodeAt(2) === 85 &&
    formula.charCodeAt(3) === 77 &&
    formula.charCodeAt(4) === 40
  )
    i = 5;
  // One "$" may stand before the letters and one before the digits: the scan drops them.
  if (formula.charCodeAt(i) === DOLLAR) i += 1;
  const lettersStart = i;
  while (i < end && isLetter(formula.charCodeAt(i))) i += 1;
  if (i === lettersStart || i - lettersStart > 3) return false;
  if (formula.charCodeAt(i) === DOLLAR) i += 1;
  const digitsStart = i;
  let row = 0;
  while (i < end) {
    const code = formula.charCodeAt(i);
    if (!isDigit(code)) break;
    row = row * 10 + (code - 48);
    i += 1;
  }
  // Up to nine digits: the row is exact, and far beyond any sheet.
  if (i === digitsStart || i - digitsStart > 9) return false;
  if (i < end) {
    const next = formula.charCodeAt(i);
    if (next !== COLON && next !== COMMA && next !== CLOSE && !isSign(next))
      return false;
  }
  return row - 1 >= below;
}

/**
 * The rows a sum formula adds and subtracts in the column whose letters are `letter`; null when
 * it is something else; undefined when the formula is not plain ASCII (the caller then uses the
 * pattern version, whose Unicode rules for spaces and upper case this does not repeat).
 * With `below`, a formula that adds a row at `below` or under it is null as soon as that row
 * is read: recognition looks for totals of the rows above, and most SUMs it reads (a parent's,
 * over its Varav details) are not.
 */
export function scanSumFormula(
  formula: string,
  letter: string,
  below = Infinity,
): ScanResult {
  if (below !== Infinity && startsAtOrBelow(formula, below)) return null;
  const text = clean(formula);
  if (text === null) return undefined;
  // Rows are gathered in arrays reused from call to call and copied only for a sum: most
  // formulas recognition reads (a parent's SUM over the rows below) are not one.
  const plus = scratchPlus;
  const minus = scratchMinus;
  // Emptied only when a previous call left rows in them: truncating is a runtime call, and most
  // scans (rejected at their first reference) push nothing.
  if (plus.length !== 0) plus.length = 0;
  if (minus.length !== 0) minus.length = 0;
  let i = text.charCodeAt(0) === EQUALS ? 1 : 0;
  const end = text.length;
  let terms = 0;
  while (i < end) {
    const code = text.charCodeAt(i);
    let into = plus;
    let limit = below;
    if (isSign(code)) {
      // A sign counts only before a term: "+-B3" reads as "-B3", as the pattern did.
      if (i + 1 >= end || isSign(text.charCodeAt(i + 1))) {
        i += 1;
        continue;
      }
      if (code === MINUS) {
        into = minus;
        limit = Infinity;
      }
      i += 1;
    }
    let stop = i;
    while (stop < end && !isSign(text.charCodeAt(stop))) stop += 1;
    terms += 1;
    if (!addTerm(text, i, stop, letter, into, limit)) return null;
    i = stop;
  }
  if (terms === 0) return null;
  return plus.length + minus.length > 0
    ? { plus: plus.slice(), minus: minus.slice() }
    : null;
}
