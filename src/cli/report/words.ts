/** Swedish words for counts, severities and sheet kinds in the command's output. */
import { Severity } from "../../core/findings";
import { SheetKind } from "../../core/workbook";
import { Counts } from "../checkFile";

export const SEVERITY_WORD: Record<Severity, string> = {
  error: "fel",
  warning: "varning",
  info: "info",
};

export const KIND_WORD: Record<SheetKind, string> = {
  resultatrakning: "resultaträkning",
  driftredovisning: "driftredovisning",
  investeringar: "investeringar",
  indikatorer: "indikatorer",
  internkontroll: "internkontroll",
  riskanalys: "risk- och känslighetsanalys",
  okand: "okänd bladtyp",
};

export function countsText(counts: Counts): string {
  const warnings =
    counts.warnings === 1 ? "1 varning" : `${counts.warnings} varningar`;
  return `${counts.errors} fel, ${warnings}, ${counts.infos} info`;
}

export function filesText(n: number): string {
  return n === 1 ? "1 fil" : `${n} filer`;
}
