/**
 * The sheet as a spreadsheet: column letters and row numbers, cells drawn with their number
 * formats, fills, fonts and conditional fills, frozen panes, the selection, and an in-cell
 * editor. Only the visible cells are in the DOM, so a sheet of a million rows scrolls as
 * smoothly as one of ten.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetter, toA1 } from "../../core/workbook";
import { GridSelection, PreviewWorkbook } from "../model/previewWorkbook";
import { DEFAULT_COLUMN_WIDTH } from "../../core/layoutEdits";
import { rangeContains } from "../model/styles";
import { showValue } from "../format/numberFormat";
import { extend, onEditorKey, onGridKey, single } from "./gridKeys";
import { ValidationList, validationListId } from "./ValidationList";

export { single };
import {
  Geometry,
  HEADER_HEIGHT,
  ROW_HEADER_WIDTH,
  ROW_HEIGHT,
  columnPixels,
} from "./geometry";

export interface EditState {
  sheet: string;
  row: number;
  col: number;
  draft: string;
  /** "enter": started by typing, arrows commit; "edit": F2 or the formula bar, arrows move the caret. */
  mode: "enter" | "edit";
  /** Where the caret is: in the cell or in the formula bar. */
  place: "cell" | "bar";
}

export interface GridProps {
  book: PreviewWorkbook;
  version: number;
  sheet: string;
  selection: GridSelection | null;
  editing: EditState | null;
  label: string;
  /** Changes when the grid should take the keyboard (after the name box or formula bar). */
  focusRequest: number;
  onSelect(selection: GridSelection): void;
  onStartEdit(mode: EditState["mode"], draft?: string): void;
  onDraftChange(draft: string): void;
  /** Commits the editor and moves the selection by (rows, cols); false when it was refused. */
  onCommit(move: { rows: number; cols: number }): boolean;
  onCancel(): void;
  onClear(): void;
  /** The selection as tab-separated text, as Excel copies it. */
  onCopy(): string;
  /** Tab-separated text pasted at the selection. */
  onPaste(text: string): void;
}

const SELECTION = "#217346";
const GRID_LINE = "#E1DFDD";

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: "#FFFFFF",
    outlineStyle: "none",
    fontFamily: '"Aptos Narrow", Calibri, "Segoe UI", Arial, sans-serif',
    fontSize: "14px",
    color: "#000000",
    userSelect: "none",
  },
  row: { display: "contents" },
  viewport: {
    position: "sticky",
    top: 0,
    left: 0,
    overflow: "hidden",
  },
  cell: {
    position: "absolute",
    boxSizing: "border-box",
    borderRight: `1px solid ${GRID_LINE}`,
    borderBottom: `1px solid ${GRID_LINE}`,
    paddingLeft: "3px",
    paddingRight: "3px",
    lineHeight: `${ROW_HEIGHT - 1}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "clip",
  },
  header: {
    position: "absolute",
    boxSizing: "border-box",
    backgroundColor: "#F5F5F5",
    color: "#424242",
    borderRight: "1px solid #D1D1D1",
    borderBottom: "1px solid #D1D1D1",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "12px",
    textAlign: "center",
    lineHeight: `${HEADER_HEIGHT - 1}px`,
    zIndex: 12,
  },
  headerActive: {
    backgroundColor: "#D3F0E0",
    color: "#0E5C2F",
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: SELECTION,
  },
  rowHeaderActive: {
    backgroundColor: "#D3F0E0",
    color: "#0E5C2F",
    fontWeight: tokens.fontWeightSemibold,
    borderRightColor: SELECTION,
  },
  selection: {
    position: "absolute",
    boxSizing: "border-box",
    border: `2px solid ${SELECTION}`,
    pointerEvents: "none",
    zIndex: 11,
  },
  range: {
    position: "absolute",
    backgroundColor: "rgba(33, 115, 70, 0.12)",
    pointerEvents: "none",
    zIndex: 10,
  },
  editor: {
    position: "absolute",
    boxSizing: "border-box",
    border: `2px solid ${SELECTION}`,
    paddingLeft: "2px",
    paddingRight: "2px",
    fontFamily: "inherit",
    fontSize: "inherit",
    outlineStyle: "none",
    zIndex: 13,
    backgroundColor: "#FFFFFF",
    boxShadow: tokens.shadow4,
  },
  frozenLine: {
    position: "absolute",
    backgroundColor: "#A19F9D",
    zIndex: 11,
  },
});

function useViewportSize(ref: React.RefObject<HTMLDivElement | null>): {
  width: number;
  height: number;
} {
  const [size, setSize] = React.useState({ width: 800, height: 600 });
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () =>
      setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export function Grid(props: GridProps) {
  const { book, version, sheet, selection, editing } = props;
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const editor = React.useRef<HTMLInputElement>(null);
  const view = useViewportSize(scroller);
  const [scroll, setScroll] = React.useState({ left: 0, top: 0 });
  const layout = book.layout(sheet);

  const geometry = React.useMemo(() => {
    const extent = book.extent(sheet);
    // Room past the used range, and past the selected cell wherever the name box sent it.
    const selRow = selection?.sheet === sheet ? selection.bottom : 0;
    const selCol = selection?.sheet === sheet ? selection.right : 0;
    const colCount = Math.min(16384, Math.max(26, extent.cols + 8, selCol + 8));
    const rowCount = Math.min(
      1048576,
      Math.max(100, extent.rows + 60, selRow + 60),
    );
    const widths = Array.from({ length: colCount }, (_, c) =>
      layout?.hiddenColumns.has(c)
        ? 0
        : columnPixels(layout?.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH),
    );
    return new Geometry(
      widths,
      rowCount,
      layout?.freeze.rows ?? 0,
      layout?.freeze.cols ?? 0,
    );
    // The version stands for every change to the workbook.
  }, [book, sheet, version, layout, selection]);

  // A new sheet starts at its top left corner.
  React.useLayoutEffect(() => {
    scroller.current?.scrollTo({ left: 0, top: 0 });
    setScroll({ left: 0, top: 0 });
  }, [sheet, book]);

  // Bring the selected cell into view, whoever selected it (keys, a finding, the name box).
  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !selection || selection.sheet !== sheet) return;
    const next = geometry.reveal(selection.row, selection.col, scroll, view);
    if (next.left !== scroll.left || next.top !== scroll.top) {
      element.scrollTo(next);
      setScroll(next);
    }
    // Only a new selection moves the view, not a scroll by the user (scroll is left out).
  }, [selection, sheet, geometry, view.width, view.height]);

  React.useEffect(() => {
    if (editing?.place === "cell") editor.current?.focus();
    else if (!editing) scroller.current?.focus({ preventScroll: true });
  }, [editing?.place, editing === null]);

  React.useEffect(() => {
    if (props.focusRequest > 0)
      scroller.current?.focus({ preventScroll: true });
  }, [props.focusRequest]);

  const rows = geometry.visibleRows(scroll.top, view.height);
  const cols = geometry.visibleCols(scroll.left, view.width);

  const conditionalFill = (row: number, col: number, text: string) => {
    for (const rule of layout?.conditionalFills ?? []) {
      if (!rangeContains(rule.range, row, col)) continue;
      const match = rule.rules.find((r) => r.equals === text);
      if (match) return match;
    }
    return undefined;
  };

  const zIndex = (row: number, col: number) =>
    (row < geometry.frozenRows ? 2 : 0) +
    (col < geometry.frozenCols ? 1 : 0) +
    1;

  // Cells are grouped in rows for assistive technology; the rows take no room (display: contents).
  const cellsByRow = new Map<number, React.ReactNode[]>();
  const rowCells = (row: number) => {
    let list = cellsByRow.get(row);
    if (!list) cellsByRow.set(row, (list = []));
    return list;
  };
  for (const row of rows) {
    const y = geometry.y(row, scroll.top);
    for (const col of cols) {
      const width = geometry.widths[col];
      if (width === 0) continue;
      const value = book.value(sheet, row, col);
      const style = book.style(sheet, row, col);
      const shown = showValue(value, style.numberFormat);
      const conditional =
        typeof value === "string" && value !== ""
          ? conditionalFill(row, col, value)
          : undefined;
      let spanWidth = width;
      // Text runs on into empty cells to its right, as in Excel.
      if (
        typeof value === "string" &&
        value !== "" &&
        !style.wrapText &&
        shown.align === "left"
      ) {
        for (let c = col + 1; c < geometry.colCount && c < col + 12; c++) {
          // Across the frozen line only while nothing is scrolled under it.
          const crossesFreeze =
            c >= geometry.frozenCols !== col >= geometry.frozenCols;
          if (
            book.content(sheet, row, c) !== "" ||
            (crossesFreeze && scroll.left > 0)
          )
            break;
          spanWidth += geometry.widths[c];
        }
      }
      const align =
        style.horizontalAlignment === "General"
          ? shown.align
          : style.horizontalAlignment.toLowerCase();
      const fill = conditional?.fill ?? style.fill;
      rowCells(row).push(
        <div
          key={`${row},${col}`}
          role="gridcell"
          id={`cell-${toA1(row, col)}`}
          data-cell={toA1(row, col)}
          aria-colindex={col + 1}
          title={
            typeof value === "object" ? value.message || value.error : undefined
          }
          className={styles.cell}
          style={{
            left: geometry.x(col, scroll.left),
            top: y,
            width: spanWidth === width ? width : undefined,
            minWidth: width,
            maxWidth: spanWidth,
            height: ROW_HEIGHT,
            textAlign: align as React.CSSProperties["textAlign"],
            backgroundColor: fill ?? "#FFFFFF",
            color: shown.color ?? conditional?.fontColor ?? style.fontColor,
            fontWeight: style.bold ? 700 : undefined,
            fontStyle: style.italic ? "italic" : undefined,
            // Text running into its neighbours lies above them (z-index takes whole numbers).
            zIndex: 2 * zIndex(row, col) + (spanWidth > width ? 1 : 0),
          }}
        >
          {shown.text}
        </div>,
      );
    }
  }

  const headerRow: React.ReactNode[] = [];
  const inRows = (r: number) =>
    selection !== null &&
    selection.sheet === sheet &&
    r >= selection.top &&
    r <= selection.bottom;
  const inCols = (c: number) =>
    selection !== null &&
    selection.sheet === sheet &&
    c >= selection.left &&
    c <= selection.right;
  for (const col of cols) {
    if (geometry.widths[col] === 0) continue;
    headerRow.push(
      <div
        key={`h${col}`}
        role="columnheader"
        className={mergeClasses(
          styles.header,
          inCols(col) && styles.headerActive,
        )}
        style={{
          left: geometry.x(col, scroll.left),
          top: 0,
          width: geometry.widths[col],
          height: HEADER_HEIGHT,
        }}
      >
        {columnLetter(col)}
      </div>,
    );
  }
  for (const row of rows) {
    rowCells(row).unshift(
      <div
        key={`r${row}`}
        role="rowheader"
        className={mergeClasses(
          styles.header,
          inRows(row) && styles.rowHeaderActive,
        )}
        style={{
          left: 0,
          top: geometry.y(row, scroll.top),
          width: ROW_HEADER_WIDTH,
          height: ROW_HEIGHT,
        }}
      >
        {row + 1}
      </div>,
    );
  }
  headerRow.unshift(
    <div
      key="corner"
      aria-hidden
      className={styles.header}
      style={{
        left: 0,
        top: 0,
        width: ROW_HEADER_WIDTH,
        height: HEADER_HEIGHT,
        zIndex: 14,
      }}
    />,
  );

  const rect = (top: number, left: number, bottom: number, right: number) => {
    const x = geometry.x(left, scroll.left);
    const y = geometry.y(top, scroll.top);
    return {
      left: x,
      top: y,
      width: geometry.x(right, scroll.left) + geometry.widths[right] - x,
      height: geometry.y(bottom, scroll.top) + ROW_HEIGHT - y,
    };
  };

  let overlay: React.ReactNode = null;
  if (selection && selection.sheet === sheet) {
    const active = rect(
      selection.row,
      selection.col,
      selection.row,
      selection.col,
    );
    const range = rect(
      selection.top,
      selection.left,
      selection.bottom,
      selection.right,
    );
    const isRange =
      selection.top !== selection.bottom || selection.left !== selection.right;
    overlay = (
      <>
        {isRange && <div className={styles.range} style={range} />}
        <div
          className={styles.selection}
          style={isRange ? range : active}
          data-testid="selection"
        />
        {editing?.sheet === sheet && (
          <input
            ref={editor}
            className={styles.editor}
            aria-label={toA1(editing.row, editing.col)}
            value={editing.draft}
            spellCheck={false}
            list={validationListId(book, sheet, editing.row, editing.col)}
            style={{
              ...active,
              minWidth: active.width,
              width: Math.max(active.width, 12 + editing.draft.length * 8),
            }}
            onChange={(e) => props.onDraftChange(e.target.value)}
            onKeyDown={(e) => onEditorKey(e, editing, props)}
            onBlur={(e) => {
              if (
                e.relatedTarget &&
                (e.relatedTarget as HTMLElement).dataset.formulaBar
              )
                return;
              if (editing.place === "cell")
                props.onCommit({ rows: 0, cols: 0 });
            }}
          />
        )}
        <ValidationList book={book} sheet={sheet} editing={editing} />
      </>
    );
  }

  const frozenLines: React.ReactNode[] = [];
  if (geometry.frozenRows > 0)
    frozenLines.push(
      <div
        key="fr"
        className={styles.frozenLine}
        style={{
          left: 0,
          top: HEADER_HEIGHT + geometry.frozenHeight - 1,
          width: view.width,
          height: 1,
        }}
      />,
    );
  if (geometry.frozenCols > 0)
    frozenLines.push(
      <div
        key="fc"
        className={styles.frozenLine}
        style={{
          left: ROW_HEADER_WIDTH + geometry.frozenWidth - 1,
          top: 0,
          width: 1,
          height: view.height,
        }}
      />,
    );

  const cellUnder = (e: React.MouseEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return geometry.cellAt(
      e.clientX - box.left,
      e.clientY - box.top,
      scroll.left,
      scroll.top,
    );
  };
  const dragging = React.useRef(false);

  /** A click on a column letter or row number selects the column or row (its used part). */
  const selectHeader = (e: React.MouseEvent<HTMLDivElement>): boolean => {
    const box = e.currentTarget.getBoundingClientRect();
    const px = e.clientX - box.left;
    const py = e.clientY - box.top;
    const extent = book.extent(sheet);
    if (py < HEADER_HEIGHT && px >= ROW_HEADER_WIDTH) {
      const col = geometry.cellAt(
        px,
        HEADER_HEIGHT,
        scroll.left,
        scroll.top,
      )?.col;
      if (col === undefined) return true;
      const bottom = Math.max(0, extent.rows - 1);
      props.onSelect({
        sheet,
        row: 0,
        col,
        top: 0,
        left: col,
        bottom,
        right: col,
      });
      return true;
    }
    if (px < ROW_HEADER_WIDTH && py >= HEADER_HEIGHT) {
      const row = geometry.cellAt(
        ROW_HEADER_WIDTH,
        py,
        scroll.left,
        scroll.top,
      )?.row;
      if (row === undefined) return true;
      const right = Math.max(0, extent.cols - 1);
      props.onSelect({
        sheet,
        row,
        col: 0,
        top: row,
        left: 0,
        bottom: row,
        right,
      });
      return true;
    }
    return false;
  };

  const onMouseDown = (e: React.MouseEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    if (editing && (e.target as HTMLElement).tagName !== "INPUT")
      props.onCommit({ rows: 0, cols: 0 });
    if (selectHeader(e)) return;
    const cell = cellUnder(e);
    if (!cell) return;
    dragging.current = true;
    if (e.shiftKey && selection && selection.sheet === sheet) {
      props.onSelect(extend(selection, cell.row, cell.col));
    } else {
      props.onSelect(single(sheet, cell.row, cell.col));
    }
  };

  // Dragging with the button held spans a range from the cell where it started.
  const onMouseMove = (e: React.MouseEvent<HTMLDivElement>) => {
    if (!dragging.current || !selection || (e.buttons & 1) === 0) {
      dragging.current = false;
      return;
    }
    const cell = cellUnder(e);
    if (!cell) return;
    const next = extend(selection, cell.row, cell.col);
    if (
      next.top !== selection.top ||
      next.bottom !== selection.bottom ||
      next.left !== selection.left ||
      next.right !== selection.right
    )
      props.onSelect(next);
  };

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={props.label}
      aria-rowcount={geometry.rowCount + 1}
      aria-colcount={geometry.colCount}
      aria-activedescendant={
        selection ? `cell-${toA1(selection.row, selection.col)}` : undefined
      }
      aria-multiselectable={false}
      tabIndex={0}
      data-testid="grid"
      onScroll={(e) =>
        setScroll({
          left: e.currentTarget.scrollLeft,
          top: e.currentTarget.scrollTop,
        })
      }
      onKeyDown={(e) => onGridKey(e, props, geometry, view.height)}
      onCopy={(e) => {
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        e.clipboardData.setData("text/plain", props.onCopy());
      }}
      onPaste={(e) => {
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        props.onPaste(e.clipboardData.getData("text/plain"));
      }}
    >
      <div
        style={{
          width: ROW_HEADER_WIDTH + geometry.totalWidth,
          height: HEADER_HEIGHT + geometry.totalHeight,
          position: "relative",
        }}
      >
        <div
          className={styles.viewport}
          style={{ width: view.width, height: view.height }}
          onMouseDown={onMouseDown}
          onMouseMove={onMouseMove}
          onMouseUp={() => (dragging.current = false)}
          onDoubleClick={() => selection && props.onStartEdit("edit")}
        >
          <div role="row" aria-rowindex={1} className={styles.row}>
            {headerRow}
          </div>
          {rows.map((row) => (
            <div
              key={`row${row}`}
              role="row"
              aria-rowindex={row + 2}
              className={styles.row}
            >
              {cellsByRow.get(row)}
            </div>
          ))}
          {frozenLines}
          {overlay}
        </div>
      </div>
    </div>
  );
}
