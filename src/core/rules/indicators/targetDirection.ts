/**
 * target.direction: the targets of an indicator point different ways. Etappmål (this year) and
 * Målvärde (long term) should agree: "Öka" now and "≤ 5" later cannot both be right, and a
 * long-term value less ambitious than this year's is suspect. A target that says "more" on a
 * measure where less is better (placering, sjukfrånvaro) is wrong when the direction is known
 * from the Riktning column or the user's choice, not guessed.
 */
import { Direction, Target, targetDirection } from "../../calc/targets";
import { Finding } from "../../findings";
import { IndicatorFacts, TargetCell } from "../../layout/indicators";
import { formatNumber, formatPercent } from "../../numbers";
import { Rule } from "../types";
import {
  INDICATOR_KINDS,
  directionEn,
  directionSourceEn,
  directionSourceSv,
  directionSv,
  indicatorFinding,
  indicatorSheet,
} from "./shared";

const WAY_SV: Record<Direction, string> = { higher: "uppåt", lower: "nedåt" };
const WAY_EN: Record<Direction, string> = {
  higher: "upwards",
  lower: "downwards",
};

function readable(
  cell: TargetCell | undefined,
): (TargetCell & { target: Target }) | null {
  if (!cell || cell.parse.kind === "error") return null;
  return { ...cell, target: cell.parse };
}

function numericValue(
  target: Target,
): { value: number; percent: boolean } | null {
  if (target.kind === "threshold" || target.kind === "level")
    return { value: target.value, percent: target.percent };
  return null;
}

function show(value: number, percent: boolean): string {
  return percent
    ? formatPercent(value, value * 100 === Math.round(value * 100) ? 0 : 1)
    : formatNumber(value, { decimals: Number.isInteger(value) ? 0 : 1 });
}

export const targetDirectionRule: Rule = {
  id: "target.direction",
  severity: "warning",
  title: {
    sv: "Målen pekar åt olika håll",
    en: "Targets point different ways",
  },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    const report = (
      fact: IndicatorFacts,
      col: number,
      message: string,
      messageEn: string,
      actual: string,
    ) =>
      findings.push(
        indicatorFinding(ctx, table, targetDirectionRule, fact.row.row, col, {
          message,
          messageEn,
          actual,
        }),
      );

    for (const fact of facts) {
      if (fact.row.kind !== "indicator") continue;
      const etapp = readable(fact.etappmal);
      const mal = readable(fact.malvarde);
      const etappWay = etapp ? targetDirection(etapp.target) : null;
      const malWay = mal ? targetDirection(mal.target) : null;

      if (etapp && mal && etappWay && malWay && etappWay !== malWay) {
        report(
          fact,
          mal.col,
          `Etappmålet "${etapp.target.text}" pekar ${WAY_SV[etappWay]} men målvärdet "${mal.target.text}" pekar ${WAY_SV[malWay]}.`,
          `The milestone "${etapp.target.text}" points ${WAY_EN[etappWay]} but the long-term target "${mal.target.text}" points ${WAY_EN[malWay]}.`,
          mal.target.text,
        );
        continue;
      }

      const declared = fact.direction.declared;
      let contradicted = false;
      if (declared) {
        for (const cell of [etapp, mal]) {
          if (!cell) continue;
          const way = targetDirection(cell.target);
          if (!way || way === declared) continue;
          contradicted = true;
          report(
            fact,
            cell.col,
            `Målet "${cell.target.text}" pekar ${WAY_SV[way]}, men för den här indikatorn är ${directionSv(declared)}${directionSourceSv(fact)}.`,
            `The target "${cell.target.text}" points ${WAY_EN[way]}, but for this indicator ${directionEn(declared)}${directionSourceEn(fact)}.`,
            cell.target.text,
          );
        }
      }
      if (contradicted) continue;

      const direction = fact.direction.effective;
      const a = etapp ? numericValue(etapp.target) : null;
      const b = mal ? numericValue(mal.target) : null;
      if (!direction || !a || !b || !mal || !etapp || a.percent !== b.percent)
        continue;
      const backwards =
        direction === "higher" ? b.value < a.value : b.value > a.value;
      if (!backwards) continue;
      report(
        fact,
        mal.col,
        `Målvärdet ${show(b.value, b.percent)} är ${direction === "higher" ? "lägre" : "högre"} än etappmålet ${show(a.value, a.percent)}, fast ${directionSv(direction)}${directionSourceSv(fact)}: det långsiktiga målet är mindre ambitiöst än årets.`,
        `The long-term target ${show(b.value, b.percent)} is ${direction === "higher" ? "lower" : "higher"} than the milestone ${show(a.value, a.percent)}, although ${directionEn(direction)}${directionSourceEn(fact)}: the long-term target is less ambitious than this year's.`,
        mal.target.text,
      );
    }
    return findings;
  },
};
