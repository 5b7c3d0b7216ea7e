/**
 * What a row label says about the row: a total of some kind (Summa …, … totalt, …, netto,
 * Verksamhetens kostnader, Årets resultat, Nettorisk), a Varav heading or detail, a row of
 * percentages, and whether the row is income or cost. Labels arrive normalised
 * (normalizeLabel: lower case, single spaces).
 */
import { letterPairTable } from "./text";

/**
 * grand: the whole table above (Summa, Totalt, Summa netto).
 * subtotal: a part of it, often named after what it sums (Summa X, X totalt, X, netto).
 * cost / income: Verksamhetens kostnader, Summa intäkter: the cost or income rows above.
 * result: a net result over everything above (Årets resultat, Budget, netto), possibly income − costs.
 * weak: a label that is often a total but may be an item (Nettokostnad): only the data confirms it.
 * netrisk: Nettorisk in a risk- och känslighetsanalys.
 */
export type TotalClass =
  "grand" | "subtotal" | "cost" | "income" | "result" | "weak" | "netrisk";

export interface TotalLabel {
  cls: TotalClass;
  /** What the total is named after ("personalkostnader" in "Personalkostnader, netto"). */
  stem?: string;
}

const END = "(?=$|[\\s,.:;()*])";

const NETRISK = /^nettorisk/;
const COST = new RegExp(
  `^(?:verksamhetens|summa|totala|summa totala) kostnader${END}|^kostnader,? totalt${END}`,
);
const INCOME = new RegExp(
  `^(?:summa|totala|summa totala) intäkter${END}|^intäkter,? totalt${END}`,
);
const RESULT = new RegExp(
  [
    `^årets resultat${END}`,
    `^budget,? netto${END}`,
    `^verksamhetens resultat${END}`,
    `^resultat efter finansiella poster${END}`,
    `^resultat före extraordinära poster${END}`,
    `^nettoresultat${END}`,
    `^resultat$`,
    `^summa netto${END}`,
    `^netto$`,
  ].join("|"),
);
const WEAK = new RegExp(
  `^(?:verksamhetens )?nettokostnad(?:er)?${END}|^nettokostnad(?:er)?,? totalt${END}`,
);
const GRAND = new RegExp(
  [
    `^(?:summa|totalt?|totalsumma|s:a|summa totalt|total summa)[:.]?$`,
    `^(?:summa|totalt?) (?:för )?(?:nämnden|kommunen|förvaltningen|kommunstyrelsen|regionen|verksamheten|investeringar|driftbudget|drift)$`,
    `^(?:nämnden|kommunen|förvaltningen|kommunstyrelsen|regionen) totalt$`,
    `^summa risker$`,
  ].join("|"),
);
const SUMMA_X = /^(?:summa|delsumma|s:a|totalt?)\s+(.+)$/;
const X_TOTALT = /^(.+?),?\s+totalt?$/;
const X_NETTO = /^(.+?),?\s+netto$/;

/**
 * Every label this module reads anything from contains one of these words: rows of a long
 * sheet named after verksamheter and projects are passed over with this one test.
 */
const MEANINGFUL_WORD_LIST = [
  "summa",
  "total",
  "netto",
  "resultat",
  "kostnad",
  "intäkt",
  "s:a",
  "varav",
  "därav",
  "procent",
  "förändring",
  "statsbidrag",
  "utjämning",
  "försäljning",
  "taxor",
  "avgift",
  "bidrag",
  "avskrivning",
  "nedskrivning",
  "köp av",
  "personal",
  "löne",
  "material",
  "lokalhyr",
];
export const MEANINGFUL_WORDS = new RegExp(MEANINGFUL_WORD_LIST.join("|"), "i");

/**
 * One letter pair of each meaningful word (cleanLabelInto): a label without any of them is
 * passed over before the pattern runs, which most labels of a long sheet are.
 */
export const MEANINGFUL_PAIRS = letterPairTable(MEANINGFUL_WORD_LIST);

/** Every total label contains one of these: a cheap test before the exact patterns. */
const TOTAL_WORDS = /summa|total|netto|resultat|kostnader|intäkter|s:a/;

/** The kind of total a label names, or null for an ordinary row. */
export function totalLabel(label: string): TotalLabel | null {
  if (label === "" || !TOTAL_WORDS.test(label)) return null;
  if (NETRISK.test(label)) return { cls: "netrisk" };
  if (COST.test(label)) return { cls: "cost" };
  if (INCOME.test(label)) return { cls: "income" };
  if (RESULT.test(label)) return { cls: "result" };
  if (WEAK.test(label)) return { cls: "weak" };
  if (GRAND.test(label)) return { cls: "grand" };
  let match = SUMMA_X.exec(label);
  if (match) return { cls: "subtotal", stem: match[1] };
  match = X_TOTALT.exec(label);
  if (match) return { cls: "subtotal", stem: match[1] };
  match = X_NETTO.exec(label);
  if (match) return { cls: "subtotal", stem: match[1] };
  return null;
}

/** "Varav:", "Därav", "Varav följande": a heading over detail rows of the row above it. */
export function isVaravHeading(label: string): boolean {
  return /^(?:varav|därav)(?:\s+följande)?\s*:?$/.test(label);
}

/** "varav löner", "- varav X", "därav X": a detail row of the nearest ordinary row above. */
export function isVaravDetail(label: string): boolean {
  return /^(?:[-–]+\s*)?(?:varav|därav)\s+\S/.test(label);
}

/** "Procentuell förändring", "Förändring %", "Förändring i procent": a row of percentages. */
export function isPercentRowLabel(label: string): boolean {
  return /^(?:procentuell förändring|förändring,? ?(?:i )?(?:%|procent))/.test(
    label,
  );
}

const INCOME_WORDS =
  /intäkt|statsbidrag|utjämning|försäljning|taxor|^avgifter|erhållna bidrag|skatteintäkt/;
const COST_WORDS =
  /kostnad|avskrivning|nedskrivning|köp av|^personal$|^löner|material|lämnade bidrag|lokalhyr/;
const COST_REDUCTIONS = /fördelad|fördelning|aktiverad|återföring|intäkt/;

/** Income or cost, as far as a label tells; undefined for net rows and names of verksamheter. */
export function flowOf(label: string): "income" | "cost" | undefined {
  if (label === "") return undefined;
  if (INCOME_WORDS.test(label)) return "income";
  if (COST_WORDS.test(label) && !COST_REDUCTIONS.test(label)) return "cost";
  return undefined;
}

/**
 * Whether a row label names the thing a stem refers to: "Personalkostnader" for the stem of
 * "Personalkostnader, netto", "Grundskola" for "Summa grundskola". Compared by prefix so that
 * "Personal" and "Personalkostnader" agree.
 */
export function labelMatchesStem(label: string, stem: string): boolean {
  if (label === "" || stem === "") return false;
  const a = label.replace(/[:*]+$/, "").trim();
  const b = stem.trim();
  if (a === b) return true;
  const shorter = a.length < b.length ? a : b;
  const longer = a.length < b.length ? b : a;
  return shorter.length >= 4 && longer.startsWith(shorter);
}
