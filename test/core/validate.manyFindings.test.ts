/**
 * A sheet can give more findings than a JavaScript call takes arguments (signConvention B on a
 * long sheet warns on every cost cell): collecting them must not overflow the stack.
 */
import { Finding } from "../../src/core/findings";
import { Rule } from "../../src/core/rules/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { validateWorkbook } from "../../src/core/validate";
import { makeSheet, makeWorkbook } from "../support/sheets";

const COUNT = 300_000;

const flood: Rule = {
  id: "test.flood",
  severity: "info",
  title: { sv: "Många fynd", en: "Many findings" },
  appliesTo: [
    "resultatrakning",
    "driftredovisning",
    "investeringar",
    "indikatorer",
    "internkontroll",
    "riskanalys",
    "okand",
  ],
  check(ctx) {
    const findings: Finding[] = [];
    for (let i = 0; i < COUNT; i++)
      findings.push({
        rule: "test.flood",
        severity: "info",
        sheet: ctx.sheet.name,
        cell: `A${i + 1}`,
        rowLabel: "",
        columnHeader: "",
        message: "fynd",
      });
    return findings;
  },
};

test("a rule returning 300 000 findings is collected without a stack overflow", () => {
  const sheet = makeSheet("Blad1", [
    ["Verksamhet", "Budget"],
    ["Vård", 5],
  ]);
  const result = validateWorkbook(makeWorkbook(sheet), DEFAULT_SETTINGS, {
    rules: [flood],
  });
  expect(result.sheets[0].findings).toHaveLength(COUNT);
});
