/**
 * Resultaträkning: the nämnd's rows (domain.md §1) or the kommun's LKBR chapter 5 chain, with
 * every subtotal a formula over the rows it adds up.
 */
import { SheetBuilder } from "./builder";
import { SIGN_NOTE, financialColumns, financialTitle } from "./financial";
import { MoneyRow, writeMoneyTable } from "./moneyTable";
import { ResolvedOptions } from "./options";
import { TemplateInput, TemplateSummary } from "./types";

const NAMND_ROWS: MoneyRow[] = [
  { type: "item", key: "intakter", label: "Verksamhetens intäkter", sign: 1 },
  { type: "item", key: "personal", label: "Personalkostnader", sign: -1 },
  // Salaries charged to investment projects reduce the personnel cost: a positive amount.
  {
    type: "item",
    key: "lonInv",
    label: "Lön fördelad mot investeringsprojekt",
    sign: 1,
  },
  {
    type: "total",
    key: "personalNetto",
    label: "Personalkostnader, netto",
    parts: ["personal", "lonInv"],
  },
  { type: "item", key: "lokal", label: "Lokalkostnader", sign: -1 },
  { type: "item", key: "bidrag", label: "Lämnade bidrag", sign: -1 },
  { type: "item", key: "kop", label: "Köp av verksamhet", sign: -1 },
  { type: "item", key: "ovrigt", label: "Övriga kostnader", sign: -1 },
  { type: "item", key: "kapital", label: "Kapitalkostnader", sign: -1 },
  {
    type: "total",
    key: "kostnader",
    label: "Verksamhetens kostnader",
    parts: ["personalNetto", "lokal", "bidrag", "kop", "ovrigt", "kapital"],
  },
  {
    type: "total",
    key: "resultat",
    label: "Årets resultat",
    parts: ["intakter", "kostnader"],
  },
];

const KOMMUN_ROWS: MoneyRow[] = [
  { type: "item", key: "intakter", label: "Verksamhetens intäkter", sign: 1 },
  {
    type: "item",
    key: "kostnader",
    label: "Verksamhetens kostnader",
    sign: -1,
  },
  { type: "item", key: "avskrivningar", label: "Avskrivningar", sign: -1 },
  {
    type: "total",
    key: "nettokostnader",
    label: "Verksamhetens nettokostnader",
    parts: ["intakter", "kostnader", "avskrivningar"],
  },
  { type: "item", key: "skatt", label: "Skatteintäkter", sign: 1 },
  {
    type: "item",
    key: "statsbidrag",
    label: "Generella statsbidrag och utjämning",
    sign: 1,
  },
  {
    type: "total",
    key: "verksamhetensResultat",
    label: "Verksamhetens resultat",
    parts: ["nettokostnader", "skatt", "statsbidrag"],
  },
  { type: "item", key: "finIntakter", label: "Finansiella intäkter", sign: 1 },
  {
    type: "item",
    key: "finKostnader",
    label: "Finansiella kostnader",
    sign: -1,
  },
  {
    type: "total",
    key: "efterFinansiella",
    label: "Resultat efter finansiella poster",
    parts: ["verksamhetensResultat", "finIntakter", "finKostnader"],
  },
  {
    type: "item",
    key: "extraordinara",
    label: "Extraordinära poster",
    sign: 1,
  },
  {
    type: "total",
    key: "resultat",
    label: "Årets resultat",
    parts: ["efterFinansiella", "extraordinara"],
  },
];

export function buildResultatrakning(
  builder: SheetBuilder,
  options: ResolvedOptions,
): { inputs: TemplateInput[]; summary: TemplateSummary } {
  return writeMoneyTable(builder, {
    title: financialTitle(
      {
        followUp: "Resultaträkning",
        budget: "Resultaträkning, budget",
        multiYear: "Resultaträkning",
      },
      options,
    ),
    labelHeader: options.unit,
    unit: options.unit,
    columns: financialColumns(options),
    rows: options.level === "kommun" ? KOMMUN_ROWS : NAMND_ROWS,
    notes: [SIGN_NOTE],
  });
}
