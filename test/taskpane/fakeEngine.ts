/**
 * Engines for the pane's tests: one that checks "Summa" rows against the rows above (so that a
 * fix and its undo change what it finds), and one that returns findings given by the test.
 */
import type { Finding, SheetResult } from "../../src/core/findings";
import { toNumber } from "../../src/core/numbers";
import type { Settings } from "../../src/core/settings";
import {
  WorkbookSnapshot,
  columnLetter,
  isFormula,
  toA1,
} from "../../src/core/workbook";
import type { PaneEngine } from "../../src/taskpane/state/EngineContext";

const TITLES: Record<string, { sv: string; en: string }> = {
  "sum.mismatch": { sv: "Summan stämmer inte", en: "The sum does not add up" },
  "number.text": { sv: "Tal lagrat som text", en: "Number stored as text" },
};

export class SumEngine implements PaneEngine {
  calls = 0;
  lastSettings: Settings | null = null;

  validate(
    snapshot: WorkbookSnapshot,
    settings: Settings,
    options: { sheets?: string[] } = {},
  ) {
    this.calls += 1;
    this.lastSettings = settings;
    const sheets: SheetResult[] = snapshot.sheets
      .filter((s) => !options.sheets || options.sheets.includes(s.name))
      .map((sheet) => {
        const findings: Finding[] = [];
        const header = sheet.values[0] ?? [];
        let first = 1;
        sheet.values.forEach((row, r) => {
          const label = String(row[0]);
          row.forEach((value, c) => {
            if (c === 0 || r === 0) return;
            if (
              typeof value === "string" &&
              value !== "" &&
              !label.startsWith("Summa") &&
              toNumber(value) !== null
            ) {
              findings.push({
                rule: "number.text",
                severity: "warning",
                sheet: sheet.name,
                cell: toA1(sheet.top + r, sheet.left + c),
                rowLabel: label,
                columnHeader: String(header[c]),
                message: `Talet ${value} är lagrat som text.`,
                messageEn: `The number ${value} is stored as text.`,
                fix: {
                  label: "Skriv talet",
                  labelEn: "Write the number",
                  edits: [
                    {
                      op: "cell",
                      sheet: sheet.name,
                      row: sheet.top + r,
                      col: sheet.left + c,
                      value: toNumber(value)!,
                    },
                  ],
                },
              });
            }
          });
          if (!label.startsWith("Summa")) return;
          row.forEach((value, c) => {
            if (c === 0) return;
            const formula = sheet.formulas[r][c];
            if (isFormula(formula)) return;
            let expected = 0;
            for (let p = first; p < r; p++)
              expected += toNumber(sheet.values[p][c]) ?? 0;
            if (value === expected) return;
            const col = columnLetter(sheet.left + c);
            const range = `${col}${sheet.top + first + 1}:${col}${sheet.top + r}`;
            findings.push({
              rule: "sum.mismatch",
              severity: "error",
              sheet: sheet.name,
              cell: toA1(sheet.top + r, sheet.left + c),
              rowLabel: label,
              columnHeader: String(header[c]),
              message: `Summan ska vara ${expected} men är ${String(value)}.`,
              messageEn: `The sum should be ${expected} but is ${String(value)}.`,
              expected,
              actual: typeof value === "number" ? value : String(value),
              fix: {
                label: `Skriv =SUM(${range})`,
                labelEn: `Write =SUM(${range})`,
                edits: [
                  {
                    op: "cell",
                    sheet: sheet.name,
                    row: sheet.top + r,
                    col: sheet.left + c,
                    formula: `=SUM(${range})`,
                  },
                ],
              },
            });
          });
          first = r + 1;
        });
        return {
          sheet: sheet.name,
          kind: "driftredovisning" as const,
          findings,
        };
      });
    return { sheets };
  }

  ruleTitle(ruleId: string) {
    return TITLES[ruleId] ?? null;
  }
}

export class FixedEngine implements PaneEngine {
  constructor(private readonly results: SheetResult[]) {}
  validate(
    _snapshot: WorkbookSnapshot,
    _settings: Settings,
    options: { sheets?: string[] } = {},
  ) {
    return {
      sheets: this.results.filter(
        (r) => !options.sheets || options.sheets.includes(r.sheet),
      ),
    };
  }
  ruleTitle(ruleId: string) {
    return TITLES[ruleId] ?? null;
  }
}
