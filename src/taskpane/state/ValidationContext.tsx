/**
 * The latest validation of the workbook, shared by the tabs: it reads the workbook through the
 * port (reporting progress as cells arrive), runs the engine — in one pass, after letting the
 * pane paint; in Excel the engine runs in a Web Worker — and keeps the snapshot and findings. It validates again after every
 * write or undo (the findings must describe the workbook as it is) and re-checks the snapshot
 * when the settings change. The highlight of finding cells lives here too, so that it can be
 * taken away from any tab.
 */
import * as React from "react";
import type { SheetResult } from "../../core/findings";
import type { WorkbookSnapshot } from "../../core/workbook";
import type { HighlightRecord } from "../../host/port";
import { usePort } from "../PortContext";
import { EngineResult, useEngine } from "./EngineContext";
import { forgetMarks, marksFor, protectedSheets } from "./marks";
import { yieldToBrowser } from "./schedule";
import { useSettings } from "./SettingsContext";
import { useWriter } from "./WriterContext";

export type Scope = "workbook" | "sheet";
export type Phase = "reading" | "checking";

export interface ValidationRun {
  scope: Scope;
  snapshot: WorkbookSnapshot;
  /** The checked sheets, in tab order. */
  results: SheetResult[];
  cells: number;
  durationMs: number;
}

export interface Progress {
  phase: Phase;
  /** Cells read so far and in all (checking has no count: the engine runs in one pass). */
  done: number;
  total: number;
}

export interface ValidationApi {
  running: boolean;
  /** How far the current run is; null before anything is known. */
  progress: Progress | null;
  run: ValidationRun | null;
  /** Why the last run failed (a PortError as a rule), or null. */
  error: unknown;
  start(scope: Scope): Promise<void>;
  /** The cells coloured by markFindings, or null when none are. */
  highlight: HighlightRecord | null;
  /** Colours the cells with errors and warnings. Throws what the port throws. */
  markFindings(): Promise<void>;
  /** Puts the fills back. Throws what the port throws. */
  clearMarks(): Promise<void>;
}

function cellCount(
  snapshot: WorkbookSnapshot,
  only?: readonly SheetResult[],
): number {
  const names = only ? new Set(only.map((r) => r.sheet)) : null;
  return snapshot.sheets
    .filter((sheet) => !names || names.has(sheet.name))
    .reduce(
      (sum, sheet) =>
        sum + sheet.values.length * (sheet.values[0]?.length ?? 0),
      0,
    );
}

const ValidationContext = React.createContext<ValidationApi | null>(null);

export function ValidationProvider({
  children,
}: {
  children: React.ReactNode;
}) {
  const port = usePort();
  const engine = useEngine();
  const { settings } = useSettings();
  const { revision, history } = useWriter();
  const [running, setRunning] = React.useState(false);
  const [progress, setProgress] = React.useState<Progress | null>(null);
  const [run, setRun] = React.useState<ValidationRun | null>(null);
  const [error, setError] = React.useState<unknown>(null);
  const [highlight, setHighlight] = React.useState<HighlightRecord | null>(
    null,
  );
  const runId = React.useRef(0);
  const recheckId = React.useRef(0);
  const settingsRef = React.useRef(settings);
  settingsRef.current = settings;
  const runRef = React.useRef(run);
  runRef.current = run;
  const historyRef = React.useRef(history);
  historyRef.current = history;
  /** The batches that were on the undo stack when the cells were marked. */
  const beforeMarks = React.useRef<ReadonlySet<string>>(new Set());

  const start = React.useCallback(
    async (scope: Scope) => {
      const id = ++runId.current;
      const alive = () => runId.current === id;
      const began = Date.now();
      setRunning(true);
      setError(null);
      setProgress(null);
      try {
        const snapshot = await port.readSnapshot({
          onProgress: (done, total) =>
            alive() && setProgress({ phase: "reading", done, total }),
        });
        if (!alive()) return;
        setProgress({ phase: "checking", done: 0, total: 1 });
        // Let the pane show that checking has begun before the engine takes the thread (in
        // the page) or the worker gets the snapshot.
        await yieldToBrowser();
        if (!alive()) return;
        const sheets =
          scope === "sheet" && snapshot.activeSheet
            ? [snapshot.activeSheet]
            : undefined;
        const { sheets: results } = await engine.validate(
          snapshot,
          settingsRef.current,
          { sheets },
        );
        if (!alive()) return;
        setRun({
          scope,
          snapshot,
          results,
          cells: cellCount(snapshot, results),
          durationMs: Date.now() - began,
        });
      } catch (caught) {
        if (alive()) setError(caught);
      } finally {
        if (alive()) {
          setRunning(false);
          setProgress(null);
        }
      }
    },
    [port, engine],
  );

  // The workbook changed through the pane: the findings must follow.
  const lastRevision = React.useRef(revision);
  React.useEffect(() => {
    if (lastRevision.current === revision) return;
    lastRevision.current = revision;
    if (runRef.current) void start(runRef.current.scope);
  }, [revision, start]);

  // New conventions: check the same snapshot again (no need to read it). The language only
  // changes which half of each message is shown.
  const conventions = JSON.stringify({ ...settings, language: undefined });
  const lastConventions = React.useRef(conventions);
  React.useEffect(() => {
    if (lastConventions.current === conventions) return;
    lastConventions.current = conventions;
    const current = runRef.current;
    if (!current) return;
    const id = ++recheckId.current;
    new Promise<EngineResult>((resolve) =>
      resolve(
        engine.validate(current.snapshot, settingsRef.current, {
          sheets: current.results.map((r) => r.sheet),
        }),
      ),
    ).then(
      (result) =>
        recheckId.current === id &&
        setRun({ ...current, results: result.sheets }),
      (caught: unknown) => recheckId.current === id && setError(caught),
    );
  }, [conventions, engine]);

  const markFindings = React.useCallback(async () => {
    const current = runRef.current;
    if (!current) return;
    const marks = marksFor(current.results, protectedSheets(current.snapshot));
    if (marks.length === 0) return;
    const before = new Set(historyRef.current.map((r) => r.id));
    setHighlight(await port.highlight(marks));
    beforeMarks.current = before;
  }, [port]);

  const clearMarks = React.useCallback(async () => {
    if (!highlight) return;
    await port.clearHighlights(highlight);
    forgetMarks(historyRef.current, highlight, beforeMarks.current);
    setHighlight(null);
  }, [port, highlight]);

  const api = React.useMemo(
    () => ({
      running,
      progress,
      run,
      error,
      start,
      highlight,
      markFindings,
      clearMarks,
    }),
    [running, progress, run, error, start, highlight, markFindings, clearMarks],
  );
  return (
    <ValidationContext.Provider value={api}>
      {children}
    </ValidationContext.Provider>
  );
}

export function useValidation(): ValidationApi {
  const api = React.useContext(ValidationContext);
  if (!api)
    throw new Error("useValidation must be used inside <ValidationProvider>");
  return api;
}
