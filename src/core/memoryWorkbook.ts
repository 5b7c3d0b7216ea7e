/**
 * A workbook held in memory: cells with content and format, applied Edits and their undo.
 * It is the reference for what `apply` and `undo` mean — the Excel and preview ports must
 * behave the same — and it turns a template's Edits into a snapshot without a host.
 * Formulas are kept as text; it does not compute them (a formula cell's value is "" unless
 * a computed value is supplied).
 */
import {
  CellState,
  CellValue,
  Edit,
  SheetKind,
  SheetSnapshot,
  UndoRecord,
  WorkbookSnapshot,
  emptyUndoRecord,
  isFormula,
} from "./workbook";
import { SheetLayoutState, applyLayoutEdit, undoLayout } from "./layoutEdits";

export interface MemoryCell {
  /** The formula ("=…") or the constant; "" when blank. */
  content: CellValue;
  /** The value shown; for a constant, the constant itself. */
  value: CellValue;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  horizontalAlignment: string;
  wrapText: boolean;
}

/** A sheet: its cells, its recorded kind and protection, and its layout (layoutEdits.ts). */
export interface MemorySheet extends SheetLayoutState {
  name: string;
  cells: Map<string, MemoryCell>;
  kind: SheetKind | null;
  protected: boolean;
}

function blankCell(): MemoryCell {
  return {
    content: "",
    value: "",
    numberFormat: "General",
    fill: null,
    bold: false,
    italic: false,
    fontColor: "#000000",
    horizontalAlignment: "General",
    wrapText: false,
  };
}

const key = (row: number, col: number) => `${row},${col}`;

export class MemoryWorkbookError extends Error {}

export class MemoryWorkbook {
  readonly sheets: MemorySheet[] = [];
  activeSheet: string | null = null;
  /**
   * What cells that held "=…" showed before each batch, by record id and cell: a CellState
   * keeps only the content, which cannot tell text that reads "=1+1" from a formula.
   */
  private priorShown = new Map<string, Map<string, CellValue>>();

  constructor(sheetNames: string[] = []) {
    for (const name of sheetNames) this.addSheet(name);
  }

  /** A workbook holding the given snapshot's cells (values as constants, formulas as text). */
  static fromSnapshot(snapshot: WorkbookSnapshot): MemoryWorkbook {
    const book = new MemoryWorkbook();
    for (const s of snapshot.sheets) {
      const sheet = book.addSheet(s.name);
      sheet.kind = s.recordedKind ?? null;
      sheet.protected = Boolean(s.protected);
      s.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const content = s.formulas[r]?.[c] ?? value;
          const format = s.numberFormat[r]?.[c] ?? "General";
          if (content === "" && format === "General") return;
          sheet.cells.set(key(s.top + r, s.left + c), {
            ...blankCell(),
            content,
            value,
            numberFormat: format,
          });
        }),
      );
    }
    book.activeSheet = snapshot.activeSheet ?? snapshot.sheets[0]?.name ?? null;
    return book;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  addSheet(name: string): MemorySheet {
    if (this.sheet(name))
      throw new MemoryWorkbookError(`Bladet "${name}" finns redan.`);
    const sheet: MemorySheet = {
      name,
      cells: new Map(),
      kind: null,
      columnWidths: new Map(),
      freeze: { rows: 0, cols: 0 },
      validations: [],
      conditionalFills: [],
      protected: false,
    };
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    return sheet;
  }

  cell(sheetName: string, row: number, col: number): MemoryCell {
    return this.sheet(sheetName)?.cells.get(key(row, col)) ?? blankCell();
  }

  /** Sets a cell's shown value (a host computing a formula would do this). */
  setComputedValue(
    sheetName: string,
    row: number,
    col: number,
    value: CellValue,
  ): void {
    const sheet = this.requireSheet(sheetName);
    const cell = sheet.cells.get(key(row, col)) ?? blankCell();
    sheet.cells.set(key(row, col), { ...cell, value });
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new MemoryWorkbookError(`Bladet "${name}" finns inte.`);
    return sheet;
  }

  private stateOf(sheetName: string, row: number, col: number): CellState {
    const cell = this.cell(sheetName, row, col);
    return {
      sheet: sheetName,
      row,
      col,
      formula: cell.content,
      numberFormat: cell.numberFormat,
      fill: cell.fill,
      font: { bold: cell.bold, italic: cell.italic, color: cell.fontColor },
      horizontalAlignment: cell.horizontalAlignment,
      wrapText: cell.wrapText,
    };
  }

  /**
   * Applies a batch: either every edit or none (it is checked before anything is written).
   * Returns what undo needs.
   */
  apply(edits: Edit[], label: string): UndoRecord {
    this.check(edits);
    const record = emptyUndoRecord(label);
    const created = new Set<string>();
    const captured = new Set<string>();
    const shown = new Map<string, CellValue>();
    for (const edit of edits) {
      switch (edit.op) {
        case "addSheet": {
          this.addSheet(edit.sheet);
          created.add(edit.sheet);
          record.addedSheets.push(edit.sheet);
          if (edit.activate) this.activeSheet = edit.sheet;
          break;
        }
        case "cell": {
          const sheet = this.requireSheet(edit.sheet);
          const id = `${edit.sheet}!${key(edit.row, edit.col)}`;
          if (!created.has(edit.sheet) && !captured.has(id)) {
            const state = this.stateOf(edit.sheet, edit.row, edit.col);
            record.cells.push(state);
            captured.add(id);
            if (isFormula(state.formula))
              shown.set(id, this.cell(edit.sheet, edit.row, edit.col).value);
          }
          const cell = {
            ...(sheet.cells.get(key(edit.row, edit.col)) ?? blankCell()),
          };
          if (edit.formula !== undefined) {
            cell.content = edit.formula;
            cell.value = "";
          } else if (edit.value !== undefined) {
            cell.content = edit.value ?? "";
            cell.value = edit.value ?? "";
          }
          if (edit.numberFormat !== undefined)
            cell.numberFormat = edit.numberFormat;
          if (edit.fill !== undefined) cell.fill = edit.fill;
          if (edit.font?.bold !== undefined) cell.bold = edit.font.bold;
          if (edit.font?.italic !== undefined) cell.italic = edit.font.italic;
          if (edit.font?.color !== undefined) cell.fontColor = edit.font.color;
          if (edit.horizontalAlignment !== undefined)
            cell.horizontalAlignment = edit.horizontalAlignment;
          if (edit.wrapText !== undefined) cell.wrapText = edit.wrapText;
          sheet.cells.set(key(edit.row, edit.col), cell);
          break;
        }
        case "recordKind": {
          const sheet = this.requireSheet(edit.sheet);
          if (!created.has(edit.sheet))
            record.recordedKinds.push({ sheet: edit.sheet, prior: sheet.kind });
          sheet.kind = edit.kind;
          break;
        }
        case "columnWidth":
        case "freeze":
          applyLayoutEdit(
            this.requireSheet(edit.sheet),
            edit,
            record,
            !created.has(edit.sheet),
          );
          break;
        case "validation":
        case "conditionalFill":
          applyLayoutEdit(
            this.requireSheet(edit.range.sheet),
            edit,
            record,
            !created.has(edit.range.sheet),
          );
          break;
      }
    }
    if (shown.size > 0) this.priorShown.set(record.id, shown);
    return record;
  }

  /** Refuses a batch that cannot be applied whole, before anything is written. */
  private check(edits: Edit[]): void {
    const names = new Set(this.sheets.map((s) => s.name));
    for (const edit of edits) {
      if (edit.op === "addSheet") {
        if (names.has(edit.sheet))
          throw new MemoryWorkbookError(`Bladet "${edit.sheet}" finns redan.`);
        names.add(edit.sheet);
        continue;
      }
      const sheetName = "range" in edit ? edit.range.sheet : edit.sheet;
      if (!names.has(sheetName))
        throw new MemoryWorkbookError(`Bladet "${sheetName}" finns inte.`);
      if (this.sheet(sheetName)?.protected)
        throw new MemoryWorkbookError(`Bladet "${sheetName}" är skyddat.`);
      if (
        edit.op === "cell" &&
        (edit.row < 0 ||
          edit.col < 0 ||
          edit.row >= 1048576 ||
          edit.col >= 16384)
      ) {
        throw new MemoryWorkbookError(
          `Cellen (${edit.row}, ${edit.col}) ligger utanför bladet.`,
        );
      }
    }
  }

  /** Puts back what `apply` changed, newest change last undone first. */
  undo(record: UndoRecord): void {
    for (const name of record.addedSheets) {
      const index = this.sheets.findIndex((s) => s.name === name);
      if (index >= 0) this.sheets.splice(index, 1);
      if (this.activeSheet === name)
        this.activeSheet = this.sheets[0]?.name ?? null;
    }
    const shown = this.priorShown.get(record.id);
    this.priorShown.delete(record.id);
    for (const state of record.cells) {
      const sheet = this.sheet(state.sheet);
      if (!sheet) continue;
      const restored: MemoryCell = {
        content: state.formula,
        value: isFormula(state.formula)
          ? (shown?.get(`${state.sheet}!${key(state.row, state.col)}`) ?? "")
          : state.formula,
        numberFormat: state.numberFormat,
        fill: state.fill,
        bold: state.font?.bold ?? false,
        italic: state.font?.italic ?? false,
        fontColor: state.font?.color ?? "#000000",
        horizontalAlignment: state.horizontalAlignment ?? "General",
        wrapText: state.wrapText ?? false,
      };
      const isBlank = JSON.stringify(restored) === JSON.stringify(blankCell());
      if (isBlank) sheet.cells.delete(key(state.row, state.col));
      else sheet.cells.set(key(state.row, state.col), restored);
    }
    for (const { sheet: name, prior } of record.recordedKinds) {
      const sheet = this.sheet(name);
      if (sheet) sheet.kind = prior;
    }
    undoLayout(record, (name) => this.sheet(name));
  }

  /** The used range of every sheet, in the shapes Office.js returns. */
  toSnapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((sheet) => this.sheetSnapshot(sheet)),
      activeSheet: this.activeSheet ?? undefined,
    };
  }

  private sheetSnapshot(sheet: MemorySheet): SheetSnapshot {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of sheet.cells) {
      if (
        cell.content === "" &&
        cell.numberFormat === "General" &&
        cell.fill === null
      )
        continue;
      const [row, col] = k.split(",").map(Number);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    const base = {
      name: sheet.name,
      protected: sheet.protected,
      ...(sheet.kind ? { recordedKind: sheet.kind } : {}),
    };
    if (bottom < 0)
      return {
        ...base,
        top: 0,
        left: 0,
        values: [],
        formulas: [],
        numberFormat: [],
      };
    const values: CellValue[][] = [];
    const formulas: CellValue[][] = [];
    const numberFormat: string[][] = [];
    for (let r = top; r <= bottom; r++) {
      const vRow: CellValue[] = [];
      const fRow: CellValue[] = [];
      const nRow: string[] = [];
      for (let c = left; c <= right; c++) {
        const cell = sheet.cells.get(key(r, c)) ?? blankCell();
        vRow.push(cell.value);
        fRow.push(cell.content);
        nRow.push(cell.numberFormat);
      }
      values.push(vRow);
      formulas.push(fRow);
      numberFormat.push(nRow);
    }
    return { ...base, top, left, values, formulas, numberFormat };
  }
}
