/**
 * sum.mismatch: a total differs from the sum of its parts by more than the rounding tolerance.
 * The message names the slip whenever one explains the difference: the total's own formula
 * leaving rows out or taking rows in, or, from the figures alone, a row left out, a row
 * counted twice, a range that stops early or starts late.
 */
import { max } from "../layout/fast";
import { SumExplanation, explainSum, rowsOfSumFormula } from "../calc/sum";
import { Finding } from "../findings";
import { CELL_NUMBER, CELL_TEXT_NUMBER } from "../layout/grid";
import { TotalCheck } from "./evaluate/totals";
import { acrossFix, totalFix } from "./fixes";
import { listEn, listSv, orEn, orSv, rowsEn, rowsSv } from "./text";
import { FINANCIAL_KINDS, Rule, RuleContext } from "./types";

interface Explanation {
  sv: string;
  en: string;
}

function hasNumber(ctx: RuleContext, row: number, col: number): boolean {
  const kind = ctx.grid.kindAt(row, col);
  return kind === CELL_NUMBER || kind === CELL_TEXT_NUMBER;
}

/** What the total's own formula leaves out or takes in, compared with the rows it should sum. */
function explainFormula(
  ctx: RuleContext,
  check: TotalCheck,
): Explanation | null {
  const formula = ctx.formula(check.row, check.col);
  if (!formula) return null;
  const parsed = rowsOfSumFormula(formula, check.col);
  if (!parsed) return null;
  const wanted = new Set(
    [...check.plus, ...check.minus].filter((r) => hasNumber(ctx, r, check.col)),
  );
  const used = new Set(
    [...parsed.plus, ...parsed.minus].filter((r) =>
      hasNumber(ctx, r, check.col),
    ),
  );
  const missing = [...wanted].filter((r) => !used.has(r)).sort((a, b) => a - b);
  const extra = [...used].filter((r) => !wanted.has(r)).sort((a, b) => a - b);
  if (missing.length === 0 && extra.length === 0) return null;
  const sv: string[] = [];
  const en: string[] = [];
  const usedRows = [...parsed.plus, ...parsed.minus];
  const lastUsed = max(...usedRows);
  const missingAfter = missing.length > 0 && missing.every((r) => r > lastUsed);
  if (missingAfter && parsed.minus.length === 0) {
    sv.push(
      `Formeln ${formula} slutar vid rad ${lastUsed + 1}; ${rowsSv(missing)} kommer inte med.`,
    );
    en.push(
      `The formula ${formula} stops at row ${lastUsed + 1}; ${rowsEn(missing)} are not included.`,
    );
  } else if (missing.length > 0) {
    sv.push(
      `Formeln ${formula} tar inte med ${listSv(missing.map((r) => ctx.rowRef(r)))}.`,
    );
    en.push(
      `The formula ${formula} leaves out ${listEn(missing.map((r) => ctx.rowRefEn(r)))}.`,
    );
  }
  if (extra.length > 0) {
    const within = extra.map((r) => {
      const parent = ctx.row(r)?.parentRow;
      return parent !== undefined && parent !== check.row && wanted.has(parent)
        ? parent
        : undefined;
    });
    const twice = within.some((p) => p !== undefined);
    sv.push(
      `Formeln ${formula} räknar också med ${listSv(extra.map((r) => ctx.rowRef(r)))}${
        twice ? ", som redan ingår i en delsumma" : ", som inte hör till summan"
      }.`,
    );
    en.push(
      `The formula ${formula} also counts ${listEn(extra.map((r) => ctx.rowRefEn(r)))}${
        twice
          ? ", already part of a subtotal"
          : ", which do not belong to the total"
      }.`,
    );
  }
  return { sv: sv.join(" "), en: en.join(" ") };
}

/** The slip the figures point to, in words. */
function describe(
  ctx: RuleContext,
  check: TotalCheck,
  explanation: SumExplanation,
): Explanation {
  const rows = check.plus;
  switch (explanation.kind) {
    case "leftOut": {
      const refs = explanation.parts.map((i) => rows[i]);
      return refs.length === 1
        ? {
            sv: `${ctx.rowRef(refs[0])} verkar saknas i summan.`,
            en: `${ctx.rowRefEn(refs[0])} seems to be left out of the total.`,
          }
        : {
            sv: `${listSv(refs.map((r) => ctx.rowRef(r)))} verkar saknas i summan.`,
            en: `${listEn(refs.map((r) => ctx.rowRefEn(r)))} seem to be left out of the total.`,
          };
    }
    case "leftOutOneOf": {
      const refs = explanation.parts.map((i) => rows[i]);
      return {
        sv: `${orSv(refs.map((r) => ctx.rowRef(r)))} verkar saknas i summan.`,
        en: `${orEn(refs.map((r) => ctx.rowRefEn(r)))} seems to be left out of the total.`,
      };
    }
    case "countedTwice":
      return {
        sv: `${ctx.rowRef(rows[explanation.part])} verkar vara räknad två gånger.`,
        en: `${ctx.rowRefEn(rows[explanation.part])} seems to be counted twice.`,
      };
    case "stopsEarly": {
      const last = rows[explanation.count - 1];
      const rest = rows.slice(explanation.count);
      return {
        sv: `Summan verkar sluta vid rad ${last + 1}; ${rowsSv(rest)} kommer inte med.`,
        en: `The total seems to stop at row ${last + 1}; ${rowsEn(rest)} are not included.`,
      };
    }
    case "startsLate": {
      const first = rows[explanation.skip];
      const skipped = rows.slice(0, explanation.skip);
      return {
        sv: `Summan verkar börja först vid rad ${first + 1}; ${rowsSv(skipped)} kommer inte med.`,
        en: `The total seems to start only at row ${first + 1}; ${rowsEn(skipped)} are not included.`,
      };
    }
  }
}

function partsText(ctx: RuleContext, check: TotalCheck): Explanation {
  if (check.across) {
    return {
      sv: `summan av ${listSv(check.plus.map((r) => ctx.rowRef(r)))} över kolumnerna för positiv och negativ risk`,
      en: `the sum of ${listEn(check.plus.map((r) => ctx.rowRefEn(r)))} over the positive and negative risk columns`,
    };
  }
  if (check.minus.length > 0) {
    return {
      sv: `${rowsSv(check.plus)} minus ${rowsSv(check.minus)}`,
      en: `${rowsEn(check.plus)} minus ${rowsEn(check.minus)}`,
    };
  }
  return {
    sv: `summan av ${rowsSv(check.plus)}`,
    en: `the sum of ${rowsEn(check.plus)}`,
  };
}

export const sumMismatch: Rule = {
  id: "sum.mismatch",
  severity: "error",
  title: { sv: "Summan stämmer inte", en: "Total does not add up" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    for (const check of ctx.totals()) {
      if (check.status !== "mismatch" || check.actual === null) continue;
      const c = check.col;
      const parts = partsText(ctx, check);
      // Each figure formatted once, for both languages.
      const actual = ctx.fmt(check.actual, c);
      const expected = ctx.fmt(check.expected, c);
      const diff = ctx.fmt(check.diff, c, true);
      let sv = `Summan är ${actual} men ${parts.sv} är ${expected} (skillnad ${diff}).`;
      let en = `The total is ${actual} but ${parts.en} is ${expected} (difference ${diff}).`;
      const why =
        explainFormula(ctx, check) ??
        (check.minus.length === 0 && !check.across
          ? (() => {
              const values = check.plus.map((r) => ctx.number(r, c) ?? 0);
              const e = explainSum(
                check.actual as number,
                values,
                check.tolerance,
              );
              return e ? describe(ctx, check, e) : null;
            })()
          : null);
      if (why) {
        sv += ` ${why.sv}`;
        en += ` ${why.en}`;
      }
      const related = [...check.plus, ...check.minus].map((r) => ctx.a1(r, c));
      findings.push(
        ctx.finding(sumMismatch, check.row, c, {
          message: sv,
          messageEn: en,
          expected: check.expected,
          actual: check.actual,
          related,
          fix: check.across ? acrossFix(ctx, check) : totalFix(ctx, check),
        }),
      );
    }
    return findings;
  },
};
