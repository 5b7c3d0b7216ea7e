/**
 * The Mallar tab's words, Swedish first. The names of kinds, layouts and periods come from
 * the template catalogue (src/core/templates/catalog.ts), which the command line shares.
 */
import { defineStrings } from "../i18n";

export const templateStrings = defineStrings(
  {
    heading: "Skapa ett standardblad",
    intro:
      "Ett nytt blad med rubriker, radrubriker, formler och talformat, klart att fylla i.",
    kind: "Typ av blad",
    layout: "Layout",
    level: "Nivå",
    period: "Period",
    year: "År",
    yearHint: "Budgetåret eller året som följs upp.",
    yearInvalid: (min: number, max: number) =>
      `Ange ett år från ${min} till ${max}.`,
    unit: "Enhet",
    rowsSource: "Rader",
    rowsScb: "SCB:s verksamhetsindelning",
    rowsOwn: "Egen lista",
    withVarav: "Varav-rader under Politisk verksamhet",
    ownList: "Verksamheter eller avdelningar",
    ownListHint:
      "En per rad. En rad med indrag eller som börjar med ”varav” blir en varav-rad under raden ovanför.",
    ownListEmpty: "Skriv minst en verksamhet.",
    sections: "Avsnitt",
    rowCount: "Tomma rader",
    rowCountProjects: "Projektrader per avsnitt",
    rowCountInvalid: (max: number) => `Ange ett antal från 1 till ${max}.`,
    indicatorList: "Indikatorer (valfritt)",
    riskList: "Risker (valfritt)",
    postList: "Poster (valfritt)",
    labelListHint: "En per rad. Lämna tomt för tomma rader att fylla i.",
    withGender: "Kolumner för kvinnor och män",
    kollFormulas: "Måluppfyllelse som KOLL-formler",
    kollFormulasHint:
      "Formlerna räknar bara där Rapportkoll är installerat; andra ser #NAMN?. Utan dem fyller du i måluppfyllelsen från en lista.",
    riskScale: (size: number) =>
      `Riskskala ${size}×${size} (från Inställningar)`,
    sheetName: "Bladets namn (valfritt)",
    sheetNameHint:
      "Finns namnet redan får det nya bladet ett nummer, t.ex. ”(2)”.",
    preview: "Det här skapas",
    previewSheet: (name: string, title: string) =>
      `Ett nytt blad ”${name}” med rubriken ”${title}”.`,
    previewRows: (rows: number, totals: number) =>
      totals > 0
        ? `${rows} rader, varav ${totals} summor som formler.`
        : `${rows} rader.`,
    previewColumns: "Kolumner:",
    previewFormulas: (count: number) =>
      count > 0
        ? `${count} celler med formler i vanliga Excel-funktioner.`
        : "Inga formler: bara rubriker och format.",
    previewKoll: "KOLL-formler räknar bara med Rapportkoll.",
    create: "Skapa blad",
    creating: "Skapar bladet …",
    created: "Bladet är skapat",
    createdBody: (name: string) => `”${name}” ligger nu i arbetsboken.`,
    undo: "Ångra",
    undone: (name: string) => `Bladet ”${name}” är borttaget.`,
    failed: "Bladet kunde inte skapas",
    failedUnknown: "Något gick fel. Inget har ändrats i arbetsboken.",
  },
  {
    heading: "Create a standard sheet",
    intro:
      "A new sheet with headers, row labels, formulas and number formats, ready to fill in.",
    kind: "Kind of sheet",
    layout: "Layout",
    level: "Level",
    period: "Period",
    year: "Year",
    yearHint: "The budget year or the year followed up.",
    yearInvalid: (min: number, max: number) =>
      `Give a year from ${min} to ${max}.`,
    unit: "Unit",
    rowsSource: "Rows",
    rowsScb: "Statistics Sweden's classification",
    rowsOwn: "Your own list",
    withVarav: "Detail (varav) rows under Politisk verksamhet",
    ownList: "Activities or departments",
    ownListHint:
      "One per line. A line that is indented or starts with “varav” becomes a detail row of the line above.",
    ownListEmpty: "Write at least one activity.",
    sections: "Sections",
    rowCount: "Empty rows",
    rowCountProjects: "Project rows per section",
    rowCountInvalid: (max: number) => `Give a number from 1 to ${max}.`,
    indicatorList: "Indicators (optional)",
    riskList: "Risks (optional)",
    postList: "Items (optional)",
    labelListHint: "One per line. Leave empty for blank rows to fill in.",
    withGender: "Columns for women and men",
    kollFormulas: "Goal attainment as KOLL formulas",
    kollFormulasHint:
      "The formulas compute only where Rapportkoll is installed; others see #NAME?. Without them you pick the attainment from a list.",
    riskScale: (size: number) => `Risk scale ${size}×${size} (from Settings)`,
    sheetName: "Sheet name (optional)",
    sheetNameHint:
      "If the name is taken, the new sheet gets a number such as “(2)”.",
    preview: "What will be created",
    previewSheet: (name: string, title: string) =>
      `A new sheet “${name}” titled “${title}”.`,
    previewRows: (rows: number, totals: number) =>
      totals > 0
        ? `${rows} rows, ${totals} of them totals as formulas.`
        : `${rows} rows.`,
    previewColumns: "Columns:",
    previewFormulas: (count: number) =>
      count > 0
        ? `${count} cells with formulas in plain Excel functions.`
        : "No formulas: headers and formats only.",
    previewKoll: "KOLL formulas compute only with Rapportkoll.",
    create: "Create sheet",
    creating: "Creating the sheet …",
    created: "The sheet is created",
    createdBody: (name: string) => `“${name}” is now in the workbook.`,
    undo: "Undo",
    undone: (name: string) => `The sheet “${name}” is removed.`,
    failed: "The sheet could not be created",
    failedUnknown: "Something went wrong. Nothing in the workbook was changed.",
  },
);
