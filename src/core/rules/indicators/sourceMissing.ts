/**
 * source.missing: an indicator without a Källa in a table that has the column, and a Kolada
 * id that is not of the form N00000 or U00000 (Kolada's KPI ids: N for kommun, U for the
 * organisation). Information only: a source makes a figure checkable, its absence is no error.
 */
import { Finding } from "../../findings";
import { Rule } from "../types";
import { INDICATOR_KINDS, indicatorFinding, indicatorSheet } from "./shared";

const KOLADA_ID = /^[NU]\d{5}$/;
/** "Kolada nr U45400", "Kolada N07900", "Kolada-id: N00941": the token after "Kolada" that has a digit. */
const KOLADA_IN_TEXT =
  /kolada(?:\s*-?\s*(?:nr\.?|id|kpi))?\s*:?\s*([A-Za-z]*\d[\w]*)/i;

export const sourceMissing: Rule = {
  id: "source.missing",
  severity: "info",
  title: {
    sv: "Källa saknas eller Kolada-id är fel",
    en: "Source missing or Kolada id malformed",
  },
  appliesTo: INDICATOR_KINDS,
  check(ctx) {
    const { table, facts } = indicatorSheet(ctx);
    const findings: Finding[] = [];
    const badId = (row: number, col: number, id: string, text: string) => {
      const upper = id.toUpperCase();
      const fixable = upper !== id && KOLADA_ID.test(upper);
      findings.push(
        indicatorFinding(ctx, table, sourceMissing, row, col, {
          message: `Kolada-id "${id}" har inte formen N00000 eller U00000 (N eller U och fem siffror).`,
          messageEn: `The Kolada id "${id}" is not of the form N00000 or U00000 (N or U and five digits).`,
          actual: id,
          ...(fixable
            ? {
                expected: upper,
                fix: {
                  label: `Skriv ${upper}`,
                  labelEn: `Write ${upper}`,
                  edits: [
                    {
                      op: "cell" as const,
                      sheet: ctx.sheet.name,
                      row,
                      col,
                      value: text.replace(id, upper),
                    },
                  ],
                },
              }
            : {}),
        }),
      );
    };
    for (const fact of facts) {
      const row = fact.row.row;
      const source = fact.source;
      if (source && source.text === "" && fact.row.kind === "indicator") {
        findings.push(
          indicatorFinding(ctx, table, sourceMissing, row, source.col, {
            message: `Indikatorn "${fact.row.label}" saknar källa.`,
            messageEn: `The indicator "${fact.row.label}" has no source.`,
          }),
        );
      }
      if (source && source.text !== "") {
        const match = KOLADA_IN_TEXT.exec(source.text);
        if (match && !KOLADA_ID.test(match[1]))
          badId(row, source.col, match[1], source.text);
      }
      const kolada = fact.kolada;
      if (kolada && kolada.text !== "" && !KOLADA_ID.test(kolada.text))
        badId(row, kolada.col, kolada.text, kolada.text);
    }
    return findings;
  },
};
