/**
 * The indicator reading behind a layout. The recogniser remembers it for the layout it
 * returns; a layout made some other way (or forgotten) is read again from its grid.
 */
import { SheetGrid } from "../grid";
import { SheetLayout } from "../types";
import { readIndicatorTable } from "./read";
import { IndicatorTable } from "./table";

const byLayout = new WeakMap<SheetLayout, IndicatorTable>();

export function rememberTable(
  layout: SheetLayout,
  table: IndicatorTable,
): void {
  byLayout.set(layout, table);
}

export function indicatorTableOf(
  layout: SheetLayout,
  grid: SheetGrid,
): IndicatorTable {
  let table = byLayout.get(layout);
  if (!table) {
    table = readIndicatorTable(grid);
    byLayout.set(layout, table);
  }
  return table;
}
