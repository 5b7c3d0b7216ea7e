/**
 * The preview's entry point: the sample workbook beside the real task pane. Anything that
 * fails before the page is up is shown as a sentence, never as a blank screen.
 */
import { createRoot } from "react-dom/client";
import { PreviewPage } from "./ui/PreviewPage";
import { SAMPLE_NAME, createSampleWorkbook } from "./sample";

const container = document.getElementById("root");
if (container) {
  try {
    createRoot(container).render(
      <PreviewPage
        initial={{ book: createSampleWorkbook(), name: SAMPLE_NAME }}
      />,
    );
  } catch (error) {
    container.textContent = `Förhandsvisningen kunde inte starta: ${(error as Error).message}`;
  }
}
