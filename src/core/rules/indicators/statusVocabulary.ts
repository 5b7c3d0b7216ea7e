/**
 * status.vocabulary: a Måluppfyllelse (status) or Trend cell with a word outside the vocabulary
 * of domain.md §5. A status the report's readers do not know cannot be counted or coloured;
 * a spelling of a known word ("Uppfylld", "inte uppfyllt", "Oföränd rad" from a PDF) is
 * rewritten as the word itself.
 */
import { Finding } from "../../findings";
import {
  ASSIGNMENT_WORDS,
  ATTAINMENT_WORDS,
  TREND_WORDS,
  statusWord,
  trendWord,
} from "../../layout/indicators";
import { Rule } from "../types";
import { INDICATOR_KINDS, indicatorFinding, indicatorSheet } from "./shared";

const COLOUR_WORDS = /^(?:grön|gul|röd|grå|orange)$/i;

export const statusVocabulary: Rule = {
  id: "status.vocabulary",
  severity: "warning",
  title: { sv: "Ord utanför vokabulären", en: "Word outside the vocabulary" },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    const fix = (row: number, col: number, word: string) => ({
      label: `Skriv "${word}"`,
      labelEn: `Write "${word}"`,
      edits: [
        { op: "cell" as const, sheet: ctx.sheet.name, row, col, value: word },
      ],
    });
    for (const fact of facts) {
      const row = fact.row.row;
      const status = fact.status;
      if (status && status.text !== "") {
        const match = statusWord(status.text);
        if (!match) {
          const colour = COLOUR_WORDS.test(status.text);
          findings.push(
            indicatorFinding(ctx, table, statusVocabulary, row, status.col, {
              message: colour
                ? `"${status.text}" är en färg, inte en bedömning. Skriv ${ATTAINMENT_WORDS.join(", ")} (mål) eller ${ASSIGNMENT_WORDS.join(", ")} (uppdrag); färgen sätts med Färgsätt.`
                : `"${status.text}" är inget av orden för måluppfyllelse (${ATTAINMENT_WORDS.join(", ")}) eller för uppdrag (${ASSIGNMENT_WORDS.join(", ")}).`,
              messageEn: colour
                ? `"${status.text}" is a colour, not an assessment. Write ${ATTAINMENT_WORDS.join(", ")} (goals) or ${ASSIGNMENT_WORDS.join(", ")} (assignments); colours come from Färgsätt.`
                : `"${status.text}" is none of the words for goal attainment (${ATTAINMENT_WORDS.join(", ")}) or for assignments (${ASSIGNMENT_WORDS.join(", ")}).`,
              actual: status.text,
            }),
          );
        } else if (!match.exact) {
          findings.push(
            indicatorFinding(ctx, table, statusVocabulary, row, status.col, {
              message: `"${status.text}" skrivs "${match.word}" i vokabulären för måluppfyllelse.`,
              messageEn: `"${status.text}" is written "${match.word}" in the vocabulary of goal attainment.`,
              expected: match.word,
              actual: status.text,
              fix: fix(row, status.col, match.word),
            }),
          );
        }
      }
      const trend = fact.trend;
      if (trend && trend.text !== "") {
        const match = trendWord(trend.text);
        if (!match) {
          findings.push(
            indicatorFinding(ctx, table, statusVocabulary, row, trend.col, {
              message: `"${trend.text}" är inget trendord; trenden skrivs ${TREND_WORDS.join(", ")} (om förändringen är önskvärd).`,
              messageEn: `"${trend.text}" is not a trend word; a trend is written ${TREND_WORDS.join(", ")} (whether the change is desirable).`,
              actual: trend.text,
            }),
          );
        } else if (!match.exact) {
          findings.push(
            indicatorFinding(ctx, table, statusVocabulary, row, trend.col, {
              message: `"${trend.text}" skrivs "${match.word}".`,
              messageEn: `"${trend.text}" is written "${match.word}".`,
              expected: match.word,
              actual: trend.text,
              fix: fix(row, trend.col, match.word),
            }),
          );
        }
      }
    }
    return findings;
  },
};
