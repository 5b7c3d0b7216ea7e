/**
 * What the resultaträkning and the driftredovisning share: the columns and the title for the
 * chosen layout, and the sign note that tells the user how to enter amounts.
 */
import { periodChoice } from "./catalog";
import { budgetColumns, followUpColumns, multiYearColumns } from "./columns";
import { MoneyColumn } from "./moneyTable";
import { ResolvedOptions } from "./options";

export function financialColumns(options: ResolvedOptions): MoneyColumn[] {
  switch (options.layout) {
    case "budget":
      return budgetColumns(options.year, options.unit);
    case "flerar":
      return multiYearColumns(options.year);
    default:
      return followUpColumns(options.year, options.period);
  }
}

/** The table's name in the title for each layout. */
export interface FinancialNames {
  followUp: string;
  budget: string;
  multiYear: string;
}

/** "Resultaträkning jan-apr 2024 (tkr)": the unit in the title, where readers look for it. */
export function financialTitle(
  names: FinancialNames,
  options: ResolvedOptions,
): string {
  const unit = `(${options.unit})`;
  switch (options.layout) {
    case "budget":
      return `${names.budget} ${options.year} ${unit}`;
    case "flerar":
      return `${names.multiYear} ${options.year - 2}-${options.year + 2} ${unit}`;
    default:
      return options.period === "helar"
        ? `${names.followUp} ${options.year} ${unit}`
        : `${names.followUp} ${periodChoice(options.period).header.toLowerCase()} ${options.year} ${unit}`;
  }
}

/** Convention A (domain.md §3), which the Avvikelse and Förändring formulas assume. */
export const SIGN_NOTE =
  "Intäkter anges med positivt tecken och kostnader med negativt.";
