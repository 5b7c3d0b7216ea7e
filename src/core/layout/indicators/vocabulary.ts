/**
 * The words indicator tables use (domain.md §5): goal attainment (Uppfyllt, Delvis uppfyllt,
 * Ej uppfyllt, Ej bedömd), the state of uppdrag and åtgärder (Klart, Blir klart i år, Troligen
 * klart i år, Ej klart i år) and trends (Positiv, Negativ, Oförändrad), with the variants people
 * write ("Uppfylld", "inte uppfyllt", "Oföränd rad" from a PDF) mapped to the word they mean.
 */
import { TargetStatus } from "../../calc/targets";
import { despace } from "../text";

export const ATTAINMENT_WORDS: readonly TargetStatus[] = [
  "Uppfyllt",
  "Delvis uppfyllt",
  "Ej uppfyllt",
  "Ej bedömd",
];
export const ASSIGNMENT_WORDS = [
  "Klart",
  "Blir klart i år",
  "Troligen klart i år",
  "Ej klart i år",
] as const;
export const TREND_WORDS = ["Positiv", "Negativ", "Oförändrad"] as const;

export type TrendWord = (typeof TREND_WORDS)[number];
export type TrafficLight = "green" | "yellow" | "red" | "grey";

/** Spelling variants (compared without spaces, in lower case) → the word of the vocabulary. */
const STATUS_VARIANTS: Record<string, string> = {
  uppfyllt: "Uppfyllt",
  uppfylld: "Uppfyllt",
  uppnått: "Uppfyllt",
  delvisuppfyllt: "Delvis uppfyllt",
  delvisuppfylld: "Delvis uppfyllt",
  delvisuppnått: "Delvis uppfyllt",
  ejuppfyllt: "Ej uppfyllt",
  ejuppfylld: "Ej uppfyllt",
  inteuppfyllt: "Ej uppfyllt",
  inteuppfylld: "Ej uppfyllt",
  ejuppnått: "Ej uppfyllt",
  ejbedömd: "Ej bedömd",
  ejbedömt: "Ej bedömd",
  intebedömd: "Ej bedömd",
  intebedömt: "Ej bedömd",
  klart: "Klart",
  klar: "Klart",
  blirklartiår: "Blir klart i år",
  troligenklartiår: "Troligen klart i år",
  ejklartiår: "Ej klart i år",
  inteklartiår: "Ej klart i år",
};

const TREND_VARIANTS: Record<string, TrendWord> = {
  positiv: "Positiv",
  negativ: "Negativ",
  oförändrad: "Oförändrad",
  oförändrat: "Oförändrad",
};

/** The cell's own words: "Trend för totalresultat Positiv" → "Positiv". */
function stripLead(text: string): string {
  return text.replace(/^\s*trend\s+för\s+total\s*res\s*ul\s*tat\s*/i, "");
}

export interface VocabularyMatch<T extends string> {
  word: T;
  /** True when the cell holds the word exactly as the vocabulary writes it. */
  exact: boolean;
}

export function statusWord(text: string): VocabularyMatch<string> | null {
  const trimmed = text.trim();
  const word = STATUS_VARIANTS[despace(trimmed).replace(/[.!]+$/, "")];
  return word ? { word, exact: trimmed === word } : null;
}

export function trendWord(text: string): VocabularyMatch<TrendWord> | null {
  const trimmed = text.trim();
  const word =
    TREND_VARIANTS[despace(stripLead(trimmed)).replace(/[.!]+$/, "")];
  return word ? { word, exact: trimmed === word } : null;
}

/** Goal attainment written in a cell, if it is one of the four (in any accepted spelling). */
export function attainmentWord(text: string): TargetStatus | null {
  const match = statusWord(text);
  return match && (ATTAINMENT_WORDS as readonly string[]).includes(match.word)
    ? (match.word as TargetStatus)
    : null;
}

/** The traffic light of a status word (goals and uppdrag alike). */
export const STATUS_LIGHTS: Record<string, TrafficLight> = {
  Uppfyllt: "green",
  "Delvis uppfyllt": "yellow",
  "Ej uppfyllt": "red",
  "Ej bedömd": "grey",
  Klart: "green",
  "Blir klart i år": "green",
  "Troligen klart i år": "yellow",
  "Ej klart i år": "red",
};
