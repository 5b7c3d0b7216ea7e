/**
 * share.sum: the "varav (%)" shares of one total ("- varav (%) Småhus 13 %", "- varav (%)
 * Flerbostadshus 87 %") add up to 100 % in every year, within one percentage point of rounding.
 * Checked where every share of the group has a value; shares written as plain numbers (13, 87)
 * are read as percentages, as their label says, or as fractions when all are within 0–1.
 */
import { Finding } from "../../findings";
import { IndicatorFacts } from "../../layout/indicators";
import { Measure } from "../../layout/indicators/values";
import { formatPercent } from "../../numbers";
import { toA1 } from "../../workbook";
import { Rule } from "../types";
import {
  INDICATOR_KINDS,
  indicatorFinding,
  indicatorSheet,
  rowEn,
  rowSv,
} from "./shared";

/** Rounding allowance for shares that should make 100 %: one percentage point (domain.md §5). */
const TOLERANCE = 0.01;

/**
 * Plain numbers are percentage points (13, 87) unless every plain share of the group lies
 * within 0–1 (0,61 and 0,39): then the group writes fractions, as a sheet without a per cent
 * format does when the shares are computed as =B5/B4.
 */
function ratioReader(measures: readonly Measure[]): {
  ratio: (m: Measure) => number;
  percentDecimals: (m: Measure) => number;
} {
  const fractions = measures.every(
    (m) => m.percent || (m.value >= 0 && m.value <= 1),
  );
  return {
    ratio: (m) => (m.percent || fractions ? m.value : m.value / 100),
    // 0,62 has two decimals as a fraction and none as per cent.
    percentDecimals: (m) =>
      !m.percent && fractions ? Math.max(0, m.decimals - 2) : m.decimals,
  };
}

export const shareSum: Rule = {
  id: "share.sum",
  severity: "warning",
  title: {
    sv: "Andelarna blir inte 100 %",
    en: "Shares do not add up to 100 %",
  },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    const groups = new Map<number, IndicatorFacts[]>();
    for (const fact of facts) {
      if (
        fact.row.kind !== "varav" ||
        !fact.row.share ||
        fact.row.parentRow === undefined
      )
        continue;
      const group = groups.get(fact.row.parentRow) ?? [];
      group.push(fact);
      groups.set(fact.row.parentRow, group);
    }
    for (const [parentRow, group] of groups) {
      if (group.length < 2) continue;
      const parentLabel = table.byRow.get(parentRow)?.label ?? "";
      const section = table.sections[group[0].row.section];
      for (const column of section.outcomes) {
        const points = group.map((fact) =>
          fact.series.find((p) => p.col === column.col),
        );
        if (points.some((p) => !p)) continue;
        const cells = points.map((p) => p!);
        const reader = ratioReader(cells.map((p) => p.measure));
        const sum = cells.reduce((s, p) => s + reader.ratio(p.measure), 0);
        if (Math.abs(sum - 1) <= TOLERANCE + 1e-9) continue;
        const last = cells[cells.length - 1];
        const decimals = Math.max(
          0,
          ...cells.map((p) => reader.percentDecimals(p.measure)),
        );
        const shown = formatPercent(sum, decimals);
        const year = column.year ? ` ${column.year}` : "";
        findings.push(
          indicatorFinding(ctx, table, shareSum, last.row, last.col, {
            message: `Andelarna av ${rowSv(parentLabel, parentRow)}${year} blir ${shown} tillsammans, inte 100 %.`,
            messageEn: `The shares of ${rowEn(parentLabel, parentRow)}${year} add up to ${shown}, not 100 %.`,
            expected: "100 %",
            actual: shown,
            related: cells.map((p) => toA1(p.row, p.col)),
          }),
        );
      }
    }
    return findings;
  },
};
