/**
 * Goal attainment of the workbook for the Mål tab: read through the port when asked (one
 * batched read), read again after every write or undo the pane makes, and computed again from
 * the same snapshot when the settings change (a direction chosen, another gap).
 */
import * as React from "react";
import {
  SheetAttainment,
  workbookAttainment,
} from "../../core/layout/indicators/attainment";
import { WorkbookSnapshot } from "../../core/workbook";
import { usePort } from "../PortContext";
import { protectedSheets } from "../state/marks";
import { useSettings } from "../state/SettingsContext";
import { useWriter } from "../state/WriterContext";

export interface AttainmentApi {
  /** Null until the workbook has been read. */
  sheets: SheetAttainment[] | null;
  /** Sheets of the last read that Excel protects: Rapportkoll reads them and writes nothing. */
  readOnly: ReadonlySet<string>;
  loading: boolean;
  error: unknown;
  load(): Promise<void>;
  /**
   * Reads the workbook now and computes from that, for a write that must not trust what the
   * last read showed (the user may have typed in Excel since). The pane shows the new read too.
   */
  reread(): Promise<FreshAttainment>;
}

export interface FreshAttainment {
  snapshot: WorkbookSnapshot;
  sheets: SheetAttainment[];
  readOnly: ReadonlySet<string>;
}

export function useAttainment(): AttainmentApi {
  const port = usePort();
  const { settings } = useSettings();
  const { revision } = useWriter();
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot | null>(null);
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  const loadId = React.useRef(0);

  const load = React.useCallback(async () => {
    const id = ++loadId.current;
    setLoading(true);
    setError(null);
    try {
      const read = await port.readSnapshot();
      if (id === loadId.current) setSnapshot(read);
    } catch (caught) {
      if (id === loadId.current) setError(caught);
    } finally {
      if (id === loadId.current) setLoading(false);
    }
  }, [port]);

  const reread = React.useCallback(async (): Promise<FreshAttainment> => {
    const read = await port.readSnapshot();
    setSnapshot(read);
    return {
      snapshot: read,
      sheets: workbookAttainment(read, settings),
      readOnly: protectedSheets(read),
    };
  }, [port, settings]);

  const loaded = snapshot !== null;
  const lastRevision = React.useRef(revision);
  React.useEffect(() => {
    if (lastRevision.current === revision) return;
    lastRevision.current = revision;
    if (loaded) void load();
  }, [revision, loaded, load]);

  const sheets = React.useMemo(
    () => (snapshot ? workbookAttainment(snapshot, settings) : null),
    [snapshot, settings],
  );
  const readOnly = React.useMemo(
    () => (snapshot ? protectedSheets(snapshot) : new Set<string>()),
    [snapshot],
  );
  return { sheets, readOnly, loading, error, load, reread };
}
