/**
 * sum.rounding: a total differs from its printed parts by no more than the rounding tolerance.
 * Published amounts are rounded one by one, so this is an avrundningsdifferens, not an error;
 * it is shown so nobody is surprised when someone adds the printed figures up.
 */
import { Finding } from "../findings";
import { rowsEn, rowsSv } from "./text";
import { FINANCIAL_KINDS, Rule } from "./types";

export const sumRounding: Rule = {
  id: "sum.rounding",
  severity: "info",
  title: { sv: "Avrundningsdifferens", en: "Rounding difference" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    for (const check of ctx.totals()) {
      if (check.status !== "rounding" || check.actual === null) continue;
      const c = check.col;
      const parts = [...check.plus, ...check.minus];
      findings.push(
        ctx.finding(sumRounding, check.row, c, {
          message:
            `Avrundningsdifferens: summan är ${ctx.fmt(check.actual, c)} och delarna (${rowsSv(parts)}) ger ` +
            `${ctx.fmt(check.expected, c)}, skillnad ${ctx.fmt(check.diff, c, true)}. Det ryms inom ` +
            `avrundningen av de tryckta beloppen.`,
          messageEn:
            `Rounding difference: the total is ${ctx.fmt(check.actual, c)} and the parts (${rowsEn(parts)}) add up to ` +
            `${ctx.fmt(check.expected, c)}, a difference of ${ctx.fmt(check.diff, c, true)}, within the rounding ` +
            `of the printed amounts.`,
          expected: check.expected,
          actual: check.actual,
          related: parts.map((r) => ctx.a1(r, c)),
        }),
      );
    }
    return findings;
  },
};
