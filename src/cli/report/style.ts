/**
 * Terminal styling: ANSI colours only when asked for (stdout is a terminal and NO_COLOR is not
 * set, or --color), and column layout that counts characters, not bytes.
 */
import { Severity } from "../../core/findings";

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  severity(severity: Severity, text: string): string;
}

const wrap = (code: string) => (text: string) => `\x1b[${code}m${text}\x1b[0m`;

export const COLOR_STYLE: Style = {
  bold: wrap("1"),
  dim: wrap("2"),
  severity: (severity, text) =>
    severity === "error"
      ? wrap("31;1")(text)
      : severity === "warning"
        ? wrap("33")(text)
        : wrap("36")(text),
};

export const PLAIN_STYLE: Style = {
  bold: (text) => text,
  dim: (text) => text,
  severity: (_severity, text) => text,
};

/** Length in characters as a terminal shows them (code points). */
export function displayWidth(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** Cuts text to `max` characters, marking the cut with "…". */
export function truncate(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length <= max
    ? chars.join("")
    : `${chars.slice(0, max - 1).join("")}…`;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

export interface ColumnSpec {
  header: string;
  align?: "left" | "right";
  /** Longest cell text before it is cut; the last column is never cut. */
  max?: number;
}

/**
 * Lines of a plain table: a header and rows, columns two spaces apart. `decorate` may colour a
 * cell after its width is settled, so colour codes never shift the columns.
 */
export function table(
  columns: ColumnSpec[],
  rows: string[][],
  decorate: (row: number, col: number, padded: string) => string = (
    _r,
    _c,
    padded,
  ) => padded,
  headerStyle: (text: string) => string = (text) => text,
): string[] {
  const cells = rows.map((row) =>
    row.map((cell, c) =>
      columns[c].max ? truncate(cell, columns[c].max) : cell,
    ),
  );
  const widths = columns.map((column, c) =>
    Math.max(
      displayWidth(column.header),
      ...cells.map((row) => displayWidth(row[c] ?? "")),
    ),
  );
  const last = columns.length - 1;
  const layout = (
    row: string[],
    rowIndex: number,
    style?: (t: string) => string,
  ) =>
    row
      .map((cell, c) => {
        const padded =
          c === last && columns[c].align !== "right"
            ? cell
            : columns[c].align === "right"
              ? padStart(cell, widths[c])
              : padEnd(cell, widths[c]);
        return style ? style(padded) : decorate(rowIndex, c, padded);
      })
      .join("  ")
      .replace(/\s+$/, "");
  return [
    layout(
      columns.map((c) => c.header),
      -1,
      headerStyle,
    ),
    ...cells.map((row, r) => layout(row, r)),
  ];
}
