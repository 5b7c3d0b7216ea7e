/**
 * The Risk tab's words, Swedish first.
 */
import { defineStrings } from "../i18n";

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const riskStrings = defineStrings(
  {
    heading: "Riskmatris",
    intro:
      "Riskerna i internkontrollplanen efter sannolikhet och konsekvens. Välj en ruta för att se dess risker.",
    loading: "Läser arbetsboken …",
    refresh: "Läs om",
    readFailed: "Arbetsboken kunde inte läsas.",
    noSheets:
      "Ingen internkontrollplan hittades. Ett blad med kolumnerna Risk, Sannolikhet och Konsekvens (eller Risk, Åtgärd och Tidplan) visas här.",
    sheet: "Blad",
    scaleFromSettings: (n: number) => `Skala ${n}×${n} från Inställningar.`,
    scaleCustom: (n: number) => `Egen skala ${n}×${n} från Inställningar.`,
    scaleFromSheet: (n: number) => `Bladets egen nivåtabell (${n}×${n}).`,
    noAssessment:
      "Planen har inga kolumner för sannolikhet och konsekvens, så riskerna kan inte placeras i en matris.",
    view: "Visa",
    viewSingle: "Risker",
    viewBrutto: "Före åtgärd",
    viewNetto: "Efter åtgärd",
    viewMovement: "Förflyttning",
    caption: (sheet: string, stage: string) =>
      stage
        ? `Riskmatris för ${sheet}, ${stage.toLowerCase()}`
        : `Riskmatris för ${sheet}`,
    corner: "Sannolikhet \\ Konsekvens",
    likelihoodAxis: "Sannolikhet",
    consequenceAxis: "Konsekvens",
    cellLabel: (count: number, s: string, k: string, level: string) =>
      `${count} ${plural(count, "risk", "risker")}: sannolikhet ${s}, konsekvens ${k}, nivå ${level}`,
    movementCellLabel: (
      before: number,
      after: number,
      s: string,
      k: string,
      level: string,
    ) =>
      `Före åtgärd ${before}, efter åtgärd ${after}: sannolikhet ${s}, konsekvens ${k}, nivå ${level}`,
    risksIn: (s: string, k: string, count: number) =>
      `Sannolikhet ${s}, konsekvens ${k}: ${count} ${plural(count, "risk", "risker")}`,
    noRisksIn: "Inga risker i rutan.",
    selectHint: "Välj en risk för att markera dess rad i Excel.",
    row: (row: number) => `Rad ${row}`,
    selectFailed: "Raden kunde inte markeras.",
    unplaced: (count: number) =>
      `${count} ${plural(count, "risk saknar", "risker saknar")} sannolikhet eller konsekvens på skalan och visas inte i matrisen:`,
    movementHeading: "Från före till efter åtgärd",
    movementSummary: (lower: number, same: number, higher: number) =>
      `${lower} ${plural(lower, "sänkt", "sänkta")}, ${same} ${plural(same, "oförändrad", "oförändrade")}, ${higher} ${plural(higher, "höjd", "höjda")}.`,
    moveLower: "sänkt",
    moveSame: "oförändrad",
    moveHigher: "höjd",
    moveUnknown: "ej bedömd",
    stepPair: (s: number, k: number) => `S ${s} × K ${k}`,
    notPlaced: "ej placerad",
    writeHeading: "Skriv riskmatris till bladet",
    writeIntro:
      "Matrisen räknar med ANTAL.OMF (COUNTIFS) ur planens kolumner, så den räknar om även utan Rapportkoll.",
    placement: "Placering",
    placeBeside: "Bredvid tabellen",
    placeNewSheet: "På ett nytt blad",
    writeWhat: (what: string) => `Skrivs: ${what}.`,
    writeBoth: "före och efter åtgärd, sida vid sida",
    protectedBeside:
      "Bladet är skyddat, så Rapportkoll skriver inget bredvid tabellen. Välj ”På ett nytt blad”, eller ta bort skyddet i Excel (Granska › Ta bort skydd för blad) och läs om.",
    besideTooFar:
      "Matrisen får inte plats bredvid tabellen: den skulle gå förbi Excels sista kolumn (XFD). Välj ”På ett nytt blad”.",
    furtherTooFar:
      "Längre till höger får matrisen inte plats före Excels sista kolumn (XFD). Skriv över, eller avbryt och välj ”På ett nytt blad”.",
    planGone: (sheet: string) =>
      `Bladet ”${sheet}” finns inte längre, eller är inte längre en riskplan med sannolikhet och konsekvens. Inget skrevs. Läs om arbetsboken.`,
    write: "Skriv riskmatris",
    writing: "Skriver …",
    written: "Riskmatrisen är skriven",
    writtenBody: (sheet: string, cell: string) =>
      `Den står på bladet ”${sheet}” från ${cell}.`,
    undo: "Ångra",
    undone: "Riskmatrisen är borttagen.",
    writeFailed: "Riskmatrisen kunde inte skrivas.",
    occupiedTitle: "Cellerna är inte tomma",
    occupiedIntro: (count: number, range: string) =>
      `${count} ${plural(count, "cell", "celler")} i ${range} har innehåll som skulle skrivas över:`,
    occupiedMore: (count: number) => `… och ${count} till.`,
    occupiedUndo: "Allt som skrivs kan ångras.",
    overwrite: "Skriv över",
    placeFurther: "Placera längre till höger",
    cancel: "Avbryt",
  },
  {
    heading: "Risk matrix",
    intro:
      "The risks of the internal-control plan by likelihood and consequence. Choose a cell to see its risks.",
    loading: "Reading the workbook …",
    refresh: "Read again",
    readFailed: "The workbook could not be read.",
    noSheets:
      "No internal-control plan was found. A sheet with the columns Risk, Sannolikhet and Konsekvens (or Risk, Åtgärd and Tidplan) is shown here.",
    sheet: "Sheet",
    scaleFromSettings: (n: number) => `${n}×${n} scale from Settings.`,
    scaleCustom: (n: number) => `Your own ${n}×${n} scale from Settings.`,
    scaleFromSheet: (n: number) => `The sheet's own level table (${n}×${n}).`,
    noAssessment:
      "The plan has no columns for likelihood and consequence, so its risks cannot be placed in a matrix.",
    view: "Show",
    viewSingle: "Risks",
    viewBrutto: "Before action",
    viewNetto: "After action",
    viewMovement: "Movement",
    caption: (sheet: string, stage: string) =>
      stage
        ? `Risk matrix of ${sheet}, ${stage.toLowerCase()}`
        : `Risk matrix of ${sheet}`,
    corner: "Likelihood \\ Consequence",
    likelihoodAxis: "Likelihood",
    consequenceAxis: "Consequence",
    cellLabel: (count: number, s: string, k: string, level: string) =>
      `${count} ${plural(count, "risk", "risks")}: likelihood ${s}, consequence ${k}, level ${level}`,
    movementCellLabel: (
      before: number,
      after: number,
      s: string,
      k: string,
      level: string,
    ) =>
      `Before action ${before}, after action ${after}: likelihood ${s}, consequence ${k}, level ${level}`,
    risksIn: (s: string, k: string, count: number) =>
      `Likelihood ${s}, consequence ${k}: ${count} ${plural(count, "risk", "risks")}`,
    noRisksIn: "No risks in this cell.",
    selectHint: "Choose a risk to select its row in Excel.",
    row: (row: number) => `Row ${row}`,
    selectFailed: "The row could not be selected.",
    unplaced: (count: number) =>
      `${count} ${plural(count, "risk has", "risks have")} no likelihood or consequence on the scale and ${plural(count, "is", "are")} not in the matrix:`,
    movementHeading: "From before to after action",
    movementSummary: (lower: number, same: number, higher: number) =>
      `${lower} lowered, ${same} unchanged, ${higher} raised.`,
    moveLower: "lowered",
    moveSame: "unchanged",
    moveHigher: "raised",
    moveUnknown: "not assessed",
    stepPair: (s: number, k: number) => `L ${s} × C ${k}`,
    notPlaced: "not placed",
    writeHeading: "Write the risk matrix to the sheet",
    writeIntro:
      "The matrix counts with COUNTIFS from the plan's columns, so it recalculates without Rapportkoll too.",
    placement: "Placement",
    placeBeside: "Beside the table",
    placeNewSheet: "On a new sheet",
    writeWhat: (what: string) => `Written: ${what}.`,
    writeBoth: "before and after action, side by side",
    protectedBeside:
      "The sheet is protected, so Rapportkoll writes nothing beside the table. Choose “On a new sheet”, or unprotect it in Excel (Review › Unprotect Sheet) and read again.",
    besideTooFar:
      "The matrix does not fit beside the table: it would run past Excel's last column (XFD). Choose “On a new sheet”.",
    furtherTooFar:
      "Further right the matrix does not fit before Excel's last column (XFD). Overwrite, or cancel and choose “On a new sheet”.",
    planGone: (sheet: string) =>
      `The sheet “${sheet}” is gone, or is no longer a risk plan with likelihood and consequence. Nothing was written. Read the workbook again.`,
    write: "Write risk matrix",
    writing: "Writing …",
    written: "The risk matrix is written",
    writtenBody: (sheet: string, cell: string) =>
      `It is on the sheet “${sheet}” from ${cell}.`,
    undo: "Undo",
    undone: "The risk matrix is removed.",
    writeFailed: "The risk matrix could not be written.",
    occupiedTitle: "The cells are not empty",
    occupiedIntro: (count: number, range: string) =>
      `${count} ${plural(count, "cell", "cells")} in ${range} ${plural(count, "has", "have")} content that would be overwritten:`,
    occupiedMore: (count: number) => `… and ${count} more.`,
    occupiedUndo: "Everything written can be undone.",
    overwrite: "Overwrite",
    placeFurther: "Place further right",
    cancel: "Cancel",
  },
);
