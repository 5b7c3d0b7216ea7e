/**
 * The shape every kind's recogniser has. A new kind of sheet (indikatorer, internkontroll) is
 * a new recogniser file and one line in registry.ts.
 */
import { Settings } from "../settings";
import { SheetKind } from "../workbook";
import { PreparedSheet } from "./prepared";
import { SheetLayout } from "./types";

export interface KindDetection {
  kind: SheetKind;
  /** How sure the recogniser is, 0–1; the most confident recogniser wins. */
  score: number;
}

export interface KindRecognizer {
  id: string;
  /** The kinds this recogniser reads. */
  kinds: readonly SheetKind[];
  /** Whether a sheet looks like one of its kinds (null: not at all). */
  detect(sheet: PreparedSheet): KindDetection | null;
  /** The layout of a sheet of one of its kinds. */
  recognize(
    sheet: PreparedSheet,
    kind: SheetKind,
    settings: Settings,
    recognisedBy: SheetLayout["recognisedBy"],
  ): SheetLayout;
}
