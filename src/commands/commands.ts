/**
 * Ribbon commands. They run in the shared runtime, in the same page as the task pane, so
 * "Validera" can open the pane and ask it to validate the workbook.
 */
import { requestValidation } from "../taskpane/events";

Office.onReady(() => {
  Office.actions.associate(
    "validera",
    async (event: Office.AddinCommands.Event) => {
      try {
        await Office.addin.showAsTaskpane();
        requestValidation();
      } finally {
        event.completed();
      }
    },
  );
});
