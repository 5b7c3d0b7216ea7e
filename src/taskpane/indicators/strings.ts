/** The Mål tab's words (Måluppfyllelse and Färgsätt), Swedish first. */
import type { TargetStatus } from "../../core/calc/targets";
import { defineStrings } from "../i18n";

const STATUS_EN: Record<TargetStatus, string> = {
  Uppfyllt: "Met",
  "Delvis uppfyllt": "Partly met",
  "Ej uppfyllt": "Not met",
  "Ej bedömd": "Not assessed",
};

const count = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

export const goalStrings = defineStrings(
  {
    tab: "Mål",
    heading: "Måluppfyllelse",
    intro:
      "Räknar indikatorernas måluppfyllelse per blad: enligt kolumnen Måluppfyllelse där den är ifylld, annars från senaste utfallet och etappmålet (eller målvärdet).",
    count: "Räkna måluppfyllelse",
    recount: "Räkna igen",
    counting: "Läser arbetsboken …",
    noSheets:
      "Arbetsboken har inga indikatorblad (en tabell med Indikator eller Mått, år och etappmål).",
    status: (status: TargetStatus): string => status,
    countsOf: (sheet: string) => `Måluppfyllelse på bladet ${sheet}`,
    statusHeader: "Bedömning",
    countHeader: "Antal",
    monitored: (n: number) =>
      `${count(n, "indikator följs", "indikatorer följs")} utan mål (Indikator).`,
    sources: (stated: number, computed: number) =>
      `${count(stated, "bedömning", "bedömningar")} från kolumnen Måluppfyllelse, ${computed} ${computed === 1 ? "beräknad" : "beräknade"} från målen.`,
    paint: "Färgsätt",
    paintHint:
      "Grön, gul, röd och grå efter bedömningen i kolumnen Måluppfyllelse (villkorsstyrd formatering).",
    paintLabel: (sheet: string) =>
      `Färgsätt måluppfyllelsen på bladet ”${sheet}”`,
    painted: (sheet: string) =>
      `Kolumnen Måluppfyllelse på bladet ”${sheet}” är färgsatt.`,
    paintedState: "Färgsatt",
    paintedHint:
      "Kolumnen har redan färgerna. Ångra ändringen om du vill färgsätta på nytt.",
    changedSince: (sheet: string) =>
      `Bladet ”${sheet}” har ändrats sedan måluppfyllelsen räknades, så inget skrevs. Se de nya siffrorna och försök igen.`,
    protectedNow: (sheet: string) =>
      `Bladet ”${sheet}” är skyddat nu, så inget skrevs. Ta bort skyddet i Excel och försök igen.`,
    addColumn: "Skriv måluppfyllelse och färgsätt",
    addColumnHint: (column: string) =>
      `Bladet har ingen kolumn Måluppfyllelse. En ny kolumn ${column} får de beräknade bedömningarna och färgerna; inga ifyllda celler skrivs över.`,
    addColumnLabel: (sheet: string) =>
      `Skriv måluppfyllelse på bladet ”${sheet}”`,
    added: (sheet: string, column: string) =>
      `Kolumn ${column} på bladet ”${sheet}” har fått måluppfyllelsen och färgerna.`,
    protectedBadge: "Skyddat",
    protectedNote:
      "Bladet är skyddat, så Rapportkoll färgsätter och skriver inget här. Ta bort skyddet i Excel (Granska › Ta bort skydd för blad) och räkna igen.",
    undo: "Ångra",
    undone: "Ändringen är ångrad.",
    indicators: (n: number) => `Indikatorer med mål (${n})`,
    goTo: (label: string) => `Gå till ${label}`,
    target: "Mål",
    outcome: "Utfall",
    stated: "enligt kolumnen",
    directionHeading: "Vilket håll är bättre?",
    directionIntro:
      "För de här indikatorerna går det inte att se i tabellen om högre eller lägre värden är bättre. Ditt val sparas i arbetsbokens inställningar; tabellen ändras inte.",
    directionUnknown: "Vet inte",
    directionHigher: "Högre är bättre",
    directionLower: "Lägre är bättre",
    directionSaved: "Sparat. Bedömningarna och kontrollerna räknas om.",
    gapHeading: "Skillnader som ska bedömas",
    gapIntro:
      "Kontrollen av ”Omotiverade skillnader?” frågar när kvinnor och män (eller lägsta och högsta område) skiljer sig minst så här mycket.",
    gapPoints: "Andelar, procentenheter",
    gapRelative: "Index och antal per invånare, % av totalen",
    gapInvalid: "Ange ett tal från 0 till 100.",
    gapSave: "Spara gränserna",
    gapSaved: "Sparat. Kontrollerna räknas om.",
    failed: "Det gick inte",
    failedUnknown: "Något gick fel. Försök igen.",
  },
  {
    tab: "Goals",
    heading: "Goal attainment",
    intro:
      "Counts the indicators' goal attainment per sheet: as the Måluppfyllelse column says where it is filled in, otherwise from the latest outcome and the milestone (or the long-term target).",
    count: "Count goal attainment",
    recount: "Count again",
    counting: "Reading the workbook …",
    noSheets:
      "The workbook has no indicator sheets (a table with Indikator or Mått, years and milestones).",
    status: (status: TargetStatus) => STATUS_EN[status],
    countsOf: (sheet: string) => `Goal attainment on the sheet ${sheet}`,
    statusHeader: "Assessment",
    countHeader: "Count",
    monitored: (n: number) =>
      `${count(n, "indicator is", "indicators are")} followed without a target (Indikator).`,
    sources: (stated: number, computed: number) =>
      `${count(stated, "assessment", "assessments")} from the Måluppfyllelse column, ${computed} computed from the targets.`,
    paint: "Colour",
    paintHint:
      "Green, yellow, red and grey by the assessment in the Måluppfyllelse column (conditional formatting).",
    paintLabel: (sheet: string) =>
      `Colour the goal attainment on the sheet “${sheet}”`,
    painted: (sheet: string) =>
      `The Måluppfyllelse column on the sheet “${sheet}” is coloured.`,
    paintedState: "Coloured",
    paintedHint:
      "The column already has the colours. Undo the change if you want to colour it again.",
    changedSince: (sheet: string) =>
      `The sheet “${sheet}” has changed since the goal attainment was counted, so nothing was written. See the new figures and try again.`,
    protectedNow: (sheet: string) =>
      `The sheet “${sheet}” is protected now, so nothing was written. Unprotect it in Excel and try again.`,
    addColumn: "Write goal attainment and colour it",
    addColumnHint: (column: string) =>
      `The sheet has no Måluppfyllelse column. A new column ${column} gets the computed assessments and colours; no filled cell is overwritten.`,
    addColumnLabel: (sheet: string) =>
      `Write goal attainment on the sheet “${sheet}”`,
    added: (sheet: string, column: string) =>
      `Column ${column} on the sheet “${sheet}” has the goal attainment and colours.`,
    protectedBadge: "Protected",
    protectedNote:
      "The sheet is protected, so Rapportkoll colours and writes nothing here. Unprotect it in Excel (Review › Unprotect Sheet) and count again.",
    undo: "Undo",
    undone: "The change is undone.",
    indicators: (n: number) => `Indicators with targets (${n})`,
    goTo: (label: string) => `Go to ${label}`,
    target: "Target",
    outcome: "Outcome",
    stated: "as stated",
    directionHeading: "Which way is better?",
    directionIntro:
      "For these indicators the table does not show whether higher or lower values are better. Your choice is saved in the workbook's settings; the table is not changed.",
    directionUnknown: "Don't know",
    directionHigher: "Higher is better",
    directionLower: "Lower is better",
    directionSaved: "Saved. Assessments and checks are recomputed.",
    gapHeading: "Differences to be assessed",
    gapIntro:
      "The check of “Omotiverade skillnader?” asks when women and men (or the lowest and the highest area) differ at least this much.",
    gapPoints: "Shares, percentage points",
    gapRelative: "Indices and rates, % of the total",
    gapInvalid: "Enter a number from 0 to 100.",
    gapSave: "Save the limits",
    gapSaved: "Saved. The checks are recomputed.",
    failed: "It did not work",
    failedUnknown: "Something went wrong. Please try again.",
  },
);
