/**
 * target.syntax: an Etappmål or Målvärde cell that cannot be read as a target ("ca 90",
 * "≥", "Bättre än i fjol"). Such a target cannot be followed up, and KOLL.MÅLUPPFYLLELSE reads
 * it no better: both use calc/targets.ts.
 */
import { Finding } from "../../findings";
import { Rule } from "../types";
import { INDICATOR_KINDS, indicatorFinding, indicatorSheet } from "./shared";

export const targetSyntax: Rule = {
  id: "target.syntax",
  severity: "error",
  title: { sv: "Målet går inte att läsa", en: "Unreadable target" },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    for (const fact of facts) {
      for (const cell of [fact.etappmal, fact.malvarde]) {
        if (!cell || cell.parse.kind !== "error") continue;
        findings.push(
          indicatorFinding(ctx, table, targetSyntax, fact.row.row, cell.col, {
            message: cell.parse.error,
            messageEn: cell.parse.errorEn,
            actual: ctx.grid.text(fact.row.row, cell.col) || cell.parse.text,
          }),
        );
      }
    }
    return findings;
  },
};
