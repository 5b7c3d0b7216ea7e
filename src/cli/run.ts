/**
 * The command as a function of its arguments: parse, run, report, and return the exit status.
 * Nothing here touches process.* so that tests and main.ts share it.
 */
import { Command, TemplateCommand, ValidateCommand, parseArgs } from "./args";
import { FileReport, ValidateFn, checkFile } from "./checkFile";
import { bilingual, describeUnexpected } from "./errors";
import { helpText } from "./help";
import { jsonReport } from "./report/json";
import { COLOR_STYLE, PLAIN_STYLE } from "./report/style";
import { fileSection, summarySection } from "./report/text";
import { readSettingsFile } from "./settingsFile";

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_INPUT = 2;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  env: Record<string, string | undefined>;
}

export interface CliDeps {
  validate: ValidateFn;
  /** Writes a template; returns the sheet it created. */
  writeTemplate(
    command: TemplateCommand,
  ): Promise<{ sheetName: string; summary: string }>;
  /** The template part of --help. */
  templateHelp: string;
  version: string;
}

function errLine(
  io: CliIO,
  where: string | null,
  sv: string,
  en: string,
): void {
  io.stderr(`rapportkoll: ${where ? `${where}: ` : ""}${bilingual(sv, en)}\n`);
}

function useColor(command: ValidateCommand, io: CliIO): boolean {
  if (command.color !== undefined) return command.color;
  return io.stdoutIsTTY && !("NO_COLOR" in io.env && io.env.NO_COLOR !== "");
}

async function runValidate(
  command: ValidateCommand,
  io: CliIO,
  deps: CliDeps,
): Promise<number> {
  const settings = command.settingsPath
    ? readSettingsFile(command.settingsPath)
    : undefined;
  const style = useColor(command, io) ? COLOR_STYLE : PLAIN_STYLE;
  const reports: FileReport[] = [];
  for (const file of command.files) {
    const report = await checkFile(file, {
      validate: deps.validate,
      settings,
      sheets: command.sheets,
    });
    reports.push(report);
    if (report.error) errLine(io, file, report.error.sv, report.error.en);
    if (report.warning) errLine(io, file, report.warning.sv, report.warning.en);
    if (!command.json) io.stdout(fileSection(report, style));
  }
  if (command.json) io.stdout(jsonReport(reports));
  else io.stdout(summarySection(reports, style));

  if (reports.some((r) => r.error)) return EXIT_INPUT;
  if (reports.some((r) => r.summary.errors > 0)) return EXIT_FINDINGS;
  return EXIT_OK;
}

async function runTemplate(
  command: TemplateCommand,
  io: CliIO,
  deps: CliDeps,
): Promise<number> {
  const { sheetName, summary } = await deps.writeTemplate(command);
  io.stdout(`Skapade bladet "${sheetName}" (${summary}) i ${command.output}\n`);
  return EXIT_OK;
}

export async function run(
  argv: string[],
  io: CliIO,
  deps: CliDeps,
): Promise<number> {
  let command: Command;
  try {
    command = parseArgs(argv);
    switch (command.command) {
      case "help":
        io.stdout(helpText(deps.templateHelp));
        return EXIT_OK;
      case "version":
        io.stdout(`rapportkoll ${deps.version}\n`);
        return EXIT_OK;
      case "validate":
        return await runValidate(command, io, deps);
      case "template":
        return await runTemplate(command, io, deps);
    }
  } catch (error) {
    const { sv, en } = describeUnexpected(error);
    errLine(io, null, sv, en);
    return EXIT_INPUT;
  }
}
