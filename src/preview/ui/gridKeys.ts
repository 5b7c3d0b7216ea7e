/**
 * The grid's keyboard, as in Excel: arrows move (Shift grows the range), Enter and Tab move on,
 * PageUp/PageDown, Home, F2 edits, Delete clears, typing starts a new value; in the editor,
 * Enter/Tab commit, Escape cancels, and arrows commit when the edit was started by typing.
 */
import * as React from "react";
import { GridSelection } from "../model/previewWorkbook";
import { Geometry, ROW_HEIGHT } from "./geometry";
import type { EditState, GridProps } from "./Grid";

export function single(sheet: string, row: number, col: number): GridSelection {
  return { sheet, row, col, top: row, left: col, bottom: row, right: col };
}

export function extend(
  selection: GridSelection,
  row: number,
  col: number,
): GridSelection {
  return {
    ...selection,
    top: Math.min(selection.row, row),
    bottom: Math.max(selection.row, row),
    left: Math.min(selection.col, col),
    right: Math.max(selection.col, col),
  };
}

function clampMove(
  selection: GridSelection,
  rows: number,
  cols: number,
  geometry: Geometry,
) {
  const row = Math.max(
    0,
    Math.min(geometry.rowCount - 1, selection.row + rows),
  );
  const col = Math.max(
    0,
    Math.min(geometry.colCount - 1, selection.col + cols),
  );
  return { row, col };
}

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function onGridKey(
  e: React.KeyboardEvent,
  props: GridProps,
  geometry: Geometry,
  height: number,
): void {
  const { selection, sheet } = props;
  if (e.target !== e.currentTarget || !selection) return;
  const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 2);
  const move = (rows: number, cols: number, extendRange = false) => {
    e.preventDefault();
    const next = clampMove(selection, rows, cols, geometry);
    props.onSelect(
      extendRange
        ? { ...extend(selection, next.row, next.col), sheet }
        : single(sheet, next.row, next.col),
    );
  };
  if (e.key in ARROWS) {
    const [dr, dc] = ARROWS[e.key];
    if (e.shiftKey) {
      // Shift+arrow grows the range from the active cell; the active cell stays.
      e.preventDefault();
      const bottom = Math.max(
        selection.row,
        Math.min(geometry.rowCount - 1, selection.bottom + dr),
      );
      const right = Math.max(
        selection.col,
        Math.min(geometry.colCount - 1, selection.right + dc),
      );
      props.onSelect({ ...selection, bottom, right });
      return;
    }
    move(dr, dc);
    return;
  }
  switch (e.key) {
    case "Enter":
      return move(e.shiftKey ? -1 : 1, 0);
    case "Tab":
      return move(0, e.shiftKey ? -1 : 1);
    case "PageDown":
      return move(page, 0);
    case "PageUp":
      return move(-page, 0);
    case "Home":
      e.preventDefault();
      props.onSelect(single(sheet, e.ctrlKey ? 0 : selection.row, 0));
      return;
    case "F2":
      e.preventDefault();
      props.onStartEdit("edit");
      return;
    case "Delete":
    case "Backspace":
      e.preventDefault();
      props.onClear();
      return;
  }
  if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    e.preventDefault();
    props.onStartEdit("enter", e.key);
  }
}

export function onEditorKey(
  e: React.KeyboardEvent<HTMLInputElement>,
  editing: EditState,
  props: GridProps,
): void {
  if (e.key === "Enter") {
    e.preventDefault();
    props.onCommit({ rows: e.shiftKey ? -1 : 1, cols: 0 });
  } else if (e.key === "Tab") {
    e.preventDefault();
    props.onCommit({ rows: 0, cols: e.shiftKey ? -1 : 1 });
  } else if (e.key === "Escape") {
    e.preventDefault();
    props.onCancel();
  } else if (editing.mode === "enter" && e.key in ARROWS) {
    e.preventDefault();
    const [rows, cols] = ARROWS[e.key];
    props.onCommit({ rows, cols });
  }
}
