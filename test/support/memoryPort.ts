/**
 * A WorkbookPort over an in-memory workbook, for task pane tests. It records every call so
 * that tests can see what the pane asked for.
 */
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import { Settings } from "../../src/core/settings";
import { Edit, UndoRecord, WorkbookSnapshot, parseA1 } from "../../src/core/workbook";
import { HighlightRecord, Mark, PortError, ReadOptions, WorkbookPort } from "../../src/host/port";

export class MemoryPort implements WorkbookPort {
  readonly hostName = "Minne";
  readonly book: MemoryWorkbook;
  settings: unknown = null;
  selected: { sheet: string; address: string } | null = null;
  calls: string[] = [];
  /** Set to make the next call fail, as Excel does on a protected sheet or during cell edit. */
  failNext: PortError | null = null;

  constructor(book: MemoryWorkbook | WorkbookSnapshot = new MemoryWorkbook(["Blad1"])) {
    this.book = book instanceof MemoryWorkbook ? book : MemoryWorkbook.fromSnapshot(book);
  }

  private enter(name: string): void {
    this.calls.push(name);
    if (this.failNext) {
      const error = this.failNext;
      this.failNext = null;
      throw error;
    }
  }

  async readSnapshot(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    this.enter("readSnapshot");
    const snapshot = this.book.toSnapshot();
    const sheets = options.sheets ? snapshot.sheets.filter((s) => options.sheets!.includes(s.name)) : snapshot.sheets;
    return { ...snapshot, sheets };
  }

  async apply(edits: Edit[], label: string): Promise<UndoRecord> {
    this.enter("apply");
    return this.book.apply(edits, label);
  }

  async undo(record: UndoRecord): Promise<void> {
    this.enter("undo");
    this.book.undo(record);
  }

  async select(sheet: string, address: string): Promise<void> {
    this.enter("select");
    if (!this.book.sheet(sheet)) throw new PortError(`Bladet "${sheet}" finns inte.`, `The sheet "${sheet}" does not exist.`, "notFound");
    parseA1(address.split(":")[0]);
    this.book.activeSheet = sheet;
    this.selected = { sheet, address };
  }

  async highlight(marks: Mark[]): Promise<HighlightRecord> {
    this.enter("highlight");
    const priorFills = marks.map((m) => this.book.cell(m.sheet, m.row, m.col).fill);
    this.book.apply(
      marks.map((m) => ({ op: "cell" as const, sheet: m.sheet, row: m.row, col: m.col, fill: m.color })),
      "highlight",
    );
    return { marks, priorFills };
  }

  async clearHighlights(record: HighlightRecord): Promise<void> {
    this.enter("clearHighlights");
    const edits: Edit[] = [];
    record.marks.forEach((m, i) => {
      if (!this.book.sheet(m.sheet)) return;
      if (this.book.cell(m.sheet, m.row, m.col).fill !== m.color) return;
      edits.push({ op: "cell", sheet: m.sheet, row: m.row, col: m.col, fill: record.priorFills[i] });
    });
    if (edits.length) this.book.apply(edits, "clear highlights");
  }

  async loadSettings(): Promise<unknown> {
    this.enter("loadSettings");
    return this.settings;
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.enter("saveSettings");
    this.settings = JSON.parse(JSON.stringify(settings));
  }
}
