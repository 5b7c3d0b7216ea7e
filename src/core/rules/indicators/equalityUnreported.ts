/**
 * equality.unreported: a breakdown shows a difference worth explaining — between women and men
 * or between the lowest and the highest area — but "Omotiverade skillnader?" is blank. The
 * column asks the nämnd to say whether the difference is unexplained (Kön, Område, Ålder) or
 * not (Nej); blank says neither. The latest year with both values counts. A gap is a number
 * of percentage points for shares and a part of the total for indices and rates, both in the
 * settings (equalityGapPoints, equalityGapRelative). Counts are left out: more women than men
 * among the staff is a composition, not an outcome that differs.
 */
import { Finding } from "../../findings";
import {
  Breakdown,
  IndicatorFacts,
  MeasuredCell,
} from "../../layout/indicators";
import { onScaleOf } from "../../layout/indicators/values";
import { formatNumber } from "../../numbers";
import { Settings } from "../../settings";
import { toA1 } from "../../workbook";
import { Rule } from "../types";
import {
  INDICATOR_KINDS,
  indicatorFinding,
  indicatorSheet,
  pointsEn,
  pointsSv,
  showMeasure,
} from "./shared";

interface Gap {
  sv: string;
  en: string;
  cells: MeasuredCell[];
}

function latestWith(
  fact: IndicatorFacts,
  a: "women" | "lowest",
  b: "men" | "highest",
): Breakdown | undefined {
  for (let i = fact.breakdowns.length - 1; i >= 0; i -= 1) {
    const breakdown = fact.breakdowns[i];
    if (breakdown.parts[a] && breakdown.parts[b]) return breakdown;
  }
  return undefined;
}

function gapOf(
  fact: IndicatorFacts,
  breakdown: Breakdown,
  first: MeasuredCell,
  second: MeasuredCell,
  settings: Settings,
): { sv: string; en: string } | null {
  const total = breakdown.total.measure;
  const x = onScaleOf(total, first.measure);
  const y = onScaleOf(total, second.measure);
  const difference = Math.abs(x - y);
  if (fact.row.measure === "share") {
    const points = total.percent ? difference : difference / 100;
    if (points < settings.equalityGapPoints / 100 - 1e-9) return null;
    return { sv: pointsSv(points), en: pointsEn(points) };
  }
  const base = Math.abs(total.value);
  if (base === 0 || difference / base < settings.equalityGapRelative - 1e-9)
    return null;
  const percent = formatNumber((difference / base) * 100, { decimals: 0 });
  return { sv: `${percent} % av totalen`, en: `${percent} % of the total` };
}

export const equalityUnreported: Rule = {
  id: "equality.unreported",
  severity: "warning",
  title: { sv: "Skillnad utan bedömning", en: "Difference not assessed" },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    for (const fact of facts) {
      if (
        !fact.unexplained ||
        fact.unexplained.text !== "" ||
        fact.row.measure === "count"
      )
        continue;
      const gaps: Gap[] = [];
      const byGender = latestWith(fact, "women", "men");
      if (byGender) {
        const { women, men } = byGender.parts;
        const gap = gapOf(fact, byGender, women!, men!, ctx.settings);
        if (gap) {
          const year = byGender.total.year ? ` ${byGender.total.year}` : "";
          gaps.push({
            sv: `kvinnor ${showMeasure(women!.measure)} och män ${showMeasure(men!.measure)}${year} skiljer sig med ${gap.sv}`,
            en: `women ${showMeasure(women!.measure)} and men ${showMeasure(men!.measure)}${year} differ by ${gap.en}`,
            cells: [women!, men!],
          });
        }
      }
      const byArea = latestWith(fact, "lowest", "highest");
      if (byArea) {
        const { lowest, highest } = byArea.parts;
        const gap = gapOf(fact, byArea, lowest!, highest!, ctx.settings);
        if (gap) {
          const year = byArea.total.year ? ` ${byArea.total.year}` : "";
          gaps.push({
            sv: `lägsta ${showMeasure(lowest!.measure)} och högsta ${showMeasure(highest!.measure)}${year} skiljer sig med ${gap.sv}`,
            en: `the lowest ${showMeasure(lowest!.measure)} and the highest ${showMeasure(highest!.measure)}${year} differ by ${gap.en}`,
            cells: [lowest!, highest!],
          });
        }
      }
      if (gaps.length === 0) continue;
      const sv = gaps.map((g) => g.sv).join(", och ");
      const en = gaps.map((g) => g.en).join(", and ");
      findings.push(
        indicatorFinding(
          ctx,
          table,
          equalityUnreported,
          fact.row.row,
          fact.unexplained.col,
          {
            message: `Uppdelningen visar en skillnad (${sv}) men "Omotiverade skillnader?" är tom. Skriv Nej om skillnaden är motiverad, annars vilken den är (Kön, Område, Ålder).`,
            messageEn: `The breakdown shows a difference (${en}) but "Omotiverade skillnader?" is blank. Write Nej if the difference is explained, otherwise which it is (Kön, Område, Ålder).`,
            related: gaps.flatMap((g) =>
              g.cells.map((c) => toA1(c.row, c.col)),
            ),
          },
        ),
      );
    }
    return findings;
  },
};
