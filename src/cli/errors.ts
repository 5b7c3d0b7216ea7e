/**
 * Why a file or the command line itself could not be used. Every such case ends as one line on
 * stderr (Swedish, English in brackets) and exit status 2, never as a stack trace.
 */
export type InputErrorCode =
  | "missing"
  | "notFile"
  | "unreadable"
  | "vanished"
  | "tooLarge"
  | "emptyFile"
  | "notXlsx"
  | "oldXls"
  | "encrypted"
  | "damaged"
  | "zipBomb"
  | "emptyWorkbook"
  | "noSuchSheet"
  | "unexpected";

export class InputError extends Error {
  constructor(
    readonly code: InputErrorCode,
    readonly sv: string,
    readonly en: string,
  ) {
    super(sv);
    this.name = "InputError";
  }
}

/** Wrong arguments, an unreadable settings file, an output file that exists. */
export class UsageError extends Error {
  constructor(
    readonly sv: string,
    readonly en: string,
  ) {
    super(sv);
    this.name = "UsageError";
  }
}

/** The one line for stderr: the reason in Swedish with the English in brackets. */
export function bilingual(sv: string, en: string): string {
  return en && en !== sv ? `${sv} (${en})` : sv;
}

/** Any thrown value as one readable line, without a stack. */
export function describeUnexpected(error: unknown): { sv: string; en: string } {
  if (error instanceof InputError || error instanceof UsageError) {
    return { sv: error.sv, en: error.en };
  }
  const detail = oneLine(
    error instanceof Error ? error.message : String(error),
  );
  return { sv: `oväntat fel: ${detail}`, en: `unexpected error: ${detail}` };
}

/** The errno code of a failed file operation ("ENOENT"), or "" for anything else. */
export function errnoCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : "";
}

export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}
