/**
 * The only way the task pane reaches a workbook. Excel (src/host/excel.ts) and the browser
 * preview (src/host/preview.ts) implement it; tests use an in-memory one. Every write goes
 * through `apply`, which returns what `undo` needs to put the cells back.
 */
import { Settings } from "../core/settings";
import { Edit, UndoRecord, WorkbookSnapshot } from "../core/workbook";

export interface ReadOptions {
  /** Only these sheets (default: all). */
  sheets?: string[];
  /** Called as chunks of a large workbook arrive: cells read so far, and in all. */
  onProgress?: (done: number, total: number) => void;
}

/** One cell to colour, with the colour "#RRGGBB". */
export interface Mark {
  sheet: string;
  row: number;
  col: number;
  color: string;
}

/** What `highlight` changed: each cell's fill before, so that it can be restored exactly. */
export interface HighlightRecord {
  marks: Mark[];
  priorFills: (string | null)[];
}

export interface WorkbookPort {
  /** "Excel", "Förhandsvisning", … (for messages). */
  readonly hostName: string;
  /** Reads the used range of every (or the chosen) sheet: values, formulas, number formats. */
  readSnapshot(options?: ReadOptions): Promise<WorkbookSnapshot>;
  /** Writes a batch; all of it or none. Returns how to take it back. */
  apply(edits: Edit[], label: string): Promise<UndoRecord>;
  /** Puts back what `apply` changed. */
  undo(record: UndoRecord): Promise<void>;
  /** Activates the sheet and selects the cell or range (A1). */
  select(sheet: string, address: string): Promise<void>;
  /** Colours cells, remembering their fills. */
  highlight(marks: Mark[]): Promise<HighlightRecord>;
  /** Restores the fills a highlight replaced; cells recoloured since are left alone. */
  clearHighlights(record: HighlightRecord): Promise<void>;
  /** The settings stored in the workbook, or null when it has none. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: Settings): Promise<void>;
  /** Subscribes to the user's selection (sheet and A1 address); returns an unsubscribe. */
  onSelectionChanged?(
    listener: (sheet: string, address: string) => void,
  ): () => void;
}

/** A failure the user can act on, with a Swedish (and English) message. */
export class PortError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    readonly code:
      "protected" | "busy" | "notFound" | "tooLarge" | "failed" = "failed",
  ) {
    super(message);
    this.name = "PortError";
  }
}
