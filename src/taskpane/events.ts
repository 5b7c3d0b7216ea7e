/**
 * Requests from the ribbon to the task pane. Both live in the shared runtime's page, so a DOM
 * event is enough and the commands bundle stays free of React.
 */
const VALIDATE_EVENT = "rapportkoll:validera";

export function requestValidation(): void {
  window.dispatchEvent(new CustomEvent(VALIDATE_EVENT));
}

export function onValidationRequested(listener: () => void): () => void {
  window.addEventListener(VALIDATE_EVENT, listener);
  return () => window.removeEventListener(VALIDATE_EVENT, listener);
}
