/**
 * The column layouts of the money tables (domain.md §2), headed the way published reports
 * head them, so that the engine — and a reader — recognise them without help.
 */
import { periodChoice } from "./catalog";
import { MoneyColumn } from "./moneyTable";
import { TemplatePeriod, TemplateUnit } from "./types";

/**
 * Over last year's column, so that it is not read as part of the period's group beside it
 * (a blank group cell reads as the group to its left continuing, like a merged cell).
 */
const PREVIOUS_YEAR = "Föregående år";

/**
 * Uppföljning: "Helår 2024" over Budget | Prognos | Avvikelse and "Jan-apr 2024" over
 * Budget | Utfall | Avvikelse, then the same period of the year before. At year end (helår)
 * the year's Budget | Utfall | Avvikelse and last year's outcome.
 */
export function followUpColumns(
  year: number,
  period: TemplatePeriod,
): MoneyColumn[] {
  const choice = periodChoice(period);
  if (period === "helar") {
    const group = `Helår ${year}`;
    return [
      { type: "input", header: "Budget", group, input: "budget" },
      { type: "input", header: "Utfall", group, input: "utfall" },
      { type: "deviation", header: "Avvikelse", group, budget: 0, outcome: 1 },
      {
        type: "input",
        header: `Utfall ${year - 1}`,
        group: PREVIOUS_YEAR,
        input: "previousUtfall",
      },
    ];
  }
  const yearGroup = `Helår ${year}`;
  const periodGroup = `${choice.header} ${year}`;
  return [
    { type: "input", header: "Budget", group: yearGroup, input: "budget" },
    { type: "input", header: "Prognos", group: yearGroup, input: "prognos" },
    {
      type: "deviation",
      header: "Avvikelse",
      group: yearGroup,
      budget: 0,
      outcome: 1,
    },
    {
      type: "input",
      header: "Budget",
      group: periodGroup,
      input: "periodBudget",
    },
    {
      type: "input",
      header: "Utfall",
      group: periodGroup,
      input: "periodUtfall",
    },
    {
      type: "deviation",
      header: "Avvikelse",
      group: periodGroup,
      budget: 3,
      outcome: 4,
    },
    {
      type: "input",
      header: `Utfall ${choice.header.toLowerCase()} ${year - 1}`,
      group: PREVIOUS_YEAR,
      input: "previousUtfall",
    },
  ];
}

/**
 * Nämndplan: last year's budget and prognos, the new budget, and the change from each to the
 * new budget in money and in percent of the old value.
 */
export function budgetColumns(year: number, unit: TemplateUnit): MoneyColumn[] {
  const last = year - 1;
  return [
    { type: "input", header: `Budget (B) ${last}`, input: "budget" },
    { type: "input", header: `Prognos (P) ${last}`, input: "prognos" },
    { type: "input", header: `Budget ${year}`, input: "plan" },
    {
      type: "change",
      header: `Förändring B ${last}-B ${year}, ${unit}`,
      from: 0,
      to: 2,
    },
    {
      type: "percent",
      header: `Förändring B ${last}-B ${year}, %`,
      from: 0,
      to: 2,
    },
    {
      type: "change",
      header: `Förändring P ${last}-B ${year}, ${unit}`,
      from: 1,
      to: 2,
    },
    {
      type: "percent",
      header: `Förändring P ${last}-B ${year}, %`,
      from: 1,
      to: 2,
    },
  ];
}

/** Flerår: Bokslut two years back, last year's and this year's budget, two plan years. */
export function multiYearColumns(year: number): MoneyColumn[] {
  return [
    { type: "input", header: `Bokslut ${year - 2}`, input: "bokslut" },
    { type: "input", header: `Budget ${year - 1}`, input: "budget" },
    { type: "input", header: `Budget ${year}`, input: "budget" },
    { type: "input", header: `Plan ${year + 1}`, input: "plan" },
    { type: "input", header: `Plan ${year + 2}`, input: "plan" },
  ];
}

/** Investeringar, uppföljning: the year's budget, prognos and avvikelse, and the period's outcome. */
export function investmentFollowUpColumns(
  year: number,
  period: TemplatePeriod,
): MoneyColumn[] {
  if (period === "helar") {
    return [
      { type: "input", header: `Budget ${year}`, input: "budget" },
      { type: "input", header: `Utfall ${year}`, input: "utfall" },
      { type: "deviation", header: "Avvikelse", budget: 0, outcome: 1 },
    ];
  }
  const choice = periodChoice(period);
  return [
    { type: "input", header: `Budget ${year}`, input: "budget" },
    { type: "input", header: `Prognos ${year}`, input: "prognos" },
    { type: "deviation", header: "Avvikelse", budget: 0, outcome: 1 },
    {
      type: "input",
      header: `Utfall ${choice.header.toLowerCase()} ${year}`,
      input: "periodUtfall",
    },
  ];
}

/** Investeringar, plan: Budget år and three plan years. */
export function investmentPlanColumns(year: number): MoneyColumn[] {
  return [
    { type: "input", header: `Budget ${year}`, input: "budget" },
    { type: "input", header: `Plan ${year + 1}`, input: "plan" },
    { type: "input", header: `Plan ${year + 2}`, input: "plan" },
    { type: "input", header: `Plan ${year + 3}`, input: "plan" },
  ];
}
