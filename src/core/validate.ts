/**
 * The engine's entry point: a workbook snapshot and settings in, findings out. Every sheet is
 * recognised (cross-sheet rules need the others even when only some are checked), then each
 * requested sheet is checked by the rules that apply to its kind. Findings come sorted: sheets
 * in tab order, then by row, then by column.
 */
import { Finding, SEVERITY_ORDER, SheetResult } from "./findings";
import { AnalysedSheet, analyzeSheet } from "./layout/registry";
import { SheetLayout } from "./layout/types";
import { createContext } from "./rules/context";
import { RULES, Rule } from "./rules";
import { Settings } from "./settings";
import { WorkbookSnapshot, parseA1 } from "./workbook";

export interface ValidationResult {
  /** One entry per checked sheet, in tab order. */
  sheets: (SheetResult & { layout: SheetLayout })[];
}

export interface ValidateOptions {
  /** Check only these sheets (by name); the others are still read for cross-sheet checks. */
  sheets?: string[];
  /** The rules to run (default: all). */
  rules?: readonly Rule[];
}

/** By row, then column, then severity and rule: the order a reader goes through a sheet. */
function sortFindings(findings: Finding[]): Finding[] {
  const keyed = findings.map((finding) => ({
    finding,
    at: parseA1(finding.cell),
  }));
  keyed.sort(
    (a, b) =>
      a.at.row - b.at.row ||
      a.at.col - b.at.col ||
      SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
      (a.finding.rule < b.finding.rule
        ? -1
        : a.finding.rule > b.finding.rule
          ? 1
          : 0),
  );
  return keyed.map((k) => k.finding);
}

/** A rule that fails on a sheet must not take the other findings with it. */
function runRule(
  rule: Rule,
  analysed: AnalysedSheet,
  ctx: ReturnType<typeof createContext>,
): Finding[] {
  try {
    return rule.check(ctx);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [
      {
        rule: "engine.failure",
        severity: "warning",
        sheet: analysed.sheet.name,
        cell: "A1",
        rowLabel: "",
        columnHeader: "",
        message: `Kontrollen ${rule.id} kunde inte köras på bladet: ${reason}`,
        messageEn: `The check ${rule.id} could not run on this sheet: ${reason}`,
      },
    ];
  }
}

export function validateWorkbook(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  options: ValidateOptions = {},
): ValidationResult {
  const analysed = snapshot.sheets.map((sheet) =>
    analyzeSheet(sheet, settings),
  );
  const wanted = options.sheets ? new Set(options.sheets) : null;
  const rules = options.rules ?? RULES;
  const sheets: ValidationResult["sheets"] = [];
  for (const item of analysed) {
    if (wanted && !wanted.has(item.sheet.name)) continue;
    const ctx = createContext(item, settings, analysed);
    const findings: Finding[] = [];
    for (const rule of rules) {
      if (!rule.appliesTo.includes(item.layout.kind)) continue;
      // A loop, not push(...list): a rule may return more findings than a call takes arguments.
      for (const finding of runRule(rule, item, ctx)) findings.push(finding);
    }
    sheets.push({
      sheet: item.sheet.name,
      kind: item.layout.kind,
      findings: sortFindings(findings),
      layout: item.layout,
    });
  }
  // The grids are the engine's own: no result refers to them (a layout holds no cells), so
  // their arrays go to the next validation's grids.
  for (const item of analysed) item.grid.release();
  return { sheets };
}
