/**
 * Turns what Excel throws into a PortError the task pane can show: Swedish first, English
 * second, with the code telling the pane whether trying again can help.
 */
import { PortError } from "../port";

interface ExcelFailure {
  code?: unknown;
  message?: unknown;
}

function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const code = (error as ExcelFailure).code;
    if (typeof code === "string") return code;
  }
  return "";
}

export function toPortError(error: unknown): PortError {
  if (error instanceof PortError) return error;
  const code = codeOf(error);
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new PortError(
        "Excel redigerar en cell just nu. Tryck Enter eller Esc i cellen och försök igen.",
        "Excel is editing a cell. Press Enter or Esc in the cell and try again.",
        "busy",
      );
    case "AccessDenied":
      return new PortError(
        "Excel nekade ändringen: bladet eller arbetsboken är skyddad eller öppen som skrivskyddad.",
        "Excel refused the change: the sheet or workbook is protected or read-only.",
        "protected",
      );
    case "ItemNotFound":
      return new PortError(
        "Bladet eller cellen finns inte längre i arbetsboken. Validera igen.",
        "The sheet or cell no longer exists in the workbook. Validate again.",
        "notFound",
      );
    case "ResponsePayloadSizeLimitExceeded":
    case "RequestPayloadSizeLimitExceeded":
    case "RangeExceedsLimit":
    case "OperationCellsExceedLimit":
      return new PortError(
        "Excel kan inte hantera så många celler på en gång.",
        "Excel cannot handle that many cells at once.",
        "tooLarge",
      );
    case "Conflict":
    case "RequestAborted":
      return new PortError(
        "Excel var upptaget med något annat. Försök igen om en stund.",
        "Excel was busy with something else. Try again in a moment.",
        "busy",
      );
    case "InvalidOperation":
    case "UnsupportedOperation":
      return new PortError(
        "Excel tillät inte ändringen. Kontrollera att bladet inte är skyddat och att ingen cell redigeras.",
        "Excel did not allow the change. Check that the sheet is not protected and that no cell is being edited.",
        "failed",
      );
    default: {
      const detail = code ? ` (${code})` : "";
      return new PortError(
        `Excel kunde inte utföra åtgärden${detail}.`,
        `Excel could not carry out the action${detail}.`,
        "failed",
      );
    }
  }
}

/** True when Excel refused a read because the answer would be too large to send. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = codeOf(error);
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RequestPayloadSizeLimitExceeded"
  );
}

export function protectedSheetError(sheet: string): PortError {
  return new PortError(
    `Bladet "${sheet}" är skyddat. Ta bort skyddet (Granska › Ta bort bladskydd) och försök igen.`,
    `The sheet "${sheet}" is protected. Unprotect it (Review › Unprotect Sheet) and try again.`,
    "protected",
  );
}

export function missingSheetError(sheet: string): PortError {
  return new PortError(
    `Bladet "${sheet}" finns inte i arbetsboken.`,
    `The sheet "${sheet}" does not exist in the workbook.`,
    "notFound",
  );
}
