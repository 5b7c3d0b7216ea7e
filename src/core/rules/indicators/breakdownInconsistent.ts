/**
 * breakdown.inconsistent: a breakdown that cannot belong to its total (domain.md §5). For counts
 * women and men add up to the total; for shares and indices the total lies between the women's
 * and the men's value; the total lies between the lowest and the highest area. Every printed
 * value is rounded on its own, so a difference of less than one unit in the last printed digit
 * is allowed (a total printed one unit below both parts cannot come from rounding).
 */
import { Finding } from "../../findings";
import { Breakdown, MeasuredCell } from "../../layout/indicators";
import { onScaleOf, printedUnit } from "../../layout/indicators/values";
import { toA1 } from "../../workbook";
import { Rule } from "../types";
import {
  INDICATOR_KINDS,
  indicatorFinding,
  indicatorSheet,
  showMeasure,
} from "./shared";

const EPSILON = 1e-9;

/** The coarsest printed unit among the values, on the total's scale. */
function unitOf(breakdown: Breakdown, parts: readonly MeasuredCell[]): number {
  const total = breakdown.total.measure;
  let unit = printedUnit(total);
  for (const part of parts) {
    // A part on another scale (a plain 56 beside 56 %) is rescaled as its value is.
    const value = part.measure.value;
    const factor = value !== 0 ? onScaleOf(total, part.measure) / value : 1;
    unit = Math.max(unit, printedUnit(part.measure) * Math.abs(factor));
  }
  return unit;
}

export const breakdownInconsistent: Rule = {
  id: "breakdown.inconsistent",
  severity: "warning",
  title: {
    sv: "Uppdelningen stämmer inte med totalen",
    en: "Breakdown does not match the total",
  },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    const report = (
      breakdown: Breakdown,
      parts: MeasuredCell[],
      details: {
        message: string;
        messageEn: string;
        expected: string;
      },
    ) =>
      findings.push(
        indicatorFinding(
          ctx,
          table,
          breakdownInconsistent,
          breakdown.total.row,
          breakdown.total.col,
          {
            message: details.message,
            messageEn: details.messageEn,
            expected: details.expected,
            actual: showMeasure(breakdown.total.measure),
            related: parts.map((p) => toA1(p.row, p.col)),
          },
        ),
      );

    for (const fact of facts) {
      for (const breakdown of fact.breakdowns) {
        const total = breakdown.total.measure;
        const t = total.value;
        const year = breakdown.total.year ? ` ${breakdown.total.year}` : "";
        const { women, men, lowest, highest } = breakdown.parts;
        const on = (cell: MeasuredCell) => onScaleOf(total, cell.measure);
        const show = (value: number) => showMeasure(total, value);

        if (women && men) {
          const unit = unitOf(breakdown, [women, men]);
          const k = on(women);
          const m = on(men);
          if (fact.row.measure === "count") {
            const sum = k + m;
            if (
              Math.abs(sum - t) >
              unit / 2 + EPSILON * Math.max(1, Math.abs(t))
            ) {
              report(breakdown, [women, men], {
                message: `Kvinnor och män${year} är ${show(k)} + ${show(m)} = ${show(sum)}, men totalen är ${show(t)}.`,
                messageEn: `Women and men${year} are ${show(k)} + ${show(m)} = ${show(sum)}, but the total is ${show(t)}.`,
                expected: show(sum),
              });
            }
          } else {
            const low = Math.min(k, m);
            const high = Math.max(k, m);
            if (low - t >= unit - EPSILON || t - high >= unit - EPSILON) {
              report(breakdown, [women, men], {
                message: `Totalen${year} ${show(t)} ligger utanför kvinnornas och männens värden (${show(k)} och ${show(m)}); ett genomsnitt för alla ligger mellan dem.`,
                messageEn: `The total${year} ${show(t)} lies outside the values of women and men (${show(k)} and ${show(m)}); an average for everyone lies between them.`,
                expected: `${show(low)}–${show(high)}`,
              });
            }
          }
        }

        if (lowest && highest) {
          const unit = unitOf(breakdown, [lowest, highest]);
          const l = on(lowest);
          const h = on(highest);
          if (l - h >= unit - EPSILON) {
            report(breakdown, [lowest, highest], {
              message: `Lägsta${year} (${show(l)}) är högre än högsta (${show(h)}).`,
              messageEn: `The lowest${year} (${show(l)}) is above the highest (${show(h)}).`,
              expected: `${show(h)}–${show(l)}`,
            });
          } else if (fact.row.measure === "count") {
            if (h - t >= unit - EPSILON) {
              report(breakdown, [highest], {
                message: `Högsta${year} (${show(h)}) är större än totalen ${show(t)}; en del av ett antal kan inte vara större än hela.`,
                messageEn: `The highest${year} (${show(h)}) is larger than the total ${show(t)}; part of a count cannot exceed the whole.`,
                expected: `≥ ${show(h)}`,
              });
            }
          } else if (l - t >= unit - EPSILON || t - h >= unit - EPSILON) {
            report(breakdown, [lowest, highest], {
              message: `Totalen${year} ${show(t)} ligger utanför lägsta och högsta (${show(l)}–${show(h)}).`,
              messageEn: `The total${year} ${show(t)} lies outside the lowest and the highest (${show(l)}–${show(h)}).`,
              expected: `${show(l)}–${show(h)}`,
            });
          }
        }
      }
    }
    return findings;
  },
};
