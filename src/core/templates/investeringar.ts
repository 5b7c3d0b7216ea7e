/**
 * Investeringar: projects in sections, each section summed, and Summa investeringar over the
 * section sums. Expenditure is negative and income positive, as the note under the table says.
 */
import { SheetBuilder } from "./builder";
import { investmentFollowUpColumns, investmentPlanColumns } from "./columns";
import { MoneyRow, writeMoneyTable } from "./moneyTable";
import { ResolvedOptions } from "./options";
import { TemplateInput, TemplateSummary } from "./types";

export const INCOME_NOTE = "* Positivt tal indikerar en intäkt.";

/** Empty project rows (the user types the names) and their sum. */
function projectBlock(
  key: string,
  count: number,
  totalLabel: string,
): MoneyRow[] {
  const keys = Array.from({ length: count }, (_, i) => `${key}.${i}`);
  return [
    ...keys.map((k): MoneyRow => ({
      type: "item",
      key: k,
      label: "",
      sign: -1,
    })),
    { type: "total", key, label: totalLabel, parts: keys },
  ];
}

function reinvestmentRows(count: number): MoneyRow[] {
  return [
    { type: "heading", label: "Reinvestering" },
    ...projectBlock("re", count, "Summa reinvestering"),
    { type: "heading", label: "Nyinvestering" },
    ...projectBlock("ny", count, "Summa nyinvestering"),
    { type: "blank" },
    {
      type: "total",
      key: "summa",
      label: "Summa investeringar",
      parts: ["re", "ny"],
    },
  ];
}

/** Exploateringsprojekt and Investeringsprojekt, each with Genomförande- and Planeringsprojekt. */
function developmentRows(count: number): MoneyRow[] {
  const section = (
    key: string,
    heading: string,
    totalLabel: string,
  ): MoneyRow[] => [
    { type: "heading", label: heading },
    { type: "heading", label: "Genomförandeprojekt" },
    ...projectBlock(`${key}.g`, count, "Summa genomförandeprojekt"),
    { type: "heading", label: "Planeringsprojekt" },
    ...projectBlock(`${key}.p`, count, "Summa planeringsprojekt"),
    { type: "total", key, label: totalLabel, parts: [`${key}.g`, `${key}.p`] },
  ];
  return [
    ...section("expl", "Exploateringsprojekt", "Summa exploateringsprojekt"),
    { type: "blank" },
    ...section("inv", "Investeringsprojekt", "Summa investeringsprojekt"),
    { type: "blank" },
    {
      type: "total",
      key: "summa",
      label: "Summa investeringar",
      parts: ["expl", "inv"],
    },
  ];
}

export function buildInvesteringar(
  builder: SheetBuilder,
  options: ResolvedOptions,
): { inputs: TemplateInput[]; summary: TemplateSummary } {
  const plan = options.layout === "plan";
  const title = plan
    ? `Investeringar ${options.year}-${options.year + 3} (${options.unit})*`
    : `Investeringar ${options.year} (${options.unit})*`;
  return writeMoneyTable(builder, {
    title,
    labelHeader: "Projekt",
    unit: options.unit,
    columns: plan
      ? investmentPlanColumns(options.year)
      : investmentFollowUpColumns(options.year, options.period),
    rows:
      options.sections === "exploatering"
        ? developmentRows(options.rowCount)
        : reinvestmentRows(options.rowCount),
    notes: [INCOME_NOTE],
  });
}
