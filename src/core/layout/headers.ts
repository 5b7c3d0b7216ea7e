/**
 * What a column header says: its role (Budget, Prognos, Utfall, Avvikelse, Förändring, …),
 * whether it is a percentage, its year, and for a Förändring the two columns it names
 * ("Förändring B 2023-B 2024" → budget 2023 and budget 2024). Matched on words with spaces
 * removed, so PDF-broken headers ("Avvikels e", "Förändri ng") are read like whole ones.
 */
import { ColumnRole } from "./types";
import { cleanText, despace, yearsIn } from "./text";

export type AmountRole = "budget" | "prognos" | "utfall" | "bokslut" | "plan";

/** A column named inside a header: "B 2023" → budget 2023, "2024" → any column of 2024. */
export interface HeaderRef {
  role?: AmountRole;
  year: number;
}

export interface HeaderMeaning {
  /** null when the header names no role of its own ("%", "Helår", ""). */
  role: ColumnRole | null;
  percent: boolean;
  year?: number;
  refs: HeaderRef[];
  /** Words of indicator tables and internal-control plans, which this recogniser leaves alone. */
  foreign: boolean;
}

const FOREIGN =
  /(?:^|\s)(?:indikator|indikatorer|mått|etappmål|målvärde|mål|trend|kvinnor|män|flickor|pojkar|sannolikhet|konsekvens|riskvärde|risknivå|lägsta|högsta|omotiverade|måluppfyllelse|tidplan|ägare)(?=$|[\s,.:;()?])/;
const TEXT_WORDS =
  /kommentar|förklaring|notering|beskrivning|ansvar(?!s?område)|^konto|^kod$|projektnr|^nr$|^id$|källa|status|åtgärd/;

const REF_PATTERN =
  /(?:\b(budget|prognos|utfall|bokslut|plan|bs|b|p|u)\s*(?:\([a-z]+\)\s*)?)?((?:19|20)\d{2})(?!\d)/g;

const REF_ROLE: Record<string, AmountRole> = {
  budget: "budget",
  b: "budget",
  prognos: "prognos",
  p: "prognos",
  utfall: "utfall",
  u: "utfall",
  bokslut: "bokslut",
  bs: "bokslut",
  plan: "plan",
};

function refsOf(spaced: string): HeaderRef[] {
  const refs: HeaderRef[] = [];
  REF_PATTERN.lastIndex = 0;
  let match = REF_PATTERN.exec(spaced);
  while (match) {
    const role = match[1] ? REF_ROLE[match[1]] : undefined;
    refs.push(
      role ? { role, year: Number(match[2]) } : { year: Number(match[2]) },
    );
    match = REF_PATTERN.exec(spaced);
  }
  return refs;
}

/** Reads one header text. */
export function headerMeaning(text: string): HeaderMeaning {
  const spaced = cleanText(text).toLowerCase();
  const compact = despace(spaced);
  const years = yearsIn(spaced);
  const year = years[0];
  const percent = compact.includes("%") || compact.includes("procent");
  const foreign = FOREIGN.test(spaced);
  const meaning = (
    role: ColumnRole | null,
    refs: HeaderRef[] = [],
  ): HeaderMeaning => ({
    role,
    percent,
    ...(year !== undefined ? { year } : {}),
    refs,
    foreign,
  });

  if (compact === "") return meaning(null);
  if (compact.includes("positivrisk") || compact.includes("positivarisker"))
    return meaning("positivRisk");
  if (compact.includes("negativrisk") || compact.includes("negativarisker"))
    return meaning("negativRisk");
  if (
    compact.includes("avvik") ||
    /^avv(?:\.|\s|$)/.test(spaced) ||
    compact.startsWith("diff") ||
    compact.includes("differens")
  ) {
    return meaning(percent ? "avvikelseProcent" : "avvikelse", refsOf(spaced));
  }
  if (
    compact.includes("förändr") ||
    compact.includes("forandr") ||
    compact.includes("föränd")
  ) {
    return meaning(
      percent ? "forandringProcent" : "forandring",
      refsOf(spaced),
    );
  }
  if (TEXT_WORDS.test(spaced)) return meaning("text");
  if (compact.includes("prognos") || /^p\s?\d{4}$/.test(spaced))
    return meaning("prognos");
  if (compact.includes("utfall")) return meaning("utfall");
  if (
    compact.includes("bokslut") ||
    compact.includes("årsredovisning") ||
    /^bs\s?\d{4}$/.test(spaced)
  )
    return meaning("bokslut");
  if (compact.includes("budget") || /^b\s?\d{4}$/.test(spaced))
    return meaning("budget");
  if (/(?:^|\s)plan(?=$|[\s\d,.:])/.test(spaced)) return meaning("plan");
  if (percent) return meaning(null);
  if (
    year !== undefined &&
    /^[^a-zåäö]*(?:[a-zåäö]{1,3}[-–][a-zåäö]{1,3})?[^a-zåäö]*$/.test(spaced)
  )
    return meaning("year");
  if (year !== undefined && /^(?:år|helår|jan|perioden?)/.test(spaced))
    return meaning("year");
  return meaning(null);
}

/** True when a header names a role or reads like a column header (used to find header rows). */
export function looksLikeHeader(text: string): boolean {
  const m = headerMeaning(text);
  return m.role !== null || m.percent || m.foreign || isGroupWord(text);
}

/** Words of a group header above the columns: Helår, Jan-apr, Perioden, Tertial 1, 2023. */
export function isGroupWord(text: string): boolean {
  const spaced = cleanText(text).toLowerCase();
  return (
    /^(?:helår|helåret|perioden?|ackumulerat|tertial|delår|jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec|år|innevarande år|föregående år)/.test(
      spaced,
    ) || /^(?:19|20)\d{2}$/.test(spaced)
  );
}
