/**
 * exceljs, loaded lazily and lean. Its main entry also loads the streaming reader and writer
 * (archiver, unzipper, fast-csv …): about a second of start-up on a shared machine, paid even
 * by `--help` or a missing file. The in-memory Workbook (which reads and writes .xlsx) and the
 * value-type enum are all the command needs, so only those modules are required, on first use.
 */
import type * as ExcelJS from "exceljs";

export interface ExcelJsLean {
  Workbook: typeof ExcelJS.Workbook;
  ValueType: typeof ExcelJS.ValueType;
}

let loaded: ExcelJsLean | null = null;

export function excelJs(): ExcelJsLean {
  if (!loaded) {
    loaded = {
      Workbook: require("exceljs/lib/doc/workbook") as typeof ExcelJS.Workbook,
      ValueType: (
        require("exceljs/lib/doc/enums") as {
          ValueType: typeof ExcelJS.ValueType;
        }
      ).ValueType,
    };
  }
  return loaded;
}
