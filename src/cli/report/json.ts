/**
 * The report for programs: exactly one JSON document, in the shape issue 8 gives:
 * {"files":[{"file","sheets":[{"name","kind","findings":[{rule,severity,cell,rowLabel,
 * columnHeader,message,expected,actual}]}],"summary":{errors,warnings,infos}}],"summary":{…}}.
 * A file that could not be read has "error" (Swedish) and no sheets.
 */
import { Finding } from "../../core/findings";
import { Counts, FileReport, ZERO_COUNTS, addCounts } from "../checkFile";

interface JsonFinding {
  rule: string;
  severity: string;
  cell: string;
  rowLabel: string;
  columnHeader: string;
  message: string;
  expected: number | string | null;
  actual: number | string | null;
}

function jsonFinding(f: Finding): JsonFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    cell: f.cell,
    rowLabel: f.rowLabel,
    columnHeader: f.columnHeader,
    message: f.message,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  };
}

export function jsonReport(reports: FileReport[]): string {
  const summary = reports.reduce<Counts>(
    (sum, r) => addCounts(sum, r.summary),
    ZERO_COUNTS,
  );
  const document = {
    files: reports.map((r) => ({
      file: r.file,
      ...(r.error ? { error: r.error.sv } : {}),
      sheets: r.sheets.map((s) => ({
        name: s.name,
        kind: s.kind,
        findings: s.findings.map(jsonFinding),
      })),
      summary: r.summary,
    })),
    summary,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
