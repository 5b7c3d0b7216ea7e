/**
 * Rapportkoll's custom functions (namespace KOLL). The JSDoc tags below are the metadata:
 * custom-functions-metadata turns them into functions.json at build time, and its webpack
 * plugin adds the CustomFunctions.associate calls. Each function is a thin wrapper: the
 * real work is one call into src/core/calc.
 */
import { deviation } from "../core/calc/deviation";
import { elementwise, guarded, numberArg } from "./args";

/**
 * Avvikelse: utfall − budget. Tar tal, svensk taltext och lika stora områden (ger då ett spillt område). En tom cell räknas som 0.
 * @customfunction AVVIKELSE AVVIKELSE
 * @param {any[][]} budget Budget: ett tal, en text som "−1 741" eller ett område.
 * @param {any[][]} utfall Utfall eller prognos: ett tal, en text eller ett område lika stort som budget.
 * @returns {any[][]} Utfall minus budget.
 */

export function avvikelse(budget: any[][], utfall: any[][]): any[][] {
  return guarded(() =>
    elementwise({ budget, utfall }, ([b, u]) => {
      const budgetValue = numberArg(b, "Budget");
      if (typeof budgetValue !== "number") return budgetValue;
      const outcomeValue = numberArg(u, "Utfall");
      if (typeof outcomeValue !== "number") return outcomeValue;
      return deviation(budgetValue, outcomeValue);
    }),
  );
}
