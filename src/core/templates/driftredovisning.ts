/**
 * Driftredovisning per verksamhet: SCB's verksamhetsindelning (räkenskapssammandraget) or the
 * user's own verksamheter/avdelningar, optionally with Varav rows under a verksamhet, and
 * Summa netto at the bottom. A verksamhet with Varav rows is their sum, written as a formula.
 */
import { SheetBuilder } from "./builder";
import { SIGN_NOTE, financialColumns, financialTitle } from "./financial";
import { MoneyRow, writeMoneyTable } from "./moneyTable";
import { ResolvedOptions } from "./options";
import { TemplateInput, TemplateSummary } from "./types";

export interface Verksamhet {
  label: string;
  varav: string[];
}

export const SCB_VERKSAMHETER: readonly Verksamhet[] = [
  {
    label: "Politisk verksamhet",
    varav: [
      "Nämnd- och styrelseverksamhet",
      "Stöd till politiska partier",
      "Revision",
      "Övrig politisk verksamhet",
    ],
  },
  { label: "Infrastruktur, skydd m.m.", varav: [] },
  { label: "Kultur och fritid", varav: [] },
  { label: "Pedagogisk verksamhet", varav: [] },
  { label: "Vård och omsorg", varav: [] },
  { label: "Särskilt riktade insatser", varav: [] },
  { label: "Affärsverksamhet", varav: [] },
  { label: "Gemensam verksamhet", varav: [] },
];

const VARAV_WORD = /^varav\b/i;

/**
 * Reads the user's list: one verksamhet per line; a line indented (space or tab) or starting
 * with "varav" is a Varav row of the line above. Blank lines are skipped. Labels are kept as
 * typed, so "-Övrigt" stays "-Övrigt" (it is written as text, never as a formula).
 */
export function parseVerksamheter(lines: readonly string[]): Verksamhet[] {
  const result: Verksamhet[] = [];
  for (const line of lines) {
    const label = line.trim();
    if (label === "") continue;
    const isDetail = /^\s/.test(line) || VARAV_WORD.test(label);
    const parent = result[result.length - 1];
    if (isDetail && parent) parent.varav.push(label);
    else result.push({ label, varav: [] });
  }
  return result;
}

/** "varav Revision": a detail row says what it is, for the reader and the engine. */
function varavLabel(label: string): string {
  return VARAV_WORD.test(label) ? label : `varav ${label}`;
}

function verksamhetRows(verksamheter: readonly Verksamhet[]): MoneyRow[] {
  const rows: MoneyRow[] = [];
  const topLevel: string[] = [];
  verksamheter.forEach((v, i) => {
    const key = `v${i}`;
    topLevel.push(key);
    if (v.varav.length === 0) {
      rows.push({ type: "item", key, label: v.label, sign: -1 });
      return;
    }
    const parts = v.varav.map((_, j) => `${key}.${j}`);
    rows.push({ type: "total", key, label: v.label, parts, bold: false });
    v.varav.forEach((detail, j) =>
      rows.push({
        type: "item",
        key: parts[j],
        label: varavLabel(detail),
        sign: -1,
        varav: true,
      }),
    );
  });
  rows.push({
    type: "total",
    key: "summa",
    label: "Summa netto",
    parts: topLevel,
  });
  return rows;
}

export function buildDriftredovisning(
  builder: SheetBuilder,
  options: ResolvedOptions,
): { inputs: TemplateInput[]; summary: TemplateSummary } {
  const own = options.verksamheter.length > 0;
  const verksamheter = own
    ? parseVerksamheter(options.verksamheter)
    : SCB_VERKSAMHETER.map((v) => ({
        label: v.label,
        varav: options.withVarav ? [...v.varav] : [],
      }));
  return writeMoneyTable(builder, {
    title: financialTitle(
      {
        followUp: "Driftredovisning per verksamhet",
        budget: "Driftbudget per verksamhet",
        multiYear: "Driftbudget per verksamhet",
      },
      options,
    ),
    labelHeader: "Verksamhet",
    unit: options.unit,
    columns: financialColumns(options),
    rows: verksamhetRows(verksamheter),
    notes: [SIGN_NOTE],
  });
}
