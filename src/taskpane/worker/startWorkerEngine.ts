/**
 * Starts the engine's Web Worker (webpack bundles engineWorker.ts as its own file from this
 * `new URL`). Only the add-in's entry point imports this; where workers are missing the page's
 * engine is used instead.
 */
import type { PaneEngine } from "../state/EngineContext";
import { WorkerEngine } from "./WorkerEngine";

export function startWorkerEngine(): PaneEngine | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new WorkerEngine(
      new Worker(new URL("./engineWorker.ts", import.meta.url)),
    );
  } catch {
    return undefined;
  }
}
