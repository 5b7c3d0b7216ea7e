/**
 * The validation engine the pane runs: the real one from src/core (on the page, or in a Web
 * Worker in Excel so that a large workbook does not freeze the pane), or a fake in tests that
 * need findings of a given shape.
 */
import * as React from "react";
import type { SheetResult } from "../../core/findings";
import type { Settings } from "../../core/settings";
import type { WorkbookSnapshot } from "../../core/workbook";

export interface EngineResult {
  /** The checked sheets, in tab order. */
  sheets: SheetResult[];
}

export interface PaneEngine {
  /** Validates the snapshot; results only for the named sheets when given, in tab order. */
  validate(
    snapshot: WorkbookSnapshot,
    settings: Settings,
    options?: { sheets?: string[] },
  ): EngineResult | Promise<EngineResult>;
  /** A rule's title for group headings, or null for an unknown rule id. */
  ruleTitle(ruleId: string): { sv: string; en: string } | null;
}

export const EngineContext = React.createContext<PaneEngine | null>(null);

export function useEngine(): PaneEngine {
  const engine = React.useContext(EngineContext);
  if (!engine) throw new Error("useEngine must be used inside <App>");
  return engine;
}
