/**
 * The engine behind a Web Worker: requests go out with an id, answers come back by it. If the
 * worker cannot start or breaks, validation carries on in the page with the same engine, so a
 * host without workers loses responsiveness, never results.
 */
import { PortError } from "../../host/port";
import { coreEngine } from "../engine";
import type { EngineResult, PaneEngine } from "../state/EngineContext";
import type { EngineRequest, EngineResponse } from "./protocol";

/** The part of a Worker this uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: EngineRequest): void;
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

type Args = Parameters<PaneEngine["validate"]>;

interface Waiting {
  args: Args;
  resolve(result: EngineResult): void;
  reject(error: unknown): void;
}

export class WorkerEngine implements PaneEngine {
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private broken = false;

  constructor(private readonly worker: WorkerLike) {
    worker.onmessage = (event) => {
      const response = event.data;
      const waiting = this.waiting.get(response.id);
      if (!waiting) return;
      this.waiting.delete(response.id);
      if (response.ok) waiting.resolve(response.result);
      else
        waiting.reject(
          new PortError(
            `Kontrollen kunde inte köras: ${response.message}`,
            `The check could not run: ${response.message}`,
            "failed",
          ),
        );
    };
    worker.onerror = () => this.giveUp();
  }

  validate(...args: Args): EngineResult | Promise<EngineResult> {
    if (this.broken) return coreEngine.validate(...args);
    const [snapshot, settings, options] = args;
    const id = this.nextId++;
    return new Promise<EngineResult>((resolve, reject) => {
      this.waiting.set(id, { args, resolve, reject });
      try {
        this.worker.postMessage({
          id,
          snapshot,
          settings,
          sheets: options?.sheets,
        });
      } catch {
        this.giveUp();
      }
    });
  }

  ruleTitle(ruleId: string) {
    return coreEngine.ruleTitle(ruleId);
  }

  /** The worker failed to load or crashed: what was asked of it is done in the page. */
  private giveUp(): void {
    this.broken = true;
    this.worker.terminate();
    const waiting = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of waiting) {
      try {
        Promise.resolve(coreEngine.validate(...w.args)).then(
          w.resolve,
          w.reject,
        );
      } catch (error) {
        w.reject(error);
      }
    }
  }
}
