import { countBySeverity } from "../../src/core/findings";
import { RULES } from "../../src/core/rules";
import { Rule } from "../../src/core/rules/types";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { validateWorkbook } from "../../src/core/validate";
import { parseA1 } from "../../src/core/workbook";
import { makeSheet, makeWorkbook } from "../support/sheets";
import { withCells } from "../fixtures/edit";
import {
  driftTkr,
  namndplanSheet,
  nettokostnadSheet,
  resultatrakningTkr,
  riskanalysSheet,
  seedWorkbook,
  uppfoljningSheet,
  varavSheet,
} from "../fixtures/tables";

describe("validateWorkbook", () => {
  test("the four seed tables: no errors, no warnings, the rounding differences as infos", () => {
    const result = validateWorkbook(seedWorkbook(), DEFAULT_SETTINGS);
    expect(result.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ["Resultaträkning", "resultatrakning"],
      ["Driftbudget", "driftredovisning"],
      ["Investeringar", "investeringar"],
      ["IT-investeringar", "investeringar"],
    ]);
    const all = result.sheets.flatMap((s) => s.findings);
    expect(countBySeverity(all)).toEqual({ error: 0, warning: 0, info: 9 });
    expect(new Set(all.map((f) => f.rule))).toEqual(new Set(["sum.rounding"]));
    expect(result.sheets[2].layout.title).toBe("Investeringar mnkr*");
  });

  test("every consistent fixture validates without errors or warnings", () => {
    const book = makeWorkbook(
      uppfoljningSheet("A"),
      uppfoljningSheet("B", "Uppföljning B"),
      namndplanSheet(),
      nettokostnadSheet(),
      varavSheet(),
      resultatrakningTkr(),
      driftTkr(),
      riskanalysSheet()
    );
    const all = validateWorkbook(book, DEFAULT_SETTINGS).sheets.flatMap((s) => s.findings);
    expect(all.map((f) => `${f.sheet}!${f.cell} ${f.rule}`)).toEqual([]);
  });

  test("findings are sorted: sheets in tab order, then row, then column", () => {
    const book = seedWorkbook();
    const broken = {
      ...book,
      sheets: [
        withCells(book.sheets[0], { D12: -600, B8: "-21,9" }),
        withCells(book.sheets[1], { D5: -100, B5: -90 }),
        book.sheets[2],
        book.sheets[3],
      ],
    };
    const result = validateWorkbook(broken, DEFAULT_SETTINGS);
    for (const sheet of result.sheets) {
      const positions = sheet.findings.map((f) => parseA1(f.cell));
      const sorted = [...positions].sort((a, b) => a.row - b.row || a.col - b.col);
      expect(positions).toEqual(sorted);
    }
    expect(result.sheets[0].findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([
      "B8 number.text",
      "B11 sum.mismatch",
      "C11 sum.rounding",
      "D12 cross.mismatch",
      "D12 sum.mismatch",
    ]);
    expect(result.sheets[1].findings.map((f) => `${f.cell} ${f.rule}`)).toEqual([
      "B12 sum.mismatch",
      "D12 sum.mismatch",
    ]);
  });

  test("every finding names its sheet, cell, row, column and says what is wrong in both languages", () => {
    const book = makeWorkbook(
      withCells(uppfoljningSheet("A"), { D6: -300, H7: "", B8: "−280 000" }),
      withCells(namndplanSheet(), { F4: 0.4, E5: 1 })
    );
    const all = validateWorkbook(book, DEFAULT_SETTINGS).sheets.flatMap((s) => s.findings);
    expect(all.length).toBeGreaterThan(4);
    for (const f of all) {
      expect(f.sheet).not.toBe("");
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
      expect(f.rowLabel).not.toBe("");
      expect(f.columnHeader).not.toBe("");
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.messageEn?.length ?? 0).toBeGreaterThan(20);
      for (const edit of f.fix?.edits ?? []) {
        if (edit.formula) expect(edit.formula).toMatch(/^=[A-Z0-9(),:+\-*/$'"!=<> ]+$/);
        if (edit.formula) expect(edit.formula).not.toMatch(/KOLL|;/);
      }
    }
  });

  test("only the sheets asked for are checked; the others are still read for cross-sheet checks", () => {
    const book = makeWorkbook(resultatrakningTkr(), withCells(driftTkr(), { B9: -519300 }));
    const result = validateWorkbook(book, DEFAULT_SETTINGS, {
      sheets: ["Resultaträkning"],
    });
    expect(result.sheets.map((s) => s.sheet)).toEqual(["Resultaträkning"]);
    expect(result.sheets[0].findings.map((f) => f.rule)).toContain("cross.mismatch");
  });

  test("sheets no recogniser reads get a layout and no findings", () => {
    const notes = makeSheet("Anteckningar", [["Att göra"], ["Ring ekonomichefen"]]);
    const result = validateWorkbook(makeWorkbook(notes), DEFAULT_SETTINGS);
    expect(result.sheets[0]).toMatchObject({
      sheet: "Anteckningar",
      kind: "okand",
      findings: [],
    });
    expect(validateWorkbook({ sheets: [] }, DEFAULT_SETTINGS).sheets).toEqual([]);
    const empty = makeSheet("Tomt", []);
    expect(validateWorkbook(makeWorkbook(empty), DEFAULT_SETTINGS).sheets[0].findings).toEqual([]);
  });

  test("a rule that fails on a sheet does not take the other findings with it", () => {
    const broken: Rule = {
      id: "test.broken",
      severity: "error",
      title: { sv: "Trasig", en: "Broken" },
      appliesTo: ["driftredovisning"],
      check() {
        throw new Error("oväntat");
      },
    };
    const sheet = withCells(uppfoljningSheet("A"), { D6: -300 });
    const result = validateWorkbook(makeWorkbook(sheet), DEFAULT_SETTINGS, {
      rules: [...RULES, broken],
    });
    const rules = result.sheets[0].findings.map((f) => f.rule);
    expect(rules).toContain("deviation.mismatch");
    const failure = result.sheets[0].findings.find((f) => f.rule === "engine.failure");
    expect(failure?.message).toBe("Kontrollen test.broken kunde inte köras på bladet: oväntat");
  });

  test("rule ids and severities are the ones the issue lists", () => {
    expect(RULES.map((r) => [r.id, r.severity])).toEqual([
      ["sum.mismatch", "error"],
      ["sum.rounding", "info"],
      ["deviation.mismatch", "error"],
      ["change.mismatch", "error"],
      ["percent.mismatch", "error"],
      ["percent.missing", "warning"],
      ["percent.zero-base", "error"],
      ["sign.unexpected", "warning"],
      ["budget.zero-with-outcome", "warning"],
      ["number.text", "error"],
      ["value.missing", "warning"],
      ["formula.hardcoded", "info"],
      ["cross.mismatch", "error"],
      ["risk.scale", "error"],
      ["risk.value", "error"],
      ["risk.level", "warning"],
      ["risk.incomplete", "warning"],
      ["target.syntax", "error"],
      ["target.direction", "warning"],
      ["trend.inconsistent", "warning"],
      ["breakdown.inconsistent", "warning"],
      ["share.sum", "warning"],
      ["varav.exceeds", "error"],
      ["equality.unreported", "warning"],
      ["status.vocabulary", "warning"],
      ["source.missing", "info"],
      ["value.format", "warning"],
    ]);
    for (const rule of RULES) {
      expect(rule.title.sv).not.toBe("");
      expect(rule.title.en).not.toBe("");
    }
  });
});
