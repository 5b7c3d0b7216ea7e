/**
 * The browser preview's port: the same WorkbookPort the task pane uses in Excel, over a
 * PreviewWorkbook (HyperFormula for contents and formulas, side tables for formats). Settings
 * live with the workbook: read from and saved into the add-in's part of an .xlsx that has one
 * (src/preview/xlsx/addinSettings.ts), otherwise kept in memory for as long as the page is open.
 */
import { Settings } from "../core/settings";
import {
  Edit,
  UndoRecord,
  WorkbookSnapshot,
  parseRangeA1,
} from "../core/workbook";
import {
  GridSelection,
  PreviewWorkbook,
} from "../preview/model/previewWorkbook";
import {
  HighlightRecord,
  Mark,
  PortError,
  ReadOptions,
  WorkbookPort,
} from "./port";
import { rangeToA1 } from "../core/workbook";

export class PreviewPort implements WorkbookPort {
  readonly hostName = "Förhandsvisning";

  constructor(readonly book: PreviewWorkbook) {}

  async readSnapshot(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    const missing = options.sheets?.filter((s) => !this.book.layout(s));
    if (missing?.length)
      throw new PortError(
        `Bladet "${missing[0]}" finns inte.`,
        `The sheet "${missing[0]}" does not exist.`,
        "notFound",
      );
    const snapshot = this.book.snapshot(options.sheets);
    if (options.onProgress) {
      const cells = snapshot.sheets.reduce(
        (n, s) => n + s.values.length * (s.values[0]?.length ?? 0),
        0,
      );
      options.onProgress(cells, cells);
    }
    return snapshot;
  }

  async apply(edits: Edit[], label: string): Promise<UndoRecord> {
    return this.book.apply(edits, label);
  }

  async undo(record: UndoRecord): Promise<void> {
    this.book.undo(record);
  }

  async select(sheet: string, address: string): Promise<void> {
    if (!this.book.layout(sheet))
      throw new PortError(
        `Bladet "${sheet}" finns inte.`,
        `The sheet "${sheet}" does not exist.`,
        "notFound",
      );
    let range;
    try {
      range = parseRangeA1(address.replace(/^.*!/, ""));
    } catch {
      throw new PortError(
        `Ogiltig celladress: ${address}`,
        `Not a cell address: ${address}`,
        "notFound",
      );
    }
    this.book.select({ sheet, row: range.top, col: range.left, ...range });
  }

  async highlight(marks: Mark[]): Promise<HighlightRecord> {
    const priorFills = marks.map(
      (m) => this.book.style(m.sheet, m.row, m.col).fill,
    );
    if (marks.length)
      this.book.apply(
        marks.map((m) => ({
          op: "cell" as const,
          sheet: m.sheet,
          row: m.row,
          col: m.col,
          fill: m.color,
        })),
        "Markering",
      );
    return { marks, priorFills };
  }

  async clearHighlights(record: HighlightRecord): Promise<void> {
    const edits: Edit[] = [];
    record.marks.forEach((m, i) => {
      if (!this.book.layout(m.sheet)) return;
      // A cell recoloured since the highlight is the user's now: leave it.
      if (this.book.style(m.sheet, m.row, m.col).fill !== m.color) return;
      edits.push({
        op: "cell",
        sheet: m.sheet,
        row: m.row,
        col: m.col,
        fill: record.priorFills[i],
      });
    });
    if (edits.length) this.book.apply(edits, "Ta bort markeringar");
  }

  async loadSettings(): Promise<unknown> {
    return this.book.settings === null
      ? null
      : JSON.parse(JSON.stringify(this.book.settings));
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.book.setSettings(JSON.parse(JSON.stringify(settings)));
  }

  onSelectionChanged(
    listener: (sheet: string, address: string) => void,
  ): () => void {
    return this.book.onSelection((s: GridSelection) =>
      listener(s.sheet, rangeToA1(s.top, s.left, s.bottom, s.right)),
    );
  }
}
