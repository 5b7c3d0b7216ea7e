/**
 * The task pane's entry point in Excel: wait for Office, then render the app over the
 * Office.js port, with the engine in a Web Worker.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { ExcelPort } from "../host/excel";
import { startWorkerEngine } from "./worker/startWorkerEngine";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const language =
    Office.context.displayLanguage?.toLowerCase().startsWith("sv") === false
      ? "en"
      : "sv";
  createRoot(container).render(
    <App
      port={new ExcelPort()}
      engine={startWorkerEngine()}
      initialLanguage={language}
    />,
  );
});
