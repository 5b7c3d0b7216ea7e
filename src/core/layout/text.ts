/**
 * Text as it arrives in headers and labels: pasted from PDFs (words broken by spaces,
 * "Avvikels e", "Förändri ng"), with double spaces, no-break spaces and footnote marks.
 * Headers and labels are matched by normalised words, never by exact strings.
 */

const ODD_SPACES = /[\u00A0\u2007\u2008\u2009\u200A\u202F\u3000\t\r\n]+/g;
// An alternation, not a class: a class holding the zero-width joiner reads as a joined sequence.
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\uFEFF/g;

/**
 * Letter pairs are looked up by the index of each character: a–z and A–Z alike (as a pattern
 * with the i flag compares them), ä/Ä, ö/Ö, ":" and space; 0 for every other character.
 */
const PAIR_INDEX = new Uint8Array(256);
for (let c = 65; c <= 90; c += 1) {
  PAIR_INDEX[c] = c - 64;
  PAIR_INDEX[c + 32] = c - 64;
}
PAIR_INDEX[0xe4] = PAIR_INDEX[0xc4] = 27;
PAIR_INDEX[0xf6] = PAIR_INDEX[0xd6] = 28;
PAIR_INDEX[58] = 29;
PAIR_INDEX[32] = 30;

function pairIndex(code: number): number {
  return code < 256 ? PAIR_INDEX[code] : 0;
}

/**
 * A table of letter pairs holding one pair of each word (two consonants where the word has
 * them, which labels share less often): a text holding a word, in any case, holds its pair.
 */
export function letterPairTable(words: readonly string[]): Uint8Array {
  const table = new Uint8Array(1024);
  const vowel = (code: number) =>
    "aeiouyåäö".includes(String.fromCharCode(code));
  for (const word of words) {
    let chosen = -1;
    for (let i = 0; i + 1 < word.length; i += 1) {
      const a = word.charCodeAt(i);
      const b = word.charCodeAt(i + 1);
      if (pairIndex(a) === 0 || pairIndex(b) === 0) continue;
      const pair = (pairIndex(a) << 5) | pairIndex(b);
      if (chosen < 0) chosen = pair;
      if (!vowel(a) && !vowel(b)) {
        chosen = pair;
        break;
      }
    }
    if (chosen < 0) throw new Error(`No letter pair in "${word}"`);
    table[chosen] = 1;
  }
  return table;
}

const NO_PAIRS = new Uint8Array(1024);
const NEEDS_CLEANING = 1;
const PAIR_FOUND = 2;

/**
 * NEEDS_CLEANING when cleanText would change more than the ends: a double space, a control
 * character or any character beyond ASCII that might be an odd space; else PAIR_FOUND when the
 * text holds a pair of `pairs`. A character loop: labels are short, and this runs once per row.
 */
function scanText(text: string, pairs: Uint8Array): number {
  let previousSpace = false;
  let previous = 0;
  let found = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const index = pairIndex(code);
    found |= pairs[(previous << 5) | index];
    previous = index;
    // Printable ASCII and Latin-1 below the no-break space, nearly every character: one test.
    if (code > 32 && code < 0xa0) {
      previousSpace = false;
      continue;
    }
    if (code === 32) {
      if (previousSpace) return NEEDS_CLEANING;
      previousSpace = true;
      continue;
    }
    previousSpace = false;
    if (
      code < 32 ||
      code === 0xa0 ||
      code === 0xad ||
      (code >= 0x2007 && code <= 0x200d) ||
      code === 0x202f ||
      code === 0x3000 ||
      code === 0xfeff
    )
      return NEEDS_CLEANING;
  }
  return found !== 0 ? PAIR_FOUND : 0;
}

function cleanSlowly(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Collapses every kind of space to one ordinary space and trims; removes soft hyphens. */
export function cleanText(text: string): string {
  if ((scanText(text, NO_PAIRS) & NEEDS_CLEANING) === 0) return text.trim();
  return cleanSlowly(text);
}

/** A label cleaned by cleanLabelInto, and whether it may hold a pair of the table. */
export interface CleanedLabel {
  text: string;
  /** False only when the label certainly holds none of the pairs. */
  mayHoldPair: boolean;
}

/** scanLabel's bit for a text that was scanned: a scan of 0 means none was made. */
const LABEL_SCANNED = 4;
/** scanLabel's bit for a text that starts or ends with a character trimming might remove. */
const EDGE_SPACE = 8;

/** Characters String.prototype.trim may remove: controls, space, and anything beyond ASCII. */
function mayTrim(code: number): boolean {
  return code <= 32 || code >= 0x7f;
}

/**
 * What cleanLabelInto needs to know of a label, in one pass over its characters: whether it
 * needs cleaning, whether it holds a pair of `pairs` (letterPairTable), whether trimming could
 * change it, and LABEL_SCANNED. SheetGrid scans its first column while it reads the cells.
 */
export function scanLabel(text: string, pairs: Uint8Array): number {
  let scan = scanText(text, pairs) | LABEL_SCANNED;
  const end = text.length - 1;
  if (
    end >= 0 &&
    (mayTrim(text.charCodeAt(0)) || mayTrim(text.charCodeAt(end)))
  )
    scan |= EDGE_SPACE;
  return scan;
}

/**
 * cleanText, telling on the way whether the text holds a pair of `pairs` (letterPairTable):
 * when it does not, it holds none of the table's words, and no pattern need look for them.
 * Written into `out` (one object for a whole sheet). Trimming keeps a part of the text, so it
 * adds no pair; a text that needs more cleaning is reported as maybe holding one.
 */
export function cleanLabelInto(
  text: string,
  pairs: Uint8Array,
  out: CleanedLabel,
): void {
  cleanScannedLabel(text, scanLabel(text, pairs), out);
}

/** cleanLabelInto for a text whose scanLabel is known: the text is read only when it must change. */
export function cleanScannedLabel(
  text: string,
  scan: number,
  out: CleanedLabel,
): void {
  if ((scan & NEEDS_CLEANING) !== 0) {
    out.text = cleanSlowly(text);
    out.mayHoldPair = true;
  } else {
    out.text = (scan & EDGE_SPACE) !== 0 ? text.trim() : text;
    out.mayHoldPair = (scan & PAIR_FOUND) !== 0;
  }
}

/** Lower case, one space between words, no footnote marks: the form labels are matched in. */
export function normalizeLabel(text: string): string {
  return normalizeCleanLabel(cleanText(text));
}

/** normalizeLabel for text already passed through cleanText. */
export function normalizeCleanLabel(cleaned: string): string {
  let label = cleaned.toLowerCase();
  if (label === "") return label;
  const last = label.charCodeAt(label.length - 1);
  if (last === 42 || last > 127) label = label.replace(/[*¹²³†]+$/u, "");
  const first = label.charCodeAt(0);
  if (first === 45 || first > 127) label = label.replace(/^[-–•·]+\s*/u, "");
  return label.trim();
}

/** Lower case with every space removed, so "Avvikels e" and "Förändri ng" match their words. */
export function despace(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(/[\s\u00A0\u2007-\u200A\u202F]+/g, "")
    .toLowerCase();
}

/** Words that PDF copies break: joined again in headers shown to the user. */
const REPAIRABLE_WORDS = [
  "avvikelse",
  "avvikelser",
  "förändring",
  "procentuell",
  "prognos",
  "budget",
  "bokslut",
  "utfall",
  "helår",
  "perioden",
  "negativ",
  "positiv",
];

/**
 * A header cleaned for display: spaces collapsed and PDF-broken words joined
 * ("Avvikels e" → "Avvikelse", "Förändri ng B 2023" → "Förändring B 2023").
 */
export function repairHeader(text: string): string {
  const cleaned = cleanText(text);
  if (!cleaned.includes(" ")) return cleaned;
  // Map every non-space character of the cleaned text to its position, then find each
  // known word in the space-free text and drop the spaces inside its span.
  const positions: number[] = [];
  let compact = "";
  for (let i = 0; i < cleaned.length; i += 1) {
    if (cleaned[i] !== " ") {
      positions.push(i);
      compact += cleaned[i].toLowerCase();
    }
  }
  const dropSpaceAt = new Set<number>();
  for (const word of REPAIRABLE_WORDS) {
    let from = compact.indexOf(word);
    while (from >= 0) {
      const start = positions[from];
      const end = positions[from + word.length - 1];
      for (let i = start; i < end; i += 1)
        if (cleaned[i] === " ") dropSpaceAt.add(i);
      from = compact.indexOf(word, from + word.length);
    }
  }
  if (dropSpaceAt.size === 0) return cleaned;
  let result = "";
  for (let i = 0; i < cleaned.length; i += 1)
    if (!dropSpaceAt.has(i)) result += cleaned[i];
  return result;
}

/** Four-digit years (1990–2099) in a text, in order. */
export function yearsIn(text: string): number[] {
  const years: number[] = [];
  const pattern = /(?:^|[^\d])((?:19|20)\d{2})(?!\d)/g;
  let match = pattern.exec(text);
  while (match) {
    const year = Number(match[1]);
    if (year >= 1990 && year <= 2099) years.push(year);
    match = pattern.exec(text);
  }
  return years;
}

/** A label for comparing names across sheets: no years, units, punctuation or spaces. */
export function nameKey(text: string): string {
  return despace(
    normalizeLabel(text)
      .replace(/\((?:t|mn|md)?kr\)|\b(?:t|mn|md)?kr\b|mnkr|tkr/g, "")
      .replace(/(?:19|20)\d{2}/g, ""),
  ).replace(/[^a-zåäö0-9]/g, "");
}
