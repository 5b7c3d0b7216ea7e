/**
 * The writes of the Mål tab, as Edits (undoable like every write): traffic-light conditional
 * formatting of a Måluppfyllelse column, and a new Måluppfyllelse column with the computed
 * assessments where a sheet has none. Colours are Excel's own Good / Neutral / Bad styles and
 * a grey for Ej bedömd, so the sheet looks as a reader of Excel reports expects.
 */
import { SheetAttainment } from "../../core/layout/indicators/attainment";
import {
  STATUS_LIGHTS,
  TrafficLight,
} from "../../core/layout/indicators/vocabulary";
import { ConditionalFillEdit, Edit, columnLetter } from "../../core/workbook";

export const LIGHT_COLOURS: Record<
  TrafficLight,
  { fill: string; fontColor: string }
> = {
  green: { fill: "#C6EFCE", fontColor: "#006100" },
  yellow: { fill: "#FFEB9C", fontColor: "#9C5700" },
  red: { fill: "#FFC7CE", fontColor: "#9C0006" },
  grey: { fill: "#E7E6E6", fontColor: "#3A3838" },
};

/** One rule per word of the vocabulary (goals and uppdrag): the cell's colour by its text. */
export function trafficLightRules(): ConditionalFillEdit["rules"] {
  return Object.entries(STATUS_LIGHTS).map(([word, light]) => ({
    equals: word,
    ...LIGHT_COLOURS[light],
  }));
}

/** Colours every Måluppfyllelse column of the sheet. */
export function paintEdits(attainment: SheetAttainment): Edit[] {
  return attainment.statusColumns.map((column): ConditionalFillEdit => ({
    op: "conditionalFill",
    range: {
      sheet: attainment.sheet,
      top: column.top,
      bottom: column.bottom,
      left: column.col,
      right: column.col,
    },
    rules: trafficLightRules(),
  }));
}

export const STATUS_HEADER = "Måluppfyllelse";

/** The column letter a new Måluppfyllelse column gets. */
export function newStatusColumn(attainment: SheetAttainment): string {
  return columnLetter(attainment.freeCol);
}

/**
 * A Måluppfyllelse column right of everything on the sheet (so no filled cell is written
 * over), headed in every section, with the computed assessment of each indicator, coloured.
 */
export function addStatusColumnEdits(attainment: SheetAttainment): Edit[] {
  const col = attainment.freeCol;
  const edits: Edit[] = [];
  for (const section of attainment.missingStatusColumns) {
    edits.push({
      op: "cell",
      sheet: attainment.sheet,
      row: section.headerRow,
      col,
      value: STATUS_HEADER,
      font: { bold: true },
    });
    for (const { row, status } of section.rows) {
      if (status)
        edits.push({
          op: "cell",
          sheet: attainment.sheet,
          row,
          col,
          value: status,
        });
    }
    if (section.rows.length === 0) continue;
    // A loop, not Math.min(...rows): a long sheet has more rows than a call takes arguments.
    let top = Infinity;
    let bottom = -Infinity;
    for (const { row } of section.rows) {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
    }
    edits.push({
      op: "conditionalFill",
      range: {
        sheet: attainment.sheet,
        top,
        bottom,
        left: col,
        right: col,
      },
      rules: trafficLightRules(),
    });
  }
  if (edits.length > 0)
    edits.push({ op: "columnWidth", sheet: attainment.sheet, col, width: 16 });
  return edits;
}
