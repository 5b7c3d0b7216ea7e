/**
 * trend.inconsistent: a Trend word that the figures contradict. Positiv and Negativ say
 * whether the change is desirable, not whether the number rose, so they are checked against
 * the indicator's direction (and stay unchecked when it is unknown); Oförändrad is checked
 * against the size of the change. The word may describe the last change or the whole period,
 * so it is contradicted only when both disagree with it.
 */
import { Finding } from "../../findings";
import {
  IndicatorFacts,
  SeriesPoint,
  trendWord,
} from "../../layout/indicators";
import { onScaleOf } from "../../layout/indicators/values";
import { Rule } from "../types";
import {
  INDICATOR_KINDS,
  directionEn,
  directionSourceEn,
  directionSourceSv,
  directionSv,
  indicatorFinding,
  indicatorSheet,
  showMeasure,
} from "./shared";

/** A change this large is no longer "oförändrad": 5 percentage points, or 10 % of the value. */
const CLEAR_CHANGE_POINTS = 5;
const CLEAR_CHANGE_RELATIVE = 0.1;

function change(from: SeriesPoint, to: SeriesPoint): number {
  return to.measure.value - onScaleOf(to.measure, from.measure);
}

function isClear(
  fact: IndicatorFacts,
  from: SeriesPoint,
  to: SeriesPoint,
): boolean {
  const delta = Math.abs(change(from, to));
  if (fact.row.measure === "share")
    return (
      delta >=
      (to.measure.percent ? CLEAR_CHANGE_POINTS / 100 : CLEAR_CHANGE_POINTS) -
        1e-9
    );
  const base = Math.abs(onScaleOf(to.measure, from.measure));
  return base > 0 && delta >= CLEAR_CHANGE_RELATIVE * base - 1e-9;
}

/** "46 (2017) → 63 (2018)" */
function moves(points: readonly SeriesPoint[]): string {
  return points.map((p) => `${showMeasure(p.measure)} (${p.year})`).join(" → ");
}

export const trendInconsistent: Rule = {
  id: "trend.inconsistent",
  severity: "warning",
  title: {
    sv: "Trenden stämmer inte med utfallen",
    en: "Trend contradicts the outcomes",
  },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    for (const fact of facts) {
      if (!fact.trend || fact.series.length < 2) continue;
      const word = trendWord(fact.trend.text)?.word;
      if (!word) continue;
      const { series } = fact;
      const latest = series[series.length - 1];
      const previous = series[series.length - 2];
      const first = series[0];
      const report = (message: string, messageEn: string) =>
        findings.push(
          indicatorFinding(
            ctx,
            table,
            trendInconsistent,
            fact.row.row,
            fact.trend!.col,
            {
              message,
              messageEn,
              actual: word,
            },
          ),
        );

      if (word === "Oförändrad") {
        if (isClear(fact, previous, latest) && isClear(fact, first, latest)) {
          report(
            `Trenden är "Oförändrad" men utfallen har ändrats tydligt: ${moves(series)}.`,
            `The trend says "Oförändrad" (unchanged) but the outcomes changed clearly: ${moves(series)}.`,
          );
        }
        continue;
      }
      const direction = fact.direction.effective;
      if (!direction) continue;
      const good = (d: number) =>
        direction === "higher" ? d > 1e-12 : d < -1e-12;
      const bad = (d: number) =>
        direction === "higher" ? d < -1e-12 : d > 1e-12;
      const d1 = change(previous, latest);
      const d2 = change(first, latest);
      if (word === "Positiv" && !good(d1) && !good(d2)) {
        report(
          `Trenden är "Positiv" men utfallen har inte gått åt rätt håll: ${moves(series)}, och ${directionSv(direction)}${directionSourceSv(fact)}.`,
          `The trend says "Positiv" (desirable) but the outcomes did not move the right way: ${moves(series)}, and ${directionEn(direction)}${directionSourceEn(fact)}.`,
        );
      } else if (word === "Negativ" && !bad(d1) && !bad(d2)) {
        report(
          `Trenden är "Negativ" men utfallen har inte gått åt fel håll: ${moves(series)}, och ${directionSv(direction)}${directionSourceSv(fact)}.`,
          `The trend says "Negativ" (undesirable) but the outcomes did not move the wrong way: ${moves(series)}, and ${directionEn(direction)}${directionSourceEn(fact)}.`,
        );
      }
    }
    return findings;
  },
};
