/**
 * What a column header of an indicator table (måttabell) says: the indicator's name, an
 * outcome of a year ("2022", "Utfall 2017", "Utfall 07- 2019"), Trend, Etappmål, Målvärde
 * ("Målvärde 2030", "2026 Mål"), Källa, a breakdown (Kvinnor / Män, Flickor / Pojkar, Lägsta /
 * Högsta), "Omotiverade skillnader?", Riktning or a Måluppfyllelse status. Headers are matched
 * on normalised words, since they arrive split over lines and broken by PDF copies.
 */
import { cleanText, despace, yearsIn } from "../text";

export type IndicatorColumnRole =
  | "label"
  | "outcome"
  | "trend"
  | "etappmal"
  | "malvarde"
  | "source"
  | "kolada"
  | "women"
  | "men"
  | "lowest"
  | "highest"
  | "unexplained"
  | "direction"
  | "status"
  | "ranking"
  | "comment";

export interface IndicatorHeader {
  role: IndicatorColumnRole | null;
  year?: number;
}

/** Roles that hold a breakdown of the indicator's own value. */
export const BREAKDOWN_ROLES: readonly IndicatorColumnRole[] = [
  "women",
  "men",
  "lowest",
  "highest",
];

/** A year, possibly with a period of months: "2022", "07- 2019", "Jan-aug 2023", "T1 2024". */
const PERIOD_ONLY =
  /^(?:(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö.]*\s*[-–]\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåäö.]*|t[1-3]|tertial [1-3]|helår)?[^a-zåäö]*$/;

const LABEL_WORDS =
  /^(?:mått|måttet|indikator|indikatorer|nämndindikator(?:er)?|nyckeltal|mätetal)\b/;

/** Reads one header text (already joined with the group header above it, if any). */
export function indicatorHeader(text: string): IndicatorHeader {
  const spaced = cleanText(text).toLowerCase();
  const compact = despace(spaced);
  const years = yearsIn(spaced);
  const year = years.length > 0 ? years[years.length - 1] : undefined;
  const withYear = (role: IndicatorColumnRole): IndicatorHeader =>
    year !== undefined ? { role, year } : { role };

  if (compact === "") return { role: null };
  if (compact.includes("omotiverad")) return { role: "unexplained" };
  if (
    compact.includes("riktning") ||
    /(?:högre|lägre|högt|lågt)värdeärbättre|(?:högre|lägre)ärbättre/.test(
      compact,
    )
  )
    return { role: "direction" };
  if (/måluppfyll|uppfyllelse|^status|bedömning/.test(compact))
    return withYear("status");
  if (compact.includes("kolada") || /^kpi(?:-?id)?$/.test(compact))
    return { role: "kolada" };
  if (/^käll(?:a|or)/.test(compact)) return { role: "source" };
  if (compact.includes("etappmål")) return withYear("etappmal");
  if (
    compact.includes("målvärde") ||
    /(?:^|\s)mål(?:nivå)?(?=$|[\s,.:;()])/.test(spaced)
  )
    return withYear("malvarde");
  if (compact.startsWith("trend")) return { role: "trend" };
  if (/^(?:kvinnor|flickor)/.test(compact)) return withYear("women");
  if (/^(?:män|pojkar)(?![a-zåäö])/.test(compact)) return withYear("men");
  if (compact.startsWith("lägsta")) return withYear("lowest");
  if (compact.startsWith("högsta")) return withYear("highest");
  if (/^(?:ranking|rankning|placering)/.test(compact))
    return withYear("ranking");
  if (/^(?:kommentar|analys|förklaring|notering)/.test(compact))
    return { role: "comment" };
  if (LABEL_WORDS.test(spaced)) return { role: "label" };
  if (
    year !== undefined &&
    (compact.includes("utfall") || PERIOD_ONLY.test(spaced))
  )
    return { role: "outcome", year };
  return { role: null };
}

/** Group headers over breakdown columns ("Kön" over Kvinnor | Män, "Område" over Lägsta | Högsta). */
export function isBreakdownGroup(text: string): boolean {
  return /^(?:kön|område|områden|utfall|utfall & trend|utfall och trend)$/.test(
    cleanText(text).toLowerCase(),
  );
}
