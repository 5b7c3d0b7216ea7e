/**
 * What the pane and the engine's Web Worker say to each other, and the worker's side of it as
 * a plain function (so that it can be tested without a worker).
 */
import type { Settings } from "../../core/settings";
import { validateWorkbook } from "../../core/validate";
import type { WorkbookSnapshot } from "../../core/workbook";
import { findingsOf } from "../engine";
import type { EngineResult } from "../state/EngineContext";

export interface EngineRequest {
  id: number;
  snapshot: WorkbookSnapshot;
  settings: Settings;
  sheets?: string[];
}

export type EngineResponse =
  | { id: number; ok: true; result: EngineResult }
  | { id: number; ok: false; message: string };

export function answer(request: EngineRequest): EngineResponse {
  try {
    const validation = validateWorkbook(request.snapshot, request.settings, {
      sheets: request.sheets,
    });
    return { id: request.id, ok: true, result: findingsOf(validation) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { id: request.id, ok: false, message };
  }
}
