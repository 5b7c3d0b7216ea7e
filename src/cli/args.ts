/**
 * The command line, parsed: `validate FILE… [--json] [--settings F] [--sheet NAME]…` and
 * `template KIND [--layout L] [--year N] [--unit U] … -o FILE`. Wrong arguments throw a
 * UsageError with a Swedish reason; nothing is guessed.
 */
import { UsageError } from "./errors";

export interface ValidateCommand {
  command: "validate";
  files: string[];
  json: boolean;
  settingsPath?: string;
  sheets: string[];
  /** undefined: colours when stdout is a terminal. */
  color?: boolean;
}

export interface TemplateCommand {
  command: "template";
  kind: string;
  /** Option name (without --) → value, e.g. { layout: "budget", year: "2025" }. */
  options: Record<string, string>;
  /** Switches given without a value (--with-varav). */
  flags: string[];
  output: string;
  force: boolean;
}

export type Command =
  | { command: "help" }
  | { command: "version" }
  | ValidateCommand
  | TemplateCommand;

/** Options of `template` that take a value; each maps to a field of TemplateOptions. */
export const TEMPLATE_VALUE_OPTIONS = [
  "layout",
  "level",
  "period",
  "year",
  "unit",
  "verksamheter",
  "verksamheter-file",
  "rows",
  "row-count",
  "outcome-years",
  "target-year",
  "sections",
  "risk-scale",
  "name",
  "settings",
] as const;

/** Options of `template` that are switches. */
export const TEMPLATE_FLAGS = [
  "with-varav",
  "with-gender",
  "koll-formulas",
] as const;

const HELP_WORDS = new Set(["-h", "--help", "help", "hjälp", "--hjälp"]);

function usage(sv: string, en: string): UsageError {
  return new UsageError(
    `${sv} – se rapportkoll --help`,
    `${en} – see rapportkoll --help`,
  );
}

/** Splits "--name=value" and reads "--name value". */
class ArgReader {
  private index = 0;
  constructor(private readonly args: string[]) {}

  get done(): boolean {
    return this.index >= this.args.length;
  }

  next(): string {
    return this.args[this.index++];
  }

  valueFor(option: string, inline: string | undefined): string {
    if (inline !== undefined) {
      if (inline === "")
        throw usage(`${option} saknar värde`, `${option} needs a value`);
      return inline;
    }
    if (this.done)
      throw usage(`${option} saknar värde`, `${option} needs a value`);
    const value = this.next();
    if (value.startsWith("--")) {
      throw usage(`${option} saknar värde`, `${option} needs a value`);
    }
    return value;
  }
}

function splitOption(arg: string): { name: string; inline?: string } {
  const eq = arg.indexOf("=");
  return eq > 0
    ? { name: arg.slice(0, eq), inline: arg.slice(eq + 1) }
    : { name: arg };
}

function parseValidate(args: string[]): ValidateCommand {
  const reader = new ArgReader(args);
  const command: ValidateCommand = {
    command: "validate",
    files: [],
    json: false,
    sheets: [],
  };
  let onlyFiles = false;
  while (!reader.done) {
    const arg = reader.next();
    if (onlyFiles || !arg.startsWith("-") || arg === "-") {
      command.files.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyFiles = true;
      continue;
    }
    const { name, inline } = splitOption(arg);
    switch (name) {
      case "--json":
        command.json = true;
        break;
      case "--settings":
        if (command.settingsPath !== undefined) {
          throw usage(
            "--settings får bara anges en gång",
            "--settings may be given once",
          );
        }
        command.settingsPath = reader.valueFor(name, inline);
        break;
      case "--sheet":
        command.sheets.push(reader.valueFor(name, inline));
        break;
      case "--color":
        command.color = true;
        break;
      case "--no-color":
        command.color = false;
        break;
      default:
        throw usage(`okänt alternativ ${name}`, `unknown option ${name}`);
    }
  }
  if (command.files.length === 0) {
    throw usage(
      "ange minst en xlsx-fil att kontrollera",
      "give at least one xlsx file to check",
    );
  }
  return command;
}

function parseTemplate(args: string[]): TemplateCommand {
  const reader = new ArgReader(args);
  const options: Record<string, string> = {};
  const flags: string[] = [];
  const positional: string[] = [];
  let output: string | undefined;
  let force = false;
  while (!reader.done) {
    const arg = reader.next();
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const { name, inline } = splitOption(arg);
    if (name === "-o" || name === "--output") {
      output = reader.valueFor(name, inline);
      continue;
    }
    if (name === "--force") {
      force = true;
      continue;
    }
    const bare = name.replace(/^--/, "");
    if (
      (TEMPLATE_FLAGS as readonly string[]).includes(bare) &&
      name.startsWith("--")
    ) {
      flags.push(bare);
      continue;
    }
    if (
      (TEMPLATE_VALUE_OPTIONS as readonly string[]).includes(bare) &&
      name.startsWith("--")
    ) {
      if (bare in options) {
        throw usage(
          `${name} får bara anges en gång`,
          `${name} may be given once`,
        );
      }
      options[bare] = reader.valueFor(name, inline);
      continue;
    }
    throw usage(`okänt alternativ ${name}`, `unknown option ${name}`);
  }
  if (positional.length === 0) {
    throw usage(
      "ange vilken sorts blad mallen ska skapa",
      "give the kind of sheet to create",
    );
  }
  if (positional.length > 1) {
    throw usage(
      `oväntat argument ${positional[1]}`,
      `unexpected argument ${positional[1]}`,
    );
  }
  if (!output)
    throw usage(
      "ange utfilen med -o FIL.xlsx",
      "give the output file with -o FILE.xlsx",
    );
  if (!/\.xlsx$/i.test(output)) {
    throw usage(
      "utfilen måste sluta på .xlsx",
      "the output file must end in .xlsx",
    );
  }
  return {
    command: "template",
    kind: positional[0],
    options,
    flags,
    output,
    force,
  };
}

export function parseArgs(argv: string[]): Command {
  if (argv.length === 0) {
    throw usage(
      "ange ett kommando: validate eller template",
      "give a command: validate or template",
    );
  }
  const [first, ...rest] = argv;
  if (
    HELP_WORDS.has(first) ||
    rest.some((arg) => HELP_WORDS.has(arg) && arg.startsWith("-"))
  ) {
    return { command: "help" };
  }
  if (first === "--version" || first === "-v") return { command: "version" };
  if (first === "validate" || first === "kontrollera")
    return parseValidate(rest);
  if (first === "template" || first === "mall") return parseTemplate(rest);
  if (first.startsWith("-"))
    throw usage(`okänt alternativ ${first}`, `unknown option ${first}`);
  throw usage(`okänt kommando ${first}`, `unknown command ${first}`);
}
