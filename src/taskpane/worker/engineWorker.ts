/** The Web Worker that runs the engine, so that validating a large workbook leaves the pane free. */
import { EngineRequest, answer } from "./protocol";

/** The worker's global scope, as much of it as is used (the DOM typings know only Window). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(answer(event.data));
