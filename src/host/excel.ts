/**
 * The Office.js port: the only module that talks to Excel. It reads in one batched round trip
 * after learning the sheet names, and writes in one.
 */
import { Settings } from "../core/settings";
import {
  Edit,
  SheetSnapshot,
  UndoRecord,
  WorkbookSnapshot,
} from "../core/workbook";
import {
  HighlightRecord,
  Mark,
  PortError,
  ReadOptions,
  WorkbookPort,
} from "./port";

const SETTINGS_KEY = "rapportkoll.settings";

export class ExcelPort implements WorkbookPort {
  readonly hostName = "Excel";

  async readSnapshot(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    return Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const active = worksheets.getActiveWorksheet();
      active.load("name");
      await context.sync();

      const wanted = worksheets.items.filter(
        (ws) => !options.sheets || options.sheets.includes(ws.name),
      );
      const used = wanted.map((ws) => {
        const range = ws.getUsedRangeOrNullObject();
        range.load("values,formulas,numberFormat,rowIndex,columnIndex");
        return { name: ws.name, range };
      });
      await context.sync();

      const sheets: SheetSnapshot[] = used.map(({ name, range }) =>
        range.isNullObject
          ? {
              name,
              top: 0,
              left: 0,
              values: [],
              formulas: [],
              numberFormat: [],
            }
          : {
              name,
              top: range.rowIndex,
              left: range.columnIndex,
              values: range.values,
              formulas: range.formulas,
              numberFormat: range.numberFormat,
            },
      );
      return { sheets, activeSheet: active.name };
    });
  }

  async apply(_edits: Edit[], _label: string): Promise<UndoRecord> {
    throw new PortError(
      "Skrivning är inte klar ännu.",
      "Writing is not ready yet.",
    );
  }

  async undo(_record: UndoRecord): Promise<void> {
    throw new PortError("Ångra är inte klart ännu.", "Undo is not ready yet.");
  }

  async select(sheet: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  async highlight(_marks: Mark[]): Promise<HighlightRecord> {
    throw new PortError(
      "Markering är inte klar ännu.",
      "Highlighting is not ready yet.",
    );
  }

  async clearHighlights(_record: HighlightRecord): Promise<void> {
    throw new PortError(
      "Markering är inte klar ännu.",
      "Highlighting is not ready yet.",
    );
  }

  async loadSettings(): Promise<unknown> {
    return Office.context.document.settings.get(SETTINGS_KEY) ?? null;
  }

  async saveSettings(settings: Settings): Promise<void> {
    Office.context.document.settings.set(SETTINGS_KEY, settings);
    await new Promise<void>((resolve, reject) =>
      Office.context.document.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Succeeded
          ? resolve()
          : reject(
              new PortError(
                "Inställningarna kunde inte sparas i arbetsboken.",
                "The settings could not be saved in the workbook.",
              ),
            ),
      ),
    );
  }
}
