/**
 * A small Excel for the Office.js port's tests, built on office-addin-mock's OfficeMockObject:
 * properties must be loaded and synced before they are read (reading early gives the mock's
 * error text), writes and method calls are queued and carried out in order at context.sync(),
 * and every sync is counted. Like Excel, a failing command stops the batch but leaves the
 * commands before it done — which is what the port's all-or-nothing promise has to handle.
 */
import { OfficeMockObject } from "office-addin-mock";
import { CellValue, columnLetter } from "../../src/core/workbook";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
/** Ranges larger than this get no content in the fake (the port must not load them whole). */
const LOADABLE_CELLS = 500_000;

export interface FakeCell {
  /** The formula ("=…") or the constant; "" when blank. */
  input: CellValue;
  /** The value shown (for a formula, what a test set as its result; else ""). */
  value: CellValue;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  italic: boolean;
  fontColor: string;
  horizontalAlignment: string;
  wrapText: boolean;
  /** Text typed behind an apostrophe. */
  quotePrefix: boolean;
}

export interface FakeConditionalFormat {
  top: number;
  left: number;
  bottom: number;
  right: number;
  type: string;
  priority: number;
  fill?: string;
  fontColor?: string;
  rule?: { formula1: string; operator: string };
}

export interface FakeValidation {
  top: number;
  left: number;
  bottom: number;
  right: number;
  type: string;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
}

export interface FakeSheet {
  name: string;
  cells: Map<string, FakeCell>;
  protected: boolean;
  names: Map<string, string>;
  freeze: { rows: number; cols: number };
  /** Column widths in points (Excel's default: 48 points = 8.43 characters). */
  widths: Map<number, number>;
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
}

export const DEFAULT_WIDTH_POINTS = 48;

export function blankCell(): FakeCell {
  return {
    input: "",
    value: "",
    numberFormat: "General",
    fill: null,
    bold: false,
    italic: false,
    fontColor: "#000000",
    horizontalAlignment: "General",
    wrapText: false,
    quotePrefix: false,
  };
}

const key = (row: number, col: number) => `${row},${col}`;

class FakeExcelError extends Error {
  constructor(readonly code: string) {
    super(`RichApi.Error: ${code}`);
    this.name = "RichApi.Error";
  }
}

type Op = () => void;
type Mock = OfficeMockObject;
/** The mock's own bookkeeping, which a child built here must join. */
interface MockInternals {
  _isObject: boolean;
  _properties: Map<string, Mock>;
}

/** Builds a mock whose listed properties are queued as writes when the port sets them. */
interface Spec {
  data: Record<string, unknown>;
  writes?: Record<string, (value: unknown) => void>;
  children?: Record<string, Spec>;
  /** Set outside the mock's load/sync rules (isNullObject, collections). */
  plain?: Record<string, unknown>;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  activeSheet = "";
  selected: { sheet: string; address: string } | null = null;
  syncCount = 0;
  /** Every sync of every Excel.run, with the number of commands it carried. */
  readonly trips: number[] = [];
  /** Makes every sync fail as Excel does while the user is editing a cell. */
  cellEditMode = false;
  private failure: { code: string; afterOps: number; atSync: number } | null =
    null;
  private queue: Op[] = [];
  private mocks: Mock[] = [];
  private results: { settled: boolean }[] = [];
  private settling = 0;

  constructor(names: string[] = ["Blad1"]) {
    for (const name of names) this.addSheet(name);
    this.activeSheet = names[0] ?? "";
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      protected: false,
      names: new Map(),
      freeze: { rows: 0, cols: 0 },
      widths: new Map(),
      validations: [],
      conditionalFormats: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  cell(sheet: string, row: number, col: number): FakeCell {
    return this.sheet(sheet).cells.get(key(row, col)) ?? blankCell();
  }

  /** Sets cells directly (test setup), bypassing the queue. */
  setCell(
    sheet: string,
    row: number,
    col: number,
    cell: Partial<FakeCell>,
  ): void {
    const s = this.sheet(sheet);
    const current = s.cells.get(key(row, col)) ?? blankCell();
    const next = { ...current, ...cell };
    if (
      cell.input !== undefined &&
      cell.value === undefined &&
      typeof cell.input !== "string"
    )
      next.value = cell.input;
    if (
      cell.input !== undefined &&
      cell.value === undefined &&
      typeof cell.input === "string" &&
      !cell.input.startsWith("=")
    )
      next.value = cell.input;
    s.cells.set(key(row, col), next);
  }

  /** The next sync carries out `afterOps` commands and then fails with the code. */
  failNextSync(code: string, afterOps = 0): void {
    this.failure = { code, afterOps, atSync: this.syncCount + 1 };
  }

  /** The sync that is the `trip`-th from now fails that way. */
  failSyncFromNow(trip: number, code: string, afterOps = 0): void {
    this.failure = { code, afterOps, atSync: this.syncCount + trip };
  }

  /** The Excel global the port calls. */
  install(): void {
    (globalThis as Record<string, unknown>).Excel = {
      run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
        this.queue = [];
        return batch(this.context());
      },
    };
  }

  private context() {
    return {
      workbook: { worksheets: this.worksheetCollection() },
      sync: () => this.sync(),
    };
  }

  private async sync(): Promise<void> {
    this.syncCount += 1;
    const ops = this.queue;
    this.queue = [];
    this.trips.push(ops.length);
    if (this.cellEditMode)
      throw new FakeExcelError("InvalidOperationInCellEditMode");
    const failure =
      this.failure?.atSync === this.syncCount ? this.failure : null;
    if (failure) this.failure = null;
    ops.forEach((op, index) => {
      if (failure && index === failure.afterOps)
        throw new FakeExcelError(failure.code);
      op();
    });
    if (failure && ops.length <= failure.afterOps)
      throw new FakeExcelError(failure.code);
    // Loaded properties become readable: the mock's own sync, with its writes not counted.
    this.settling += 1;
    try {
      for (const result of this.results) result.settled = true;
      for (const mock of this.mocks) await mock.sync();
      await new Promise((resolve) => setTimeout(resolve, 0));
    } finally {
      this.settling -= 1;
    }
  }

  private build(spec: Spec): Mock {
    const mock = new OfficeMockObject(spec.data);
    for (const [name, childSpec] of Object.entries(spec.children ?? {})) {
      const child = this.build(childSpec);
      (child as unknown as MockInternals)._isObject = true;
      (mock as unknown as MockInternals)._properties.set(name, child);
      mock[name] = child;
    }
    Object.assign(mock, spec.plain ?? {});
    const fake = this;
    const proxy = new Proxy(mock, {
      set(target, prop, value, receiver) {
        const write =
          typeof prop === "string" ? spec.writes?.[prop] : undefined;
        if (write && fake.settling === 0) fake.queue.push(() => write(value));
        return Reflect.set(target, prop, value, receiver);
      },
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop === "load" && typeof value === "function") {
          return (...args: unknown[]) => {
            fake.settling += 1;
            try {
              return value.apply(receiver, args);
            } finally {
              fake.settling -= 1;
            }
          };
        }
        return value;
      },
    });
    this.mocks.push(proxy);
    return proxy;
  }

  private clientResult<T>(compute: () => T): { readonly value: T } {
    const state = { settled: false };
    this.results.push(state);
    const value = compute();
    return {
      get value(): T {
        if (!state.settled)
          throw new Error("ClientResult read before context.sync()");
        return value;
      },
    };
  }

  private writeGuard(sheet: FakeSheet): void {
    if (sheet.protected) throw new FakeExcelError("AccessDenied");
  }

  // ---- collections -------------------------------------------------------------------------

  private worksheetCollection() {
    const fake = this;
    let loaded = false;
    let withProtection = false;
    let items: Mock[] = [];
    this.results.push({
      get settled() {
        return false;
      },
      set settled(done: boolean) {
        if (!done || !loaded) return;
        items = fake.sheets.map((s) => {
          const worksheet = fake.worksheet(s);
          worksheet.load("name");
          if (withProtection) worksheet.protection.load("protected");
          return worksheet;
        });
      },
    });
    return {
      load(what: string) {
        const wanted = what.replace(/\s/g, "");
        if (!/^items\/name(,items\/protection\/protected)?$/.test(wanted))
          throw new Error(`fake cannot load ${what}`);
        loaded = true;
        withProtection = wanted.includes("protection");
      },
      get items() {
        if (!loaded) throw new Error("worksheets.items read without load");
        return items;
      },
      getItem: (name: string) => {
        const sheet = fake.sheets.find((s) => s.name === name);
        if (!sheet) {
          fake.queue.push(() => {
            throw new FakeExcelError("ItemNotFound");
          });
          return fake.worksheet(fake.phantom(name));
        }
        return fake.worksheet(sheet);
      },
      getActiveWorksheet: () => fake.worksheet(fake.sheet(fake.activeSheet)),
      add: (name: string) => {
        const pending = fake.phantom(name);
        fake.queue.push(() => {
          if (
            fake.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())
          )
            throw new FakeExcelError("ItemAlreadyExists");
          fake.sheets.push(pending);
        });
        return fake.worksheet(pending);
      },
    };
  }

  private phantom(name: string): FakeSheet {
    return {
      name,
      cells: new Map(),
      protected: false,
      names: new Map(),
      freeze: { rows: 0, cols: 0 },
      widths: new Map(),
      validations: [],
      conditionalFormats: [],
    };
  }

  private worksheet(sheet: FakeSheet): Mock {
    const fake = this;
    return this.build({
      data: {
        name: sheet.name,
        getRangeByIndexes: (
          row: number,
          col: number,
          rows: number,
          cols: number,
        ) => fake.range(sheet, row, col, rows, cols),
        getRange: (address: string) => {
          const [first, second = first] = address.split(":");
          const a = parseCell(first);
          const b = parseCell(second);
          return fake.range(
            sheet,
            a.row,
            a.col,
            b.row - a.row + 1,
            b.col - a.col + 1,
          );
        },
        getUsedRangeOrNullObject: () =>
          fake.usedRange(sheet, 0, 0, MAX_ROWS, MAX_COLUMNS),
        activate: () => {
          fake.queue.push(() => {
            fake.activeSheet = sheet.name;
          });
        },
        delete: () => {
          fake.queue.push(() => {
            const index = fake.sheets.indexOf(sheet);
            if (index < 0) throw new FakeExcelError("ItemNotFound");
            fake.sheets.splice(index, 1);
            if (fake.activeSheet === sheet.name)
              fake.activeSheet = fake.sheets[0]?.name ?? "";
          });
        },
      },
      children: { protection: { data: { protected: sheet.protected } } },
      plain: {
        names: this.namesOf(sheet),
        freezePanes: this.freezePanes(sheet),
      },
    });
  }

  private namesOf(sheet: FakeSheet) {
    const fake = this;
    const item = (name: string, exists: boolean) =>
      fake.build({
        data: {
          formula: sheet.names.get(name),
          delete: () => {
            fake.queue.push(() => {
              fake.writeGuard(sheet);
              if (!sheet.names.delete(name))
                throw new FakeExcelError("ItemNotFound");
            });
          },
        },
        writes: {
          formula: (value) => {
            fake.writeGuard(sheet);
            sheet.names.set(name, String(value));
          },
        },
        plain: { isNullObject: !exists },
      });
    return {
      getItemOrNullObject: (name: string) => item(name, sheet.names.has(name)),
      getItem: (name: string) => {
        if (!sheet.names.has(name))
          fake.queue.push(() => {
            throw new FakeExcelError("ItemNotFound");
          });
        return item(name, true);
      },
      add: (name: string, formula: string) => {
        fake.queue.push(() => {
          fake.writeGuard(sheet);
          if (sheet.names.has(name))
            throw new FakeExcelError("ItemAlreadyExists");
          sheet.names.set(name, formula);
        });
        return item(name, true);
      },
    };
  }

  private freezePanes(sheet: FakeSheet) {
    const fake = this;
    const set = (rows: number, cols: number) =>
      fake.queue.push(() => {
        sheet.freeze = { rows, cols };
      });
    return {
      unfreeze: () => set(0, 0),
      freezeRows: (count: number) => set(count, 0),
      freezeColumns: (count: number) => set(0, count),
      freezeAt: (range: Mock) => set(range.rowCount_, range.columnCount_),
      getLocationOrNullObject: () => {
        const { rows, cols } = sheet.freeze;
        if (rows === 0 && cols === 0) return fake.nullRange();
        return fake.range(sheet, 0, 0, rows || MAX_ROWS, cols || MAX_COLUMNS);
      },
    };
  }

  // ---- ranges ------------------------------------------------------------------------------

  private nullRange(): Mock {
    return this.build({
      data: {
        values: undefined,
        formulas: undefined,
        numberFormat: undefined,
        rowIndex: undefined,
        columnIndex: undefined,
        rowCount: undefined,
        columnCount: undefined,
      },
      plain: { isNullObject: true },
    });
  }

  private usedRange(
    sheet: FakeSheet,
    top: number,
    left: number,
    rows: number,
    cols: number,
  ): Mock {
    let minRow = Infinity;
    let minCol = Infinity;
    let maxRow = -1;
    let maxCol = -1;
    for (const [k, cell] of sheet.cells) {
      if (isBlankCell(cell)) continue;
      const [row, col] = k.split(",").map(Number);
      if (row < top || row >= top + rows || col < left || col >= left + cols)
        continue;
      minRow = Math.min(minRow, row);
      minCol = Math.min(minCol, col);
      maxRow = Math.max(maxRow, row);
      maxCol = Math.max(maxCol, col);
    }
    if (maxRow < 0) return this.nullRange();
    return this.range(
      sheet,
      minRow,
      minCol,
      maxRow - minRow + 1,
      maxCol - minCol + 1,
    );
  }

  private range(
    sheet: FakeSheet,
    top: number,
    left: number,
    rows: number,
    cols: number,
  ): Mock {
    const fake = this;
    const loadable = rows * cols <= LOADABLE_CELLS;
    const grid = <T>(pick: (cell: FakeCell) => T): T[][] | string =>
      loadable
        ? Array.from({ length: rows }, (_, r) =>
            Array.from({ length: cols }, (_, c) =>
              pick(fake.cellIn(sheet, top + r, left + c)),
            ),
          )
        : "range too large for the fake";
    const eachCell = (
      input: unknown[][],
      apply: (cell: FakeCell, value: unknown) => void,
    ) => {
      fake.writeGuard(sheet);
      input.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          const current = { ...fake.cellIn(sheet, top + r, left + c) };
          apply(current, value);
          sheet.cells.set(key(top + r, left + c), current);
        }),
      );
    };
    const address = `${sheet.name}!${columnLetter(left)}${top + 1}:${columnLetter(left + cols - 1)}${top + rows}`;
    const validation = sheet.validations.find(
      (v) =>
        v.top === top &&
        v.left === left &&
        v.bottom === top + rows - 1 &&
        v.right === left + cols - 1,
    );

    return this.build({
      data: {
        values: grid((cell) => cell.value),
        formulas: grid((cell) => cell.input),
        numberFormat: grid((cell) => cell.numberFormat),
        rowIndex: top,
        columnIndex: left,
        rowCount: rows,
        columnCount: cols,
        address,
        getUsedRangeOrNullObject: () =>
          fake.usedRange(sheet, top, left, rows, cols),
        getEntireColumn: () => fake.range(sheet, 0, left, MAX_ROWS, cols),
        getCellProperties: () =>
          fake.clientResult(() =>
            Array.from({ length: rows }, (_, r) =>
              Array.from({ length: cols }, (_, c) => {
                const cell = fake.cellIn(sheet, top + r, left + c);
                return {
                  format: {
                    fill: {
                      color: cell.fill ?? "#FFFFFF",
                      pattern: cell.fill ? "Solid" : "None",
                    },
                    font: {
                      bold: cell.bold,
                      italic: cell.italic,
                      color: cell.fontColor,
                    },
                    horizontalAlignment: cell.horizontalAlignment,
                    wrapText: cell.wrapText,
                  },
                };
              }),
            ),
          ),
        setCellProperties: (input: Excel.SettableCellProperties[][]) => {
          fake.queue.push(() =>
            eachCell(input, (cell, value) => {
              const format =
                (value as Excel.SettableCellProperties).format ?? {};
              if (format.fill?.color !== undefined)
                cell.fill = format.fill.color.toUpperCase();
              if (format.font?.bold !== undefined) cell.bold = format.font.bold;
              if (format.font?.italic !== undefined)
                cell.italic = format.font.italic;
              if (format.font?.color !== undefined)
                cell.fontColor = format.font.color.toUpperCase();
              if (format.horizontalAlignment !== undefined)
                cell.horizontalAlignment = format.horizontalAlignment;
              if (format.wrapText !== undefined)
                cell.wrapText = format.wrapText;
            }),
          );
        },
        select: () => {
          fake.queue.push(() => {
            fake.selected = {
              sheet: sheet.name,
              address: address.split("!")[1],
            };
          });
        },
      },
      writes: {
        formulas: (value) =>
          eachCell(value as unknown[][], (cell, input) =>
            typeInto(cell, input as CellValue),
          ),
        values: (value) =>
          eachCell(value as unknown[][], (cell, input) =>
            typeInto(cell, input as CellValue),
          ),
        numberFormat: (value) =>
          eachCell(value as unknown[][], (cell, format) => {
            cell.numberFormat = String(format);
          }),
      },
      children: {
        format: {
          data: { columnWidth: sheet.widths.get(left) ?? DEFAULT_WIDTH_POINTS },
          writes: {
            columnWidth: (value) => {
              fake.writeGuard(sheet);
              for (let c = left; c < left + cols; c++)
                sheet.widths.set(c, Number(value));
            },
          },
          children: {
            fill: {
              data: {
                color: undefined,
                clear: () =>
                  fake.queue.push(() =>
                    eachCell(
                      Array.from({ length: rows }, () =>
                        Array(cols).fill(true),
                      ),
                      (cell) => {
                        cell.fill = null;
                      },
                    ),
                  ),
              },
              writes: {
                color: (value) =>
                  eachCell(
                    Array.from({ length: rows }, () => Array(cols).fill(value)),
                    (cell, color) => {
                      cell.fill = String(color).toUpperCase();
                    },
                  ),
              },
            },
          },
        },
      },
      plain: {
        isNullObject: false,
        rowCount_: rows,
        columnCount_: cols,
        dataValidation: this.dataValidation(
          sheet,
          top,
          left,
          rows,
          cols,
          validation,
        ),
        conditionalFormats: this.conditionalFormats(
          sheet,
          top,
          left,
          rows,
          cols,
        ),
      },
    });
  }

  private cellIn(sheet: FakeSheet, row: number, col: number): FakeCell {
    return sheet.cells.get(key(row, col)) ?? blankCell();
  }

  private dataValidation(
    sheet: FakeSheet,
    top: number,
    left: number,
    rows: number,
    cols: number,
    current: FakeValidation | undefined,
  ) {
    const fake = this;
    const rect = { top, left, bottom: top + rows - 1, right: left + cols - 1 };
    const state = { settled: false };
    let loaded = false;
    this.results.push(state);
    const same = (v: FakeValidation) =>
      v.top === rect.top &&
      v.left === rect.left &&
      v.bottom === rect.bottom &&
      v.right === rect.right;
    const gate = <T>(value: T): T => {
      if (!loaded || !state.settled)
        throw new Error("dataValidation read before load and sync");
      return value;
    };
    return {
      load: () => {
        loaded = true;
      },
      get type() {
        return gate(current?.type ?? "None");
      },
      get rule() {
        return gate(current?.rule ?? {});
      },
      clear: () =>
        fake.queue.push(() => {
          fake.writeGuard(sheet);
          sheet.validations = sheet.validations.filter((v) => !same(v));
        }),
      set rule(rule: Record<string, unknown>) {
        fake.queue.push(() => {
          fake.writeGuard(sheet);
          sheet.validations = sheet.validations.filter((v) => !same(v));
          const type = rule.list
            ? "List"
            : rule.wholeNumber
              ? "WholeNumber"
              : "Custom";
          sheet.validations.push({
            ...rect,
            type,
            rule: JSON.parse(JSON.stringify(rule)),
          });
        });
      },
      set errorAlert(alert: Record<string, unknown>) {
        fake.queue.push(() => {
          const v = sheet.validations.find(same);
          if (v) v.errorAlert = alert;
        });
      },
    };
  }

  private conditionalFormats(
    sheet: FakeSheet,
    top: number,
    left: number,
    rows: number,
    cols: number,
  ) {
    const fake = this;
    const rect = { top, left, bottom: top + rows - 1, right: left + cols - 1 };
    let loaded = false;
    let items: { type: string; priority: number; delete: () => void }[] = [];
    const state = {
      set settled(done: boolean) {
        if (!done || !loaded) return;
        items = sheet.conditionalFormats
          .filter(
            (f) =>
              f.top <= rect.bottom &&
              f.bottom >= rect.top &&
              f.left <= rect.right &&
              f.right >= rect.left,
          )
          .map((format) => ({
            type: format.type,
            priority: format.priority,
            delete: () =>
              fake.queue.push(() => {
                sheet.conditionalFormats = sheet.conditionalFormats.filter(
                  (f) => f !== format,
                );
                sheet.conditionalFormats.forEach((f, i) => (f.priority = i));
              }),
          }));
      },
      get settled() {
        return false;
      },
    };
    this.results.push(state);
    return {
      load: () => {
        loaded = true;
      },
      get items() {
        if (!loaded)
          throw new Error("conditionalFormats.items read without load");
        return items;
      },
      add: (type: string) => {
        const format: FakeConditionalFormat = { ...rect, type, priority: 0 };
        fake.queue.push(() => {
          fake.writeGuard(sheet);
          sheet.conditionalFormats.unshift(format);
          sheet.conditionalFormats.forEach((f, i) => (f.priority = i));
        });
        const later = (apply: () => void) => fake.queue.push(apply);
        return {
          cellValue: {
            format: {
              fill: {
                set color(value: string) {
                  later(() => (format.fill = value.toUpperCase()));
                },
              },
              font: {
                set color(value: string) {
                  later(() => (format.fontColor = value.toUpperCase()));
                },
              },
            },
            set rule(value: { formula1: string; operator: string }) {
              later(() => (format.rule = { ...value }));
            },
          },
        };
      },
    };
  }
}

function isBlankCell(cell: FakeCell): boolean {
  return (
    cell.input === "" && cell.numberFormat === "General" && cell.fill === null
  );
}

function parseCell(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`bad address ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase())
    col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/**
 * What Excel (Swedish locale) makes of typed input: an apostrophe keeps text, "=…" (and
 * "+…", "-…", "@…") is a formula, number-like text becomes a number, SANT/TRUE a boolean.
 */
export function typeInto(cell: FakeCell, input: CellValue): void {
  cell.quotePrefix = false;
  if (typeof input !== "string") {
    cell.input = input;
    cell.value = input;
    return;
  }
  if (input === "") {
    cell.input = "";
    cell.value = "";
    return;
  }
  if (input.startsWith("'")) {
    cell.input = input.slice(1);
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const numeric = input.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (/^[+-]?\d+(\.\d+)?%?$/.test(numeric)) {
    const n =
      Number(numeric.replace("%", "")) / (numeric.endsWith("%") ? 100 : 1);
    cell.input = n;
    cell.value = n;
    return;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(input)) {
    cell.input = 44000;
    cell.value = 44000;
    return;
  }
  if (/^(sant|true|falskt|false)$/i.test(input)) {
    const b = /^(sant|true)$/i.test(input);
    cell.input = b;
    cell.value = b;
    return;
  }
  if (/^[=+\-@]/.test(input)) {
    cell.input = input.startsWith("=") ? input : `=${input}`;
    cell.value = "";
    return;
  }
  cell.input = input;
  cell.value = input;
}
