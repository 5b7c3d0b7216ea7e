/** Reads --settings: the same JSON the task pane stores in a workbook. */
import * as fs from "fs";
import { Settings, parseSettings } from "../core/settings";
import { UsageError, errnoCode, oneLine } from "./errors";

export function readSettingsFile(path: string): Settings {
  let text: string;
  try {
    text = fs.readFileSync(path, "utf8");
  } catch (error) {
    const code = errnoCode(error);
    const missing = code === "ENOENT";
    throw new UsageError(
      `inställningsfilen ${path}: ${missing ? "filen finns inte" : `kan inte läsas (${code})`}`,
      `settings file ${path}: ${missing ? "file not found" : `cannot be read (${code})`}`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = oneLine(
      error instanceof Error ? error.message : String(error),
    );
    throw new UsageError(
      `inställningsfilen ${path}: ogiltig JSON (${detail})`,
      `settings file ${path}: invalid JSON (${detail})`,
    );
  }
  const parsed = parseSettings(raw);
  if (!parsed.ok) {
    throw new UsageError(
      `inställningsfilen ${path}: ${parsed.reason}`,
      `settings file ${path}: ${parsed.reason}`,
    );
  }
  return parsed.settings;
}
