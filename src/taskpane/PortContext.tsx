import { createContext, useContext } from "react";
import type { WorkbookPort } from "../host/port";

export const PortContext = createContext<WorkbookPort | null>(null);

/** The workbook the task pane works on: Excel, the preview, or a test's fake. */
export function usePort(): WorkbookPort {
  const port = useContext(PortContext);
  if (!port) throw new Error("usePort must be used inside <App port={…}>");
  return port;
}
