/** The Validera tab's words. */
import { formatNumber } from "../../core/numbers";
import type { SheetKind } from "../../core/workbook";
import { defineStrings } from "../i18n";

const n = (value: number) => formatNumber(value);
const seconds = (ms: number) =>
  formatNumber(ms / 1000, { decimals: ms < 10_000 ? 1 : 0 });

const KINDS_SV: Record<SheetKind, string> = {
  resultatrakning: "Resultaträkning",
  driftredovisning: "Driftredovisning",
  investeringar: "Investeringar",
  indikatorer: "Indikatorer",
  internkontroll: "Internkontroll",
  riskanalys: "Risk- och känslighetsanalys",
  okand: "Okänd bladtyp",
};

const KINDS_EN: Record<SheetKind, string> = {
  resultatrakning: "Income statement",
  driftredovisning: "Operating accounts",
  investeringar: "Investments",
  indikatorer: "Indicators",
  internkontroll: "Internal control",
  riskanalys: "Risk and sensitivity analysis",
  okand: "Unknown sheet type",
};

export const validateStrings = defineStrings(
  {
    intro:
      "Kontrollerar summor, avvikelser, förändringar, procent, tecken och tal lagrade som text.",
    validateWorkbook: "Validera arbetsboken",
    validateSheet: "Validera bladet",
    actions: "Validering",
    readyTitle: "Klar för inlämning",
    readyBody: (warnings: number, infos: number) =>
      warnings + infos === 0
        ? "Inga fel och inga anmärkningar."
        : `Inga fel. ${warnings === 1 ? "1 varning" : `${n(warnings)} varningar`} och ${n(infos)} info kan vara värda en titt.`,
    errorsTitle: (count: number) =>
      count === 1 ? "1 fel att rätta" : `${n(count)} fel att rätta`,
    errorsBody: "Rätta felen innan rapporten lämnas in.",
    errors: (count: number) => `${n(count)} fel`,
    warnings: (count: number) =>
      count === 1 ? "1 varning" : `${n(count)} varningar`,
    infos: (count: number) => `${n(count)} info`,
    meta: (sheets: number, cells: number, ms: number) =>
      `${sheets === 1 ? "1 blad" : `${n(sheets)} blad`} · ${n(cells)} celler · ${seconds(ms)} s`,
    scopeSheet: (sheet: string) => `Bladet ${sheet}`,
    scopeWorkbook: "Hela arbetsboken",
    noSheets: "Det finns inget blad att kontrollera.",
    markCells: "Markera i bladet",
    clearMarks: "Ta bort markeringar",
    marked: (count: number) =>
      count === 1 ? "1 cell är markerad" : `${n(count)} celler är markerade`,
    fix: "Rätta",
    fixTitle: (label: string) => `Rätta: ${label}`,
    fixAll: (count: number) => `Rätta alla (${n(count)})`,
    fixAllLabel: (title: string, count: number) =>
      `Rätta alla: ${title} (${n(count)})`,
    goTo: (cell: string, sheet: string) => `Gå till ${cell} på bladet ${sheet}`,
    expected: "Förväntat",
    actual: "Faktiskt",
    related: "Se även",
    showMore: (count: number) => `Visa ${n(count)} till`,
    noFindings: "Inga anmärkningar på bladet.",
    protectedBadge: "Skyddat",
    protectedNote:
      "Bladet är skyddat. Rapportkoll kontrollerar det men rättar och markerar inget där. Ta bort skyddet i Excel (Granska › Ta bort skydd för blad) om du vill rätta.",
    otherRule: (rule: string) =>
      rule === "engine.failure" ? "Kontroller som inte kunde köras" : rule,
    findingsOf: (sheet: string) => `Anmärkningar på bladet ${sheet}`,
    severityError: "Fel",
    severityWarning: "Varning",
    severityInfo: "Info",
    kind: (kind: SheetKind) => KINDS_SV[kind] ?? kind,
  },
  {
    intro:
      "Checks sums, deviations, changes, percentages, signs and numbers stored as text.",
    validateWorkbook: "Validate workbook",
    validateSheet: "Validate sheet",
    actions: "Validation",
    readyTitle: "Ready to submit",
    readyBody: (warnings: number, infos: number) =>
      warnings + infos === 0
        ? "No errors and no remarks."
        : `No errors. ${warnings === 1 ? "1 warning" : `${n(warnings)} warnings`} and ${n(infos)} info may be worth a look.`,
    errorsTitle: (count: number) =>
      count === 1 ? "1 error to fix" : `${n(count)} errors to fix`,
    errorsBody: "Fix the errors before the report is submitted.",
    errors: (count: number) => (count === 1 ? "1 error" : `${n(count)} errors`),
    warnings: (count: number) =>
      count === 1 ? "1 warning" : `${n(count)} warnings`,
    infos: (count: number) => `${n(count)} info`,
    meta: (sheets: number, cells: number, ms: number) =>
      `${sheets === 1 ? "1 sheet" : `${n(sheets)} sheets`} · ${n(cells)} cells · ${seconds(ms)} s`,
    scopeSheet: (sheet: string) => `Sheet ${sheet}`,
    scopeWorkbook: "Whole workbook",
    noSheets: "There is no sheet to check.",
    markCells: "Mark in sheet",
    clearMarks: "Remove marks",
    marked: (count: number) =>
      count === 1 ? "1 cell is marked" : `${n(count)} cells are marked`,
    fix: "Fix",
    fixTitle: (label: string) => `Fix: ${label}`,
    fixAll: (count: number) => `Fix all (${n(count)})`,
    fixAllLabel: (title: string, count: number) =>
      `Fix all: ${title} (${n(count)})`,
    goTo: (cell: string, sheet: string) =>
      `Go to ${cell} on the sheet ${sheet}`,
    expected: "Expected",
    actual: "Actual",
    related: "See also",
    showMore: (count: number) => `Show ${n(count)} more`,
    noFindings: "No remarks on the sheet.",
    protectedBadge: "Protected",
    protectedNote:
      "The sheet is protected. Rapportkoll checks it but fixes and marks nothing there. Unprotect it in Excel (Review › Unprotect Sheet) to fix it.",
    otherRule: (rule: string) =>
      rule === "engine.failure" ? "Checks that could not run" : rule,
    findingsOf: (sheet: string) => `Remarks on the sheet ${sheet}`,
    severityError: "Error",
    severityWarning: "Warning",
    severityInfo: "Info",
    kind: (kind: SheetKind) => KINDS_EN[kind] ?? kind,
  },
);
