/**
 * The `rapportkoll` executable: wires the real engine and templates into run(), and makes sure
 * that whatever happens the user sees one readable line and an exit status, never a stack.
 */
import { validateWorkbook } from "../core/validate";
import packageJson from "../../package.json";
import { bilingual, describeUnexpected, errnoCode } from "./errors";
import { applyHeapPolicy } from "./heapPolicy";
import { EXIT_INPUT, run } from "./run";
import { templateHelpText, writeTemplate } from "./template/command";

function fatal(error: unknown): void {
  const { sv, en } = describeUnexpected(error);
  try {
    process.stderr.write(`rapportkoll: ${bilingual(sv, en)}\n`);
  } finally {
    process.exit(EXIT_INPUT);
  }
}

process.on("uncaughtException", fatal);
process.on("unhandledRejection", fatal);
// `rapportkoll validate … | head` closes the pipe early: stop quietly, as other tools do.
process.stdout.on("error", (error: Error) => {
  if (errnoCode(error) === "EPIPE") process.exit(process.exitCode ?? 0);
  fatal(error);
});

applyHeapPolicy();

run(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  },
  {
    validate: validateWorkbook,
    writeTemplate,
    templateHelp: templateHelpText(),
    version: packageJson.version,
  },
).then((code) => {
  process.exitCode = code;
}, fatal);
