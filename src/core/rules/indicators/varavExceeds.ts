/**
 * varav.exceeds: a "varav" row larger than the row it is part of ("- varav Spårväg syds
 * influensområde" above "Antal färdigställda bostäder"), or a "varav (%)" share above 100 %.
 * A part cannot exceed its whole, so one of the two figures is wrong.
 */
import { Finding } from "../../findings";
import { onScaleOf, printedUnit } from "../../layout/indicators/values";
import { toA1 } from "../../workbook";
import { Rule } from "../types";
import {
  INDICATOR_KINDS,
  indicatorFinding,
  indicatorSheet,
  rowEn,
  rowSv,
  showMeasure,
} from "./shared";

export const varavExceeds: Rule = {
  id: "varav.exceeds",
  severity: "error",
  title: {
    sv: "Varav-raden är större än sin total",
    en: "Varav row exceeds its total",
  },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    const byRow = new Map(facts.map((f) => [f.row.row, f]));
    for (const fact of facts) {
      if (fact.row.kind !== "varav" || fact.row.parentRow === undefined)
        continue;
      const parent = byRow.get(fact.row.parentRow);
      if (!parent) continue;
      for (const point of fact.series) {
        const year = point.year ? ` ${point.year}` : "";
        if (fact.row.share) {
          const ratio = point.measure.percent
            ? point.measure.value
            : point.measure.value / 100;
          if (ratio <= 1 + 1e-9) continue;
          findings.push(
            indicatorFinding(ctx, table, varavExceeds, point.row, point.col, {
              message: `Andelen ${showMeasure(point.measure)}${year} är större än 100 %: en del kan inte vara större än det hela.`,
              messageEn: `The share ${showMeasure(point.measure)}${year} is above 100 %: a part cannot exceed the whole.`,
              expected: "≤ 100 %",
              actual: showMeasure(point.measure),
            }),
          );
          continue;
        }
        if (parent.row.share) continue;
        const whole = parent.series.find((p) => p.col === point.col);
        if (!whole || whole.measure.percent !== point.measure.percent) continue;
        const part = onScaleOf(whole.measure, point.measure);
        const unit = Math.max(
          printedUnit(whole.measure),
          printedUnit(point.measure),
        );
        if (
          part - whole.measure.value <=
          unit / 2 + 1e-9 * Math.max(1, Math.abs(part))
        )
          continue;
        findings.push(
          indicatorFinding(ctx, table, varavExceeds, point.row, point.col, {
            message: `${rowSv(fact.row.label, fact.row.row)}${year} är ${showMeasure(point.measure)}, mer än hela ${rowSv(parent.row.label, parent.row.row)} (${showMeasure(whole.measure)}).`,
            messageEn: `${rowEn(fact.row.label, fact.row.row)}${year} is ${showMeasure(point.measure)}, more than the whole ${rowEn(parent.row.label, parent.row.row)} (${showMeasure(whole.measure)}).`,
            expected: `≤ ${showMeasure(whole.measure)}`,
            actual: showMeasure(point.measure),
            related: [toA1(whole.row, whole.col)],
          }),
        );
      }
    }
    return findings;
  },
};
