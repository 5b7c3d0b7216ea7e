/**
 * Risk- och känslighetsanalys: posts with a positive and a negative risk amount, Summa risker
 * per column, and Nettorisk = Σ positiv + Σ negativ (domain.md §6).
 */
import { SheetBuilder } from "./builder";
import { MoneyColumn, MoneyRow, writeMoneyTable } from "./moneyTable";
import { ResolvedOptions } from "./options";
import { TemplateInput, TemplateSummary } from "./types";

const COLUMNS: MoneyColumn[] = [
  { type: "input", header: "Positiv risk", input: "positiveRisk", sign: 1 },
  { type: "input", header: "Negativ risk", input: "negativeRisk", sign: -1 },
];

export function buildRiskanalys(
  builder: SheetBuilder,
  options: ResolvedOptions,
): { inputs: TemplateInput[]; summary: TemplateSummary } {
  const labels =
    options.rows.length > 0
      ? options.rows.map((r) => r.trim())
      : Array<string>(options.rowCount).fill("");
  const keys = labels.map((_, i) => `post${i}`);
  const rows: MoneyRow[] = [
    ...labels.map((label, i): MoneyRow => ({
      type: "item",
      key: keys[i],
      label,
      sign: 1,
    })),
    { type: "total", key: "summa", label: "Summa risker", parts: keys },
    {
      type: "net",
      label: "Nettorisk",
      column: 0,
      terms: [
        { key: "summa", column: 0 },
        { key: "summa", column: 1 },
      ],
    },
  ];
  return writeMoneyTable(builder, {
    title: `Risk- och känslighetsanalys ${options.year} (${options.unit})`,
    labelHeader: "Post",
    unit: options.unit,
    columns: COLUMNS,
    rows,
    notes: [
      "Negativ risk anges med negativt tecken; nettorisk = summa positiva + summa negativa risker.",
    ],
  });
}
