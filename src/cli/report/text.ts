/**
 * The report for people: per file and sheet a table of findings (cell, severity, rule, row,
 * column, message), a summary line per file, and at the end a table of all files and a total.
 */
import {
  Counts,
  FileReport,
  SheetReport,
  UNCACHED_RULE,
  ZERO_COUNTS,
  addCounts,
} from "../checkFile";
import { Style, table } from "./style";
import { KIND_WORD, SEVERITY_WORD, countsText, filesText } from "./words";

const FINDING_COLUMNS = [
  { header: "Cell" },
  { header: "Allvar" },
  { header: "Regel" },
  { header: "Rad", max: 32 },
  { header: "Kolumn", max: 24 },
  { header: "Meddelande" },
];

/**
 * A workbook saved by a program that does not calculate has every formula without a result:
 * the table shows the first few of those and counts the rest (--json lists them all).
 */
export const UNCACHED_SHOWN = 10;

function sheetLines(sheet: SheetReport, style: Style): string[] {
  const counts = sheet.findings.reduce(
    (sum, f) => ({
      errors: sum.errors + (f.severity === "error" ? 1 : 0),
      warnings: sum.warnings + (f.severity === "warning" ? 1 : 0),
      infos: sum.infos + (f.severity === "info" ? 1 : 0),
    }),
    ZERO_COUNTS,
  );
  const title = `Blad "${sheet.name}" (${KIND_WORD[sheet.kind] ?? sheet.kind})`;
  if (sheet.findings.length === 0)
    return [`  ${style.bold(title)}: inga anmärkningar`];
  let uncachedSeen = 0;
  const shown = sheet.findings.filter(
    (f) => f.rule !== UNCACHED_RULE || ++uncachedSeen <= UNCACHED_SHOWN,
  );
  const hidden = sheet.findings.length - shown.length;
  const rows = shown.map((f) => [
    f.cell,
    SEVERITY_WORD[f.severity],
    f.rule,
    f.rowLabel,
    f.columnHeader,
    f.message.replace(/\s+/g, " "),
  ]);
  const lines = table(
    FINDING_COLUMNS,
    rows,
    (row, col, padded) =>
      col === 1 ? style.severity(shown[row].severity, padded) : padded,
    style.dim,
  );
  const more = hidden
    ? [
        `    … och ${hidden} formler till utan sparat resultat; öppna och spara filen i Excel ` +
          "för att få dem kontrollerade (--json listar alla)",
      ]
    : [];
  return [
    `  ${style.bold(title)}: ${countsText(counts)}`,
    ...lines.map((line) => `    ${line}`),
    ...more,
  ];
}

/** The section printed as soon as a file has been checked. */
export function fileSection(report: FileReport, style: Style): string {
  const lines = [style.bold(report.file)];
  if (report.error) {
    lines.push(
      `  ${style.severity("error", "kunde inte läsas")}: ${report.error.sv}`,
    );
    return `${lines.join("\n")}\n\n`;
  }
  // A loop, not push(...list): a sheet may have more lines than a call takes arguments.
  for (const sheet of report.sheets)
    for (const line of sheetLines(sheet, style)) lines.push(line);
  lines.push(`  Summa för ${report.file}: ${countsText(report.summary)}`);
  return `${lines.join("\n")}\n\n`;
}

/** The closing table of all files and the total line. */
export function summarySection(reports: FileReport[], style: Style): string {
  const total = reports.reduce<Counts>(
    (sum, r) => addCounts(sum, r.summary),
    ZERO_COUNTS,
  );
  const unreadable = reports.filter((r) => r.error).length;
  const rows = reports.map((r) =>
    r.error
      ? [r.file, "–", "–", "–", `kunde inte läsas: ${r.error.sv}`]
      : [
          r.file,
          String(r.summary.errors),
          String(r.summary.warnings),
          String(r.summary.infos),
          "",
        ],
  );
  rows.push([
    "Totalt",
    String(total.errors),
    String(total.warnings),
    String(total.infos),
    "",
  ]);
  const lines = table(
    [
      { header: "Fil" },
      { header: "Fel", align: "right" },
      { header: "Varningar", align: "right" },
      { header: "Info", align: "right" },
      { header: "" },
    ],
    rows,
    (row, col, padded) => {
      const report = reports[row];
      if (col === 4 && report?.error) return style.severity("error", padded);
      if (col === 1 && report && report.summary.errors > 0)
        return style.severity("error", padded);
      if (row === reports.length) return style.bold(padded);
      return padded;
    },
    style.dim,
  );
  const tail =
    `Totalt: ${filesText(reports.length)}, ${countsText(total)}` +
    (unreadable ? `; ${filesText(unreadable)} kunde inte läsas.` : ".");
  return [
    style.bold("Sammanställning"),
    ...lines.map((l) => `  ${l}`),
    tail,
    "",
  ].join("\n");
}
