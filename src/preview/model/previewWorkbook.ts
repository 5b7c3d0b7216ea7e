/**
 * The preview's workbook: HyperFormula holds the contents and computes, side tables hold the
 * formats and layout. Writes are batches of Edits with the same meaning as MemoryWorkbook
 * (src/core/memoryWorkbook.ts): checked whole before anything is written, applied together,
 * and taken back exactly by their UndoRecord. The page and the port both observe it.
 */
import { DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import {
  CellEdit,
  CellState,
  CellValue,
  Edit,
  KIND_NAME,
  RangeRef,
  SheetKind,
  SheetSnapshot,
  UndoRecord,
  WorkbookSnapshot,
  emptyUndoRecord,
  isFormula,
  kindFormula,
  kindFromFormula,
} from "../../core/workbook";
import { applyLayoutEdit, undoLayout } from "../../core/layoutEdits";
import { PortError } from "../../host/port";
import { createEngine, formulaChecker } from "./engine";
import {
  CellStyle,
  DEFAULT_STYLE,
  SheetLayout,
  cellKey,
  isDefaultStyle,
  newSheetLayout,
} from "./styles";

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** A computed value as the grid shows it: a constant, or an error with HyperFormula's reason. */
export type ShownValue = CellValue | { error: string; message: string };

/** The selected cell (row, col) inside the selected rectangle, in zero-based sheet coordinates. */
export interface GridSelection {
  sheet: string;
  row: number;
  col: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's text for HyperFormula's errors; #CYCLE! and #ERROR! have no Excel twin. */
const EXCEL_ERROR: Record<string, string> = {
  "#CYCLE!": "#REF!",
  "#ERROR!": "#NAME?",
  "#LIC!": "#VALUE!",
};

function errorText(error: DetailedCellError): string {
  return EXCEL_ERROR[error.value] ?? error.value;
}

/** Excel's rules for sheet names. */
function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "Ett blad måste ha ett namn.";
  if (name.length > 31) return `Bladnamnet "${name}" är längre än 31 tecken.`;
  if (/[[\]:*?/\\]/.test(name))
    return `Bladnamnet "${name}" innehåller något av tecknen [ ] : * ? / \\.`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `Bladnamnet "${name}" får inte börja eller sluta med apostrof.`;
  return null;
}

interface Batch {
  record: UndoRecord;
  /** Captured cells whose text starts with "=" but is text. */
  literal: Set<string>;
  /** Cells already captured: only a cell's state before the batch is kept. */
  captured: Set<string>;
  /** Contents for sheets the batch creates, written in one call per sheet at the end. */
  pending: Map<string, Map<string, RawCellContent>>;
}

function failed(
  sv: string,
  en: string,
  code: PortError["code"] = "failed",
): PortError {
  return new PortError(sv, en, code);
}

export class PreviewWorkbook {
  readonly engine: HyperFormula;
  private layouts: SheetLayout[] = [];
  activeSheet: string | null = null;
  selection: GridSelection | null = null;
  /** The task pane's settings for this workbook (kept in memory; see the port). */
  settings: unknown = null;
  /** Undo records whose captured text starts with "=" but is text, not a formula. */
  private literalText = new Map<string, Set<string>>();
  private capturing = true;
  private version = 0;
  private listeners = new Set<() => void>();
  private selectionListeners = new Set<(selection: GridSelection) => void>();
  private boundsCache = new Map<
    string,
    { version: number; bounds: Bounds | null }
  >();

  constructor(sheetNames: string[] = [], engine?: HyperFormula) {
    this.engine = engine ?? createEngine();
    if (!engine && sheetNames.length)
      this.apply(
        sheetNames.map((sheet) => ({ op: "addSheet", sheet })),
        "",
      );
  }

  /**
   * A workbook made from one batch that creates its sheets and fills them (an opened file, the
   * sample): checked like any batch, but the contents go to the engine sheet by sheet in one
   * call each, and only the formats, layout and kinds go through `apply`.
   */
  static load(edits: Edit[], label: string): PreviewWorkbook {
    new PreviewWorkbook([], formulaChecker()).check(edits);
    const contents = new Map<string, RawCellContent[][]>();
    let active: string | null = null;
    const rest: Edit[] = [];
    for (const edit of edits) {
      if (edit.op === "addSheet") {
        contents.set(edit.sheet, []);
        if (edit.activate || active === null) active = edit.sheet;
        continue;
      }
      if (
        edit.op === "cell" &&
        (edit.formula !== undefined || edit.value !== undefined)
      ) {
        const rows = contents.get(edit.sheet)!;
        const row = (rows[edit.row] ??= []);
        row[edit.col] =
          edit.formula !== undefined ? edit.formula : toRaw(edit.value ?? null);
        const look = { ...edit };
        delete look.formula;
        delete look.value;
        if (Object.keys(look).length > 4) rest.push(look);
        continue;
      }
      rest.push(edit);
    }
    // Sparse rows become dense: HyperFormula reads holes as blank cells only when they are null.
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const [name, rows] of contents)
      sheets[name] = Array.from(rows, (row) =>
        Array.from(row ?? [], (cell) => cell ?? null),
      );
    const book = new PreviewWorkbook(
      [...contents.keys()],
      createEngine(sheets),
    );
    for (const name of contents.keys()) book.layouts.push(newSheetLayout(name));
    // Nothing to take back when loading: the prior state of every cell is blank.
    book.capturing = false;
    if (rest.length) book.apply(rest, label);
    book.capturing = true;
    book.activeSheet = active;
    return book;
  }

  // ---- observing -------------------------------------------------------------------------

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getVersion = (): number => this.version;

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  onSelection(listener: (selection: GridSelection) => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  // ---- reading ---------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.layouts.map((l) => l.name);
  }

  layout(name: string): SheetLayout | undefined {
    return this.layouts.find((l) => l.name === name);
  }

  private sheetId(name: string): number {
    const id = this.engine.getSheetId(name);
    if (id === undefined)
      throw failed(
        `Bladet "${name}" finns inte.`,
        `The sheet "${name}" does not exist.`,
        "notFound",
      );
    return id;
  }

  /** The formula ("=…") or the constant; "" when blank. */
  content(sheet: string, row: number, col: number): CellValue {
    return this.contentAt(this.sheetId(sheet), row, col);
  }

  private contentAt(sheetId: number, row: number, col: number): CellValue {
    return fromRaw(this.engine.getCellSerialized({ sheet: sheetId, row, col }));
  }

  /** True when the cell holds text that starts with "=" (shown and kept as text). */
  isLiteralText(sheet: string, row: number, col: number): boolean {
    const raw = this.engine.getCellSerialized({
      sheet: this.sheetId(sheet),
      row,
      col,
    });
    return typeof raw === "string" && raw.startsWith("'=");
  }

  value(sheet: string, row: number, col: number): ShownValue {
    const value = this.engine.getCellValue({
      sheet: this.sheetId(sheet),
      row,
      col,
    });
    if (value instanceof DetailedCellError)
      return { error: errorText(value), message: value.message };
    return value ?? "";
  }

  style(sheet: string, row: number, col: number): CellStyle {
    return this.layout(sheet)?.styles.get(cellKey(row, col)) ?? DEFAULT_STYLE;
  }

  kind(sheet: string): SheetKind | null {
    const id = this.engine.getSheetId(sheet);
    if (id === undefined) return null;
    return kindFromFormula(
      this.engine.getNamedExpression(KIND_NAME, id)?.expression,
    );
  }

  /** The used range: cells with content, a number format or a fill. Null for an empty sheet. */
  usedBounds(sheet: string): Bounds | null {
    const cached = this.boundsCache.get(sheet);
    if (cached && cached.version === this.version) return cached.bounds;
    const bounds = this.computeBounds(sheet);
    this.boundsCache.set(sheet, { version: this.version, bounds });
    return bounds;
  }

  private computeBounds(sheet: string): Bounds | null {
    const id = this.sheetId(sheet);
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (row: number, col: number) => {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    };
    const raw = this.engine.getSheetSerialized(id);
    raw.forEach((cells, row) =>
      cells.forEach((cell, col) => {
        if (cell !== null && cell !== undefined && cell !== "") take(row, col);
      }),
    );
    const formatted = this.layout(sheet)?.formatExtent;
    if (formatted) {
      take(formatted.top, formatted.left);
      take(formatted.bottom, formatted.right);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** The used range of every (or the named) sheet in the shapes Office.js returns. */
  snapshot(only?: string[]): WorkbookSnapshot {
    const names = this.sheetNames().filter((n) => !only || only.includes(n));
    return {
      sheets: names.map((name) => this.sheetSnapshot(name)),
      activeSheet: this.activeSheet ?? undefined,
    };
  }

  private sheetSnapshot(name: string): SheetSnapshot {
    const layout = this.layout(name)!;
    const kind = this.kind(name);
    const base = {
      name,
      ...(kind ? { recordedKind: kind } : {}),
      ...(layout.protected ? { protected: true } : {}),
      ...(layout.hiddenRows.size
        ? { hiddenRows: [...layout.hiddenRows].sort((a, b) => a - b) }
        : {}),
      ...(layout.hiddenColumns.size
        ? { hiddenColumns: [...layout.hiddenColumns].sort((a, b) => a - b) }
        : {}),
    };
    const bounds = this.usedBounds(name);
    if (!bounds)
      return {
        ...base,
        top: 0,
        left: 0,
        values: [],
        formulas: [],
        numberFormat: [],
      };
    const id = this.sheetId(name);
    const allValues = this.engine.getSheetValues(id);
    const allFormulas = this.engine.getSheetFormulas(id);
    const values: CellValue[][] = [];
    const formulas: CellValue[][] = [];
    const numberFormat: string[][] = [];
    for (let r = bounds.top; r <= bounds.bottom; r++) {
      const vRow: CellValue[] = [];
      const fRow: CellValue[] = [];
      const nRow: string[] = [];
      const sourceValues = allValues[r];
      const sourceFormulas = allFormulas[r];
      for (let c = bounds.left; c <= bounds.right; c++) {
        const v = sourceValues?.[c];
        const value: CellValue =
          v instanceof DetailedCellError
            ? errorText(v)
            : v === null || v === undefined
              ? ""
              : v;
        vRow.push(value);
        fRow.push(sourceFormulas?.[c] ?? value);
        nRow.push(layout.styles.get(cellKey(r, c))?.numberFormat ?? "General");
      }
      values.push(vRow);
      formulas.push(fRow);
      numberFormat.push(nRow);
    }
    return {
      ...base,
      top: bounds.top,
      left: bounds.left,
      values,
      formulas,
      numberFormat,
    };
  }

  /** Stores the task pane's settings and tells the page (its language follows them). */
  setSettings(settings: unknown): void {
    this.settings = settings;
    this.changed();
  }

  // ---- selection -------------------------------------------------------------------------

  setActiveSheet(name: string): void {
    if (!this.layout(name) || this.activeSheet === name) return;
    this.activeSheet = name;
    this.changed();
  }

  /** Selects a cell or rectangle, activating its sheet; tells the selection listeners. */
  select(selection: GridSelection): void {
    this.activeSheet = selection.sheet;
    this.selection = selection;
    this.changed();
    for (const listener of this.selectionListeners) listener(selection);
  }

  // ---- writing ---------------------------------------------------------------------------

  /**
   * Applies a batch: every edit or none. The whole batch is checked first; should the engine
   * still refuse something midway, what was written is taken back before the error is thrown.
   */
  apply(edits: Edit[], label: string): UndoRecord {
    this.check(edits);
    const record = emptyUndoRecord(label);
    const batch: Batch = {
      record,
      literal: new Set(),
      captured: new Set(),
      pending: new Map(),
    };
    this.literalText.set(record.id, batch.literal);
    // HyperFormula reads no cell while evaluation is suspended, so the prior states come first.
    const added = new Set(
      edits.flatMap((e) => (e.op === "addSheet" ? [e.sheet] : [])),
    );
    if (this.capturing)
      for (const edit of edits)
        if (edit.op === "cell" && !added.has(edit.sheet))
          this.capture(edit, batch);
    this.engine.suspendEvaluation();
    try {
      for (const edit of edits) this.applyOne(edit, batch);
      this.flush(batch);
    } catch (error) {
      this.restore(record);
      this.literalText.delete(record.id);
      this.engine.resumeEvaluation();
      this.changed();
      throw error instanceof PortError
        ? error
        : failed(
            `Ändringen kunde inte göras: ${(error as Error).message}`,
            `The change could not be made: ${(error as Error).message}`,
          );
    }
    this.engine.resumeEvaluation();
    // Only records that captured text looking like a formula need to remember it.
    if (batch.literal.size === 0) this.literalText.delete(record.id);
    this.changed();
    return record;
  }

  private applyOne(edit: Edit, batch: Batch): void {
    const { record } = batch;
    const created = (sheet: string) => record.addedSheets.includes(sheet);
    switch (edit.op) {
      case "addSheet": {
        this.engine.addSheet(edit.sheet);
        this.layouts.push(newSheetLayout(edit.sheet));
        record.addedSheets.push(edit.sheet);
        batch.pending.set(edit.sheet, new Map());
        this.activeSheet ??= edit.sheet;
        if (edit.activate) this.activeSheet = edit.sheet;
        return;
      }
      case "cell": {
        this.writeCell(edit, batch.pending.get(edit.sheet));
        return;
      }
      case "recordKind": {
        if (!created(edit.sheet))
          record.recordedKinds.push({
            sheet: edit.sheet,
            prior: this.kind(edit.sheet),
          });
        this.setKind(edit.sheet, edit.kind);
        return;
      }
      case "columnWidth":
      case "freeze":
        applyLayoutEdit(
          this.layout(edit.sheet)!,
          edit,
          record,
          !created(edit.sheet),
        );
        return;
      case "validation":
      case "conditionalFill":
        applyLayoutEdit(
          this.layout(edit.range.sheet)!,
          edit,
          record,
          !created(edit.range.sheet),
        );
        return;
    }
  }

  private capture(edit: CellEdit, batch: Batch): void {
    const id = `${edit.sheet}!${cellKey(edit.row, edit.col)}`;
    if (batch.captured.has(id)) return;
    batch.captured.add(id);
    const style = this.style(edit.sheet, edit.row, edit.col);
    const state: CellState = {
      sheet: edit.sheet,
      row: edit.row,
      col: edit.col,
      formula: this.content(edit.sheet, edit.row, edit.col),
      numberFormat: style.numberFormat,
      fill: style.fill,
      font: { bold: style.bold, italic: style.italic, color: style.fontColor },
      horizontalAlignment: style.horizontalAlignment,
      wrapText: style.wrapText,
    };
    if (this.isLiteralText(edit.sheet, edit.row, edit.col))
      batch.literal.add(id);
    batch.record.cells.push(state);
  }

  /**
   * Writes a cell. Contents for a sheet made in the same batch wait in `pending`: HyperFormula
   * takes a block of cells in one call many times faster than cell by cell (opening a file).
   */
  private writeCell(
    edit: CellEdit,
    pending?: Map<string, RawCellContent>,
  ): void {
    const content =
      edit.formula !== undefined
        ? edit.formula
        : edit.value !== undefined
          ? toRaw(edit.value)
          : undefined;
    if (content !== undefined) {
      if (pending) pending.set(cellKey(edit.row, edit.col), content);
      else
        this.engine.setCellContents(
          { sheet: this.sheetId(edit.sheet), row: edit.row, col: edit.col },
          content,
        );
    }
    const layout = this.layout(edit.sheet)!;
    const style: CellStyle = {
      ...(layout.styles.get(cellKey(edit.row, edit.col)) ?? DEFAULT_STYLE),
    };
    if (edit.numberFormat !== undefined) style.numberFormat = edit.numberFormat;
    if (edit.fill !== undefined) style.fill = edit.fill;
    if (edit.font?.bold !== undefined) style.bold = edit.font.bold;
    if (edit.font?.italic !== undefined) style.italic = edit.font.italic;
    if (edit.font?.color !== undefined) style.fontColor = edit.font.color;
    if (edit.horizontalAlignment !== undefined)
      style.horizontalAlignment = edit.horizontalAlignment;
    if (edit.wrapText !== undefined) style.wrapText = edit.wrapText;
    this.putStyle(layout, edit.row, edit.col, style);
  }

  private flush(batch: Batch): void {
    for (const [sheet, cells] of batch.pending) {
      if (cells.size === 0) continue;
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      const parsed: [number, number, RawCellContent][] = [];
      for (const [key, content] of cells) {
        const comma = key.indexOf(",");
        const row = Number(key.slice(0, comma));
        const col = Number(key.slice(comma + 1));
        parsed.push([row, col, content]);
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (col < left) left = col;
        if (col > right) right = col;
      }
      const block: RawCellContent[][] = Array.from(
        { length: bottom - top + 1 },
        () => new Array<RawCellContent>(right - left + 1).fill(null),
      );
      for (const [row, col, content] of parsed)
        block[row - top][col - left] = content;
      this.engine.setCellContents(
        { sheet: this.sheetId(sheet), row: top, col: left },
        block,
      );
    }
    batch.pending.clear();
  }

  private putStyle(
    layout: SheetLayout,
    row: number,
    col: number,
    style: CellStyle,
  ): void {
    if (isDefaultStyle(style)) layout.styles.delete(cellKey(row, col));
    else layout.styles.set(cellKey(row, col), style);
    if (style.numberFormat !== "General" || style.fill !== null) {
      const e = layout.formatExtent;
      layout.formatExtent = e
        ? {
            top: Math.min(e.top, row),
            left: Math.min(e.left, col),
            bottom: Math.max(e.bottom, row),
            right: Math.max(e.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
  }

  /** How far the sheet reaches (rows and columns from A1), cheaply, for drawing the grid. */
  extent(sheet: string): { rows: number; cols: number } {
    const id = this.engine.getSheetId(sheet);
    if (id === undefined) return { rows: 0, cols: 0 };
    const size = this.engine.getSheetDimensions(id);
    const formatted = this.layout(sheet)?.formatExtent;
    return {
      rows: Math.max(size.height, formatted ? formatted.bottom + 1 : 0),
      cols: Math.max(size.width, formatted ? formatted.right + 1 : 0),
    };
  }

  private setKind(sheet: string, kind: SheetKind | null): void {
    const id = this.sheetId(sheet);
    const exists = this.engine.getNamedExpression(KIND_NAME, id) !== undefined;
    if (kind === null) {
      if (exists) this.engine.removeNamedExpression(KIND_NAME, id);
    } else if (exists) {
      this.engine.changeNamedExpression(KIND_NAME, kindFormula(kind), id);
    } else {
      this.engine.addNamedExpression(KIND_NAME, kindFormula(kind), id);
    }
  }

  /** Refuses a batch that cannot be applied whole, before anything is written. */
  private check(edits: Edit[]): void {
    const names = new Set(this.sheetNames().map((n) => n.toLowerCase()));
    for (const edit of edits) {
      if (edit.op === "addSheet") {
        const problem = sheetNameProblem(edit.sheet);
        if (problem)
          throw failed(
            problem,
            `The sheet name "${edit.sheet}" is not allowed in Excel.`,
          );
        if (names.has(edit.sheet.toLowerCase()))
          throw failed(
            `Bladet "${edit.sheet}" finns redan.`,
            `The sheet "${edit.sheet}" already exists.`,
          );
        names.add(edit.sheet.toLowerCase());
        continue;
      }
      const sheetName = "range" in edit ? edit.range.sheet : edit.sheet;
      const existing = this.layout(sheetName);
      if (
        !names.has(sheetName.toLowerCase()) ||
        (existing === undefined && !this.addedIn(edits, sheetName))
      )
        throw failed(
          `Bladet "${sheetName}" finns inte.`,
          `The sheet "${sheetName}" does not exist.`,
          "notFound",
        );
      if (existing?.protected)
        throw failed(
          `Bladet "${sheetName}" är skyddat. Ta bort skyddet för att kunna ändra det.`,
          `The sheet "${sheetName}" is protected. Unprotect it to change it.`,
          "protected",
        );
      this.checkEdit(edit);
    }
  }

  private addedIn(edits: Edit[], sheet: string): boolean {
    return edits.some((e) => e.op === "addSheet" && e.sheet === sheet);
  }

  private checkEdit(edit: Exclude<Edit, { op: "addSheet" }>): void {
    const outside = (row: number, col: number) =>
      row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLUMNS;
    if (edit.op === "cell") {
      if (outside(edit.row, edit.col))
        throw failed(
          `Cellen (${edit.row}, ${edit.col}) ligger utanför bladet.`,
          `The cell (${edit.row}, ${edit.col}) is outside the sheet.`,
        );
      if (
        edit.formula !== undefined &&
        (!isFormula(edit.formula) || !this.engine.validateFormula(edit.formula))
      )
        throw failed(
          `Formeln ${edit.formula} kan inte tolkas.`,
          `The formula ${edit.formula} cannot be read.`,
        );
      if (typeof edit.value === "number" && !Number.isFinite(edit.value))
        throw failed("Ett tal måste vara ändligt.", "A number must be finite.");
    }
    if (edit.op === "validation" || edit.op === "conditionalFill") {
      const r: RangeRef = edit.range;
      if (
        outside(r.top, r.left) ||
        outside(r.bottom, r.right) ||
        r.top > r.bottom ||
        r.left > r.right
      )
        throw failed(
          "Området ligger utanför bladet.",
          "The range is outside the sheet.",
        );
    }
    if (
      edit.op === "columnWidth" &&
      (edit.col < 0 ||
        edit.col >= MAX_COLUMNS ||
        !(edit.width >= 0 && edit.width <= 255))
    )
      throw failed(
        "Kolumnbredden måste vara mellan 0 och 255 tecken.",
        "A column width must be 0 to 255 characters.",
      );
    if (edit.op === "freeze" && (edit.rows < 0 || edit.cols < 0))
      throw failed(
        "Låsta rader och kolumner kan inte vara negativa.",
        "Frozen rows and columns cannot be negative.",
      );
  }

  /** Puts back what `apply` changed. */
  undo(record: UndoRecord): void {
    this.engine.suspendEvaluation();
    try {
      this.restore(record);
    } finally {
      this.engine.resumeEvaluation();
    }
    this.literalText.delete(record.id);
    this.changed();
  }

  private restore(record: UndoRecord): void {
    const literal = this.literalText.get(record.id) ?? new Set<string>();
    for (const state of record.cells) {
      const layout = this.layout(state.sheet);
      if (!layout) continue;
      const address = {
        sheet: this.sheetId(state.sheet),
        row: state.row,
        col: state.col,
      };
      const isText = literal.has(
        `${state.sheet}!${cellKey(state.row, state.col)}`,
      );
      this.engine.setCellContents(
        address,
        isFormula(state.formula) && !isText
          ? state.formula
          : toRaw(state.formula),
      );
      this.putStyle(layout, state.row, state.col, {
        numberFormat: state.numberFormat,
        fill: state.fill,
        bold: state.font?.bold ?? false,
        italic: state.font?.italic ?? false,
        fontColor: state.font?.color ?? DEFAULT_STYLE.fontColor,
        horizontalAlignment: state.horizontalAlignment ?? "General",
        wrapText: state.wrapText ?? false,
      });
    }
    for (const { sheet, prior } of record.recordedKinds)
      if (this.layout(sheet)) this.setKind(sheet, prior);
    undoLayout(record, (sheet) => this.layout(sheet));
    for (const name of record.addedSheets) {
      const id = this.engine.getSheetId(name);
      if (id !== undefined) this.engine.removeSheet(id);
      this.layouts = this.layouts.filter((l) => l.name !== name);
      if (this.activeSheet === name)
        this.activeSheet = this.layouts[0]?.name ?? null;
      if (this.selection?.sheet === name) this.selection = null;
    }
  }

  // ---- loading ---------------------------------------------------------------------------

  /** Sets what a loaded file says about a sheet that no Edit expresses (hidden, protected). */
  setSheetState(
    name: string,
    state: {
      protected?: boolean;
      hiddenRows?: number[];
      hiddenColumns?: number[];
    },
  ): void {
    const layout = this.layout(name);
    if (!layout) return;
    if (state.protected !== undefined) layout.protected = state.protected;
    if (state.hiddenRows) layout.hiddenRows = new Set(state.hiddenRows);
    if (state.hiddenColumns)
      layout.hiddenColumns = new Set(state.hiddenColumns);
    this.changed();
  }
}

/** HyperFormula's raw content as Office.js `formulas` reports it. */
function fromRaw(raw: RawCellContent): CellValue {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw.startsWith("'") ? raw.slice(1) : raw;
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  return String(raw);
}

/** A constant for HyperFormula: text keeps a leading apostrophe so it is never parsed. */
function toRaw(value: CellValue | null): RawCellContent {
  if (value === null || value === "") return null;
  if (typeof value === "string") return `'${value}`;
  return value;
}
