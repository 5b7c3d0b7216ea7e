/**
 * Recognition dispatched per kind. The settings' override wins, then the kind a Rapportkoll
 * template recorded on the sheet, then the recogniser that reads the content most surely.
 * To add a kind: write its recogniser and list it here.
 */
import { Settings } from "../settings";
import { SheetKind, SheetSnapshot } from "../workbook";
import { financialRecognizer } from "./financial";
import { genericLayout } from "./generic";
import { internkontrollRecognizer } from "./internkontroll";
import { SheetGrid } from "./grid";
import { indicatorRecognizer } from "./indicators/recognizer";
import { PreparedSheet } from "./prepared";
import { KindRecognizer } from "./recognizer";
import { SheetLayout } from "./types";

export const RECOGNIZERS: readonly KindRecognizer[] = [
  financialRecognizer,
  internkontrollRecognizer,
  indicatorRecognizer,
];

/** A sheet with its parsed cells and its layout: what rules work on. */
export interface AnalysedSheet {
  sheet: SheetSnapshot;
  grid: SheetGrid;
  layout: SheetLayout;
}

function recognizerFor(kind: SheetKind): KindRecognizer | undefined {
  return RECOGNIZERS.find((r) => r.kinds.includes(kind));
}

function layoutOf(
  prepared: PreparedSheet,
  kind: SheetKind,
  settings: Settings,
  recognisedBy: SheetLayout["recognisedBy"],
): SheetLayout {
  const recognizer = recognizerFor(kind);
  return recognizer
    ? recognizer.recognize(prepared, kind, settings, recognisedBy)
    : genericLayout(prepared, kind, recognisedBy);
}

export function analyzeSheet(
  sheet: SheetSnapshot,
  settings: Settings,
): AnalysedSheet {
  const prepared = new PreparedSheet(sheet);
  const override = settings.kindOverrides[sheet.name];
  let layout: SheetLayout;
  if (override) layout = layoutOf(prepared, override, settings, "override");
  else if (sheet.recordedKind)
    layout = layoutOf(prepared, sheet.recordedKind, settings, "record");
  else {
    let best: {
      recognizer: KindRecognizer;
      kind: SheetKind;
      score: number;
    } | null = null;
    for (const recognizer of RECOGNIZERS) {
      const detection = recognizer.detect(prepared);
      if (
        detection &&
        detection.score > 0 &&
        (!best || detection.score > best.score)
      )
        best = { recognizer, ...detection };
    }
    layout = best
      ? best.recognizer.recognize(prepared, best.kind, settings, "content")
      : genericLayout(prepared, "okand", "content");
  }
  return { sheet, grid: prepared.grid, layout };
}

/** The layout of one sheet: kind, title, unit, column and row roles, totals and conventions. */
export function recognizeSheet(
  sheet: SheetSnapshot,
  settings: Settings,
): SheetLayout {
  return analyzeSheet(sheet, settings).layout;
}
