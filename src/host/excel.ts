/**
 * The Office.js port: the only module that talks to Excel. Reading takes two round trips (the
 * sheet names, then everything else), a batch of edits two (what is there, then the writes);
 * the work is done in src/host/excel/. Every failure reaches the pane as a PortError.
 */
import { Settings } from "../core/settings";
import { Edit, UndoRecord, WorkbookSnapshot } from "../core/workbook";
import { applyBatch } from "./excel/apply";
import { isPayloadTooLarge, toPortError } from "./excel/errors";
import { clearHighlightCells, highlightCells } from "./excel/highlight";
import {
  DEFAULT_READ_LIMITS,
  ReadLimits,
  SMALL_READ_LIMITS,
  readWorkbook,
} from "./excel/read";
import { restoreRecord } from "./excel/restore";
import {
  HighlightRecord,
  Mark,
  PortError,
  ReadOptions,
  WorkbookPort,
} from "./port";

const SETTINGS_KEY = "rapportkoll.settings";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

async function run<T>(batch: Batch<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toPortError(error);
  }
}

export class ExcelPort implements WorkbookPort {
  readonly hostName = "Excel";

  constructor(private readonly limits: ReadLimits = DEFAULT_READ_LIMITS) {}

  async readSnapshot(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
    try {
      return await Excel.run((context) =>
        readWorkbook(context, options, this.limits),
      );
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw toPortError(error);
    }
    // Excel on the web refuses answers over 5 MB: read again in small bands.
    return run((context) => readWorkbook(context, options, SMALL_READ_LIMITS));
  }

  apply(edits: Edit[], label: string): Promise<UndoRecord> {
    return run((context) => applyBatch(context, edits, label));
  }

  undo(record: UndoRecord): Promise<void> {
    return run((context) => restoreRecord(context, record));
  }

  select(sheet: string, address: string): Promise<void> {
    return run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  highlight(marks: Mark[]): Promise<HighlightRecord> {
    return run((context) => highlightCells(context, marks));
  }

  clearHighlights(record: HighlightRecord): Promise<void> {
    return run((context) => clearHighlightCells(context, record));
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
                "failed",
              ),
            ),
      ),
    );
  }
}
