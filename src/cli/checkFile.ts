/**
 * Checks one workbook file: load it, pick its settings, run the engine, and report formula
 * cells without a cached result instead of judging them.
 */
import {
  Finding,
  Severity,
  SEVERITY_ORDER,
  countBySeverity,
} from "../core/findings";
import { DEFAULT_SETTINGS, Settings, parseSettings } from "../core/settings";
import {
  SheetKind,
  SheetSnapshot,
  WorkbookSnapshot,
  parseA1,
  valueAt,
} from "../core/workbook";
import { InputError, oneLine } from "./errors";
import { loadWorkbook } from "./input/loadWorkbook";

/** What the CLI needs from a sheet's layout to name an uncached cell's row and column. */
export interface LayoutLabels {
  rows?: readonly { row: number; label: string }[];
  columns?: readonly { col: number; header: string }[];
}

export interface EngineSheetResult {
  sheet: string;
  kind: SheetKind;
  findings: Finding[];
  layout?: LayoutLabels;
}

/** core/validate's validateWorkbook, passed in so that tests can give findings of their own. */
export type ValidateFn = (
  snapshot: WorkbookSnapshot,
  settings: Settings,
  options?: { sheets?: string[] },
) => { sheets: EngineSheetResult[] };

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export interface SheetReport {
  name: string;
  kind: SheetKind;
  findings: Finding[];
}

export interface FileReport {
  file: string;
  sheets: SheetReport[];
  summary: Counts;
  /** Why the file could not be checked. */
  error?: { sv: string; en: string };
  /** A note for stderr that did not stop the check (unreadable stored settings). */
  warning?: { sv: string; en: string };
  /** Where the settings came from. */
  settingsSource?: "file" | "workbook" | "default";
}

export interface CheckOptions {
  validate: ValidateFn;
  /** From --settings; when absent the workbook's own stored settings are used, else defaults. */
  settings?: Settings;
  sheets?: string[];
}

export const UNCACHED_RULE = "formula.uncached";

export function countsOf(findings: readonly Finding[]): Counts {
  const counts = countBySeverity(findings);
  return { errors: counts.error, warnings: counts.warning, infos: counts.info };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    errors: a.errors + b.errors,
    warnings: a.warnings + b.warnings,
    infos: a.infos + b.infos,
  };
}

export const ZERO_COUNTS: Counts = { errors: 0, warnings: 0, infos: 0 };

function chooseSettings(
  given: Settings | undefined,
  stored: string | undefined,
): {
  settings: Settings;
  source: FileReport["settingsSource"];
  warning?: FileReport["warning"];
} {
  if (given) return { settings: given, source: "file" };
  if (stored !== undefined) {
    let raw: unknown;
    let reason: string;
    try {
      raw = JSON.parse(stored);
      // Tolerate a value stored as JSON text inside JSON (a string holding the object).
      if (typeof raw === "string") raw = JSON.parse(raw);
      const parsed = parseSettings(raw);
      if (parsed.ok) return { settings: parsed.settings, source: "workbook" };
      reason = parsed.reason;
    } catch {
      reason = "ogiltig JSON";
    }
    return {
      settings: defaultSettings(),
      source: "default",
      warning: {
        sv: `inställningarna som sparats i arbetsboken används inte (${reason}); standardinställningar gäller`,
        en: `the settings stored in the workbook are not used (${reason}); defaults apply`,
      },
    };
  }
  return { settings: defaultSettings(), source: "default" };
}

function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, kindOverrides: {} };
}

/** "D12", "'Drift 2020'!D12" or "Drift!D12:D14" → sheet and first cell. */
function splitAddress(
  address: string,
  sheet: string,
): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet, cell: address.split(":")[0] };
  const rawSheet = address.slice(0, bang);
  const name = rawSheet.startsWith("'")
    ? rawSheet.slice(1, -1).replace(/''/g, "'")
    : rawSheet;
  return { sheet: name, cell: address.slice(bang + 1).split(":")[0] };
}

function touchesUncached(
  finding: Finding,
  sheet: string,
  uncached: Map<string, Set<string>>,
): boolean {
  const addresses = [finding.cell, ...(finding.related ?? [])];
  return addresses.some((address) => {
    const { sheet: where, cell } = splitAddress(address, sheet);
    return (
      uncached.get(where)?.has(cell.replace(/\$/g, "").toUpperCase()) ?? false
    );
  });
}

function uncachedFinding(
  sheet: SheetSnapshot,
  cell: string,
  layout: LayoutLabels | undefined,
): Finding {
  const { row, col } = parseA1(cell);
  const formula = String(
    sheet.formulas[row - sheet.top]?.[col - sheet.left] ?? "",
  );
  return {
    rule: UNCACHED_RULE,
    severity: "info",
    sheet: sheet.name,
    cell,
    rowLabel: layout?.rows?.find((r) => r.row === row)?.label ?? "",
    columnHeader: layout?.columns?.find((c) => c.col === col)?.header ?? "",
    message:
      `Formeln ${formula} har inget sparat resultat (filen är inte omräknad i Excel); ` +
      "cellen kontrolleras inte.",
    messageEn:
      `The formula ${formula} has no saved result (the file was not recalculated in Excel); ` +
      "the cell is not checked.",
    expected: null,
    actual:
      valueAt(sheet, row, col) === "" ? null : String(valueAt(sheet, row, col)),
  };
}

function position(finding: Finding): [number, number] {
  try {
    const { row, col } = parseA1(
      finding.cell.split(":")[0].replace(/^.*!/, ""),
    );
    return [row, col];
  } catch {
    return [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  }
}

/** Row by row, left to right, errors first within a cell: the order a person reads a sheet. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index, at: position(finding) }))
    .sort(
      (a, b) =>
        a.at[0] - b.at[0] ||
        a.at[1] - b.at[1] ||
        SEVERITY_ORDER[a.finding.severity as Severity] -
          SEVERITY_ORDER[b.finding.severity] ||
        a.index - b.index,
    )
    .map((entry) => entry.finding);
}

function missingSheets(snapshot: WorkbookSnapshot, wanted: string[]): string[] {
  const names = new Set(snapshot.sheets.map((s) => s.name));
  return wanted.filter((name) => !names.has(name));
}

export async function checkFile(
  file: string,
  options: CheckOptions,
): Promise<FileReport> {
  try {
    const loaded = await loadWorkbook(file);
    const { snapshot, uncached } = loaded;
    if (options.sheets?.length) {
      const missing = missingSheets(snapshot, options.sheets);
      if (missing.length) {
        const list = snapshot.sheets.map((s) => `"${s.name}"`).join(", ");
        const which = missing.map((m) => `"${m}"`).join(", ");
        throw new InputError(
          "noSuchSheet",
          `bladet ${which} finns inte (arbetsboken har ${list})`,
          `no sheet ${which} (the workbook has ${list})`,
        );
      }
    }
    const chosen = chooseSettings(options.settings, loaded.storedSettings);
    const result = options.validate(
      snapshot,
      chosen.settings,
      options.sheets?.length ? { sheets: options.sheets } : undefined,
    );

    const sheets: SheetReport[] = result.sheets.map((sheetResult) => {
      const name = sheetResult.sheet;
      const kept = sheetResult.findings.filter(
        (finding) => !touchesUncached(finding, name, uncached),
      );
      const snapshotSheet = snapshot.sheets.find((s) => s.name === name);
      const notes = snapshotSheet
        ? [...(uncached.get(name) ?? [])].map((cell) =>
            uncachedFinding(snapshotSheet, cell, sheetResult.layout),
          )
        : [];
      return {
        name,
        kind: sheetResult.kind,
        findings: sortFindings([...kept, ...notes]),
      };
    });
    const summary = sheets.reduce(
      (sum, s) => addCounts(sum, countsOf(s.findings)),
      ZERO_COUNTS,
    );
    return {
      file,
      sheets,
      summary,
      settingsSource: chosen.source,
      ...(chosen.warning ? { warning: chosen.warning } : {}),
    };
  } catch (error) {
    if (error instanceof InputError) {
      return {
        file,
        sheets: [],
        summary: ZERO_COUNTS,
        error: { sv: error.sv, en: error.en },
      };
    }
    const detail = oneLine(
      error instanceof Error ? error.message : String(error),
    );
    return {
      file,
      sheets: [],
      summary: ZERO_COUNTS,
      error: {
        sv: `oväntat fel: ${detail}`,
        en: `unexpected error: ${detail}`,
      },
    };
  }
}
