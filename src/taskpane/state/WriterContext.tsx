/**
 * Every write the task pane makes — fixes, fills, templates, risk matrices — goes through here:
 * the port applies the batch and returns an UndoRecord, which is kept on a stack so that
 * "Ångra" takes the batches back newest first. `revision` counts writes and undos, so views of
 * the workbook (the findings list) know when to look again.
 */
import * as React from "react";
import { Edit, UndoRecord } from "../../core/workbook";
import { usePort } from "../PortContext";

export interface WriterApi {
  /** Applies a batch (all or nothing) and records it; returns the record. */
  apply(edits: Edit[], label: string): Promise<UndoRecord>;
  /** Takes back the newest batch; does nothing when there is none. */
  undo(): Promise<UndoRecord | null>;
  /** Applied batches, oldest first. */
  history: readonly UndoRecord[];
  /** True while a write or undo is under way. */
  busy: boolean;
  /** Increases after every write and undo. */
  revision: number;
}

const WriterContext = React.createContext<WriterApi | null>(null);

export function WriterProvider({ children }: { children: React.ReactNode }) {
  const port = usePort();
  const [history, setHistory] = React.useState<UndoRecord[]>([]);
  const [busy, setBusy] = React.useState(false);
  const [revision, setRevision] = React.useState(0);
  const historyRef = React.useRef(history);
  historyRef.current = history;

  const apply = React.useCallback(
    async (edits: Edit[], label: string) => {
      setBusy(true);
      try {
        const record = await port.apply(edits, label);
        setHistory((h) => [...h, record]);
        setRevision((r) => r + 1);
        return record;
      } finally {
        setBusy(false);
      }
    },
    [port],
  );

  const undo = React.useCallback(async () => {
    const record = historyRef.current[historyRef.current.length - 1];
    if (!record) return null;
    setBusy(true);
    try {
      await port.undo(record);
      setHistory((h) => h.filter((r) => r.id !== record.id));
      setRevision((r) => r + 1);
      return record;
    } finally {
      setBusy(false);
    }
  }, [port]);

  const api = React.useMemo(
    () => ({ apply, undo, history, busy, revision }),
    [apply, undo, history, busy, revision],
  );
  return (
    <WriterContext.Provider value={api}>{children}</WriterContext.Provider>
  );
}

export function useWriter(): WriterApi {
  const api = React.useContext(WriterContext);
  if (!api) throw new Error("useWriter must be used inside <WriterProvider>");
  return api;
}
