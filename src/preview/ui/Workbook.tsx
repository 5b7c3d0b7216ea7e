/**
 * The spreadsheet half of the page: formula bar, grid and sheet tabs over one PreviewWorkbook.
 * A person's own typing is written straight into the workbook (it is not one of the task
 * pane's batches, just as in Excel), checked first against the cell's validation rule.
 */
import * as React from "react";
import { makeStyles } from "@fluentui/react-components";
import { PortError } from "../../host/port";
import { CellEdit, parseRangeA1, rangeToA1, toA1 } from "../../core/workbook";
import { GridSelection, PreviewWorkbook } from "../model/previewWorkbook";
import { rangeContains } from "../model/styles";
import { editText, showValue } from "../format/numberFormat";
import { parseInput } from "../input";
import { EditState, Grid, single } from "./Grid";
import { FormulaBar } from "./FormulaBar";
import { SheetTabs } from "./SheetTabs";
import { PreviewStrings } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    minHeight: 0,
  },
});

export interface WorkbookViewProps {
  book: PreviewWorkbook;
  strings: PreviewStrings;
  onProblem(message: string): void;
  /** A change went through: an earlier complaint about an edit no longer applies. */
  onChanged(): void;
}

export function useBookVersion(book: PreviewWorkbook): number {
  return React.useSyncExternalStore(
    React.useCallback(
      (listener: () => void) => book.subscribe(listener),
      [book],
    ),
    book.getVersion,
  );
}

/** Why a value breaks the cell's validation rule, or null when it fits (or there is none). */
function validationProblem(
  book: PreviewWorkbook,
  sheet: string,
  row: number,
  col: number,
  edit: Partial<CellEdit>,
) {
  const rule = book
    .layout(sheet)
    ?.validations.find((v) => rangeContains(v.range, row, col));
  if (
    !rule ||
    edit.formula !== undefined ||
    edit.value === null ||
    edit.value === undefined
  )
    return null;
  const fits =
    rule.rule.type === "list"
      ? rule.rule.values.includes(String(edit.value))
      : typeof edit.value === "number" &&
        Number.isInteger(edit.value) &&
        edit.value >= rule.rule.min &&
        edit.value <= rule.rule.max;
  return fits ? null : (rule.errorMessage ?? null) || "";
}

export function WorkbookView({
  book,
  strings,
  onProblem,
  onChanged,
}: WorkbookViewProps) {
  const styles = useStyles();
  const version = useBookVersion(book);
  const sheets = book.sheetNames();
  const sheet =
    book.activeSheet && sheets.includes(book.activeSheet)
      ? book.activeSheet
      : sheets[0];
  const selection =
    book.selection?.sheet === sheet ? book.selection : single(sheet, 0, 0);
  const [editing, setEditing] = React.useState<EditState | null>(null);
  const [focusRequest, setFocusRequest] = React.useState(0);
  const focusGrid = () => setFocusRequest((n) => n + 1);
  const lastSelection = React.useRef(new Map<string, GridSelection>());
  lastSelection.current.set(sheet, selection);

  const cellText = (row: number, col: number) => {
    const content = book.content(sheet, row, col);
    const style = book.style(sheet, row, col);
    return editText(
      content,
      style.numberFormat,
      book.isLiteralText(sheet, row, col),
    );
  };

  const select = (next: GridSelection) => book.select(next);

  const startEdit = (
    mode: EditState["mode"],
    draft?: string,
    place: EditState["place"] = "cell",
  ) => {
    if (book.layout(sheet)?.protected) {
      onProblem(strings.editFailed(`Bladet "${sheet}" är skyddat.`));
      return;
    }
    setEditing({
      sheet,
      row: selection.row,
      col: selection.col,
      draft: draft ?? cellText(selection.row, selection.col),
      mode,
      place,
    });
  };

  /** Writes the editor's text; false when it was refused and the editor stays open. */
  const commit = (move: { rows: number; cols: number }): boolean => {
    if (!editing) return true;
    const { row, col } = editing;
    const parsed = parseInput(
      editing.draft,
      book.style(editing.sheet, row, col).numberFormat,
      (f) => book.engine.validateFormula(f),
    );
    if (!parsed.ok) {
      onProblem(strings.editFailed(parsed.reason));
      return false;
    }
    const problem = validationProblem(
      book,
      editing.sheet,
      row,
      col,
      parsed.edit,
    );
    if (problem !== null) {
      onProblem(problem || strings.invalidValue);
      return false;
    }
    const unchanged = editing.draft === cellText(row, col);
    setEditing(null);
    if (!unchanged) {
      try {
        book.apply(
          [{ op: "cell", sheet: editing.sheet, row, col, ...parsed.edit }],
          "Redigering",
        );
        onChanged();
      } catch (error) {
        onProblem(
          strings.editFailed(
            error instanceof PortError ? error.message : String(error),
          ),
        );
      }
    }
    if (move.rows || move.cols)
      select(
        single(
          editing.sheet,
          Math.max(0, row + move.rows),
          Math.max(0, col + move.cols),
        ),
      );
    return true;
  };

  const clear = () => {
    const edits: CellEdit[] = [];
    for (let r = selection.top; r <= selection.bottom; r++)
      for (let c = selection.left; c <= selection.right; c++)
        if (book.content(sheet, r, c) !== "")
          edits.push({ op: "cell", sheet, row: r, col: c, value: null });
    if (edits.length === 0) return;
    try {
      book.apply(edits, "Rensa");
      onChanged();
    } catch (error) {
      onProblem(
        strings.editFailed(
          error instanceof PortError ? error.message : String(error),
        ),
      );
    }
  };

  const copy = () => {
    const lines: string[] = [];
    for (let r = selection.top; r <= selection.bottom; r++) {
      const cells: string[] = [];
      for (let c = selection.left; c <= selection.right; c++)
        cells.push(
          showValue(
            book.value(sheet, r, c),
            book.style(sheet, r, c).numberFormat,
          ).text,
        );
      lines.push(cells.join("\t"));
    }
    return lines.join("\n");
  };

  /** Pasted text is read like typed text, cell by cell, and written as one change. */
  const paste = (text: string) => {
    const rows = text.replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
    const edits: CellEdit[] = [];
    rows.forEach((line, i) =>
      line.split("\t").forEach((cellText, j) => {
        const row = selection.top + i;
        const col = selection.left + j;
        const parsed = parseInput(
          cellText,
          book.style(sheet, row, col).numberFormat,
          (f) => book.engine.validateFormula(f),
        );
        const edit = parsed.ok ? parsed.edit : { value: cellText };
        edits.push({ op: "cell", sheet, row, col, ...edit });
      }),
    );
    if (edits.length === 0) return;
    try {
      book.apply(edits, "Klistra in");
      onChanged();
      const last = edits[edits.length - 1];
      select({
        ...selection,
        bottom: Math.max(selection.top, last.row),
        right: edits.reduce((most, e) => Math.max(most, e.col), selection.left),
      });
    } catch (error) {
      onProblem(
        strings.editFailed(
          error instanceof PortError ? error.message : String(error),
        ),
      );
    }
  };

  const goTo = (address: string) => {
    const [maybeSheet, cell] = address.includes("!")
      ? address.split("!")
      : [sheet, address];
    const target = maybeSheet.replace(/^'|'$/g, "");
    try {
      const range = parseRangeA1(cell);
      if (!book.layout(target)) throw new Error(target);
      select({ sheet: target, row: range.top, col: range.left, ...range });
      focusGrid();
    } catch {
      onProblem(
        strings.editFailed(`"${address}" är ingen cell i arbetsboken.`),
      );
    }
  };

  const switchSheet = (name: string) => {
    if (editing) commit({ rows: 0, cols: 0 });
    select(lastSelection.current.get(name) ?? single(name, 0, 0));
  };

  const barText = editing
    ? editing.draft
    : cellText(selection.row, selection.col);
  const address =
    selection.top === selection.bottom && selection.left === selection.right
      ? toA1(selection.row, selection.col)
      : rangeToA1(
          selection.top,
          selection.left,
          selection.bottom,
          selection.right,
        );

  return (
    <section className={styles.root} aria-label={strings.grid(sheet)}>
      <FormulaBar
        strings={strings}
        address={address}
        text={barText}
        editing={editing !== null}
        onGo={goTo}
        onFocusBar={() => startEdit("edit", undefined, "bar")}
        onChange={(draft) => setEditing((e) => (e ? { ...e, draft } : e))}
        onCommit={() => {
          if (commit({ rows: 1, cols: 0 })) focusGrid();
        }}
        onCancel={() => {
          setEditing(null);
          focusGrid();
        }}
      />
      <Grid
        book={book}
        version={version}
        sheet={sheet}
        selection={selection}
        editing={editing}
        label={strings.grid(sheet)}
        focusRequest={focusRequest}
        onSelect={select}
        onStartEdit={(mode, draft) => startEdit(mode, draft)}
        onDraftChange={(draft) => setEditing((e) => (e ? { ...e, draft } : e))}
        onCommit={commit}
        onCancel={() => setEditing(null)}
        onClear={clear}
        onCopy={copy}
        onPaste={paste}
      />
      <SheetTabs
        label={strings.sheets}
        sheets={sheets}
        active={sheet}
        onSelect={switchSheet}
      />
    </section>
  );
}
