/**
 * The layout of a sheet no recogniser reads (kind "okand", or a kind whose recogniser is not
 * there yet): title, header and the plain roles of rows and columns, without totals, so the
 * task pane can still show and select its rows. No rule runs on it.
 */
import { SheetKind } from "../workbook";
import { headerRoles } from "./columns";
import { PreparedSheet } from "./prepared";
import { draftRows } from "./rows";
import { SheetLayout } from "./types";

export function genericLayout(
  prepared: PreparedSheet,
  kind: SheetKind,
  recognisedBy: SheetLayout["recognisedBy"],
): SheetLayout {
  const { grid, header } = prepared;
  const columns = headerRoles(header);
  const valueCols = columns
    .filter((c) => c.role !== "label" && c.role !== "text")
    .map((c) => c.col);
  const { rows, dataStart, dataEnd } = draftRows(
    grid,
    header.labelCol,
    valueCols,
    header.headerRows,
    header.firstDataRow,
  );
  return {
    sheet: prepared.sheet.name,
    kind,
    title: header.title,
    ...(header.unit ? { unit: header.unit } : {}),
    headerRows: header.headerRows,
    labelCol: header.labelCol,
    columns,
    rows,
    signConvention: "A",
    percentBase: "from",
    recognisedBy,
    dataStart,
    dataEnd,
  };
}
