/**
 * `rapportkoll template KIND … -o FILE.xlsx`: the same standard sheets as the Mallar tab, from
 * core/templates, written to a new workbook. An existing file is replaced only with --force,
 * and only once the new one is complete (written beside it, then renamed over it).
 */
import * as fs from "fs";
import * as path from "path";
import { activeRiskScale } from "../../core/settings";
import {
  INVESTMENT_SECTIONS,
  TEMPLATE_KINDS,
  TEMPLATE_LAYOUTS,
  TEMPLATE_LEVELS,
  TEMPLATE_PERIODS,
  TemplateOptions,
  TemplateOptionsError,
  buildTemplate,
} from "../../core/templates";
import { RISK_SCALE_PRESETS } from "../../core/riskScale";
import { TemplateCommand } from "../args";
import { UsageError, errnoCode } from "../errors";
import { readSettingsFile } from "../settingsFile";
import { TemplateWriteError, editsToXlsx } from "./writeXlsx";

/** "Resultaträkning", "resultatrakning", "RESULTATRÄKNING" → "resultatrakning". */
function kindId(text: string): TemplateOptions["kind"] {
  const plain = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  const found = TEMPLATE_KINDS.find(
    (k) =>
      k.id === plain ||
      k.sv
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z]/g, "") === plain,
  );
  if (!found) {
    const list = TEMPLATE_KINDS.map((k) => k.id).join(", ");
    throw new UsageError(
      `okänd mall "${text}"; välj en av ${list}`,
      `unknown template "${text}"; choose one of ${list}`,
    );
  }
  return found.id;
}

function wholeNumber(
  option: string,
  text: string | undefined,
): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,6}$/.test(text.trim())) {
    throw new UsageError(
      `--${option} måste vara ett heltal, inte "${text}"`,
      `--${option} must be a whole number, not "${text}"`,
    );
  }
  return Number(text.trim());
}

/** "A;B; varav C" → ["A", "B", " varav C"]: leading space keeps a Varav row a Varav row. */
function list(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  return text.split(/[;\n]/).filter((entry) => entry.trim() !== "");
}

function listFile(file: string | undefined): string[] | undefined {
  if (file === undefined) return undefined;
  try {
    return fs
      .readFileSync(file, "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .filter((line) => line.trim() !== "");
  } catch (error) {
    const code = errnoCode(error);
    throw new UsageError(
      `listan ${file} kan inte läsas (${code === "ENOENT" ? "filen finns inte" : code})`,
      `the list ${file} cannot be read (${code === "ENOENT" ? "file not found" : code})`,
    );
  }
}

export function templateOptions(
  command: TemplateCommand,
  now = new Date(),
): TemplateOptions {
  const o = command.options;
  if (o.verksamheter !== undefined && o["verksamheter-file"] !== undefined) {
    throw new UsageError(
      "ange --verksamheter eller --verksamheter-file, inte båda",
      "give --verksamheter or --verksamheter-file, not both",
    );
  }
  const settings =
    o.settings !== undefined ? readSettingsFile(o.settings) : undefined;
  let riskScale = settings ? activeRiskScale(settings) : undefined;
  if (o["risk-scale"] !== undefined) {
    const preset =
      RISK_SCALE_PRESETS[o["risk-scale"] as keyof typeof RISK_SCALE_PRESETS];
    if (!preset) {
      const names = Object.keys(RISK_SCALE_PRESETS).join(", ");
      throw new UsageError(
        `okänd riskskala "${o["risk-scale"]}"; välj ${names}`,
        `unknown risk scale "${o["risk-scale"]}"; choose ${names}`,
      );
    }
    riskScale = preset;
  }
  const kind = kindId(command.kind);
  const choice = TEMPLATE_KINDS.find((k) => k.id === kind);
  if (o.layout !== undefined && choice && choice.layouts.length === 0) {
    throw new UsageError(
      `${choice.sv} har bara en layout; ta bort --layout`,
      `${choice.en} has a single layout; leave out --layout`,
    );
  }
  const options: TemplateOptions = {
    kind,
    year: wholeNumber("year", o.year) ?? now.getFullYear(),
    unit: (o.unit ?? "tkr") as TemplateOptions["unit"],
    layout: o.layout as TemplateOptions["layout"],
    level: o.level as TemplateOptions["level"],
    period: o.period as TemplateOptions["period"],
    sections: o.sections as TemplateOptions["sections"],
    verksamheter: list(o.verksamheter) ?? listFile(o["verksamheter-file"]),
    rows: list(o.rows),
    rowCount: wholeNumber("row-count", o["row-count"]),
    outcomeYears: wholeNumber("outcome-years", o["outcome-years"]),
    targetYear: wholeNumber("target-year", o["target-year"]),
    withVarav: command.flags.includes("with-varav"),
    withGender: command.flags.includes("with-gender"),
    kollFormulas: command.flags.includes("koll-formulas"),
    riskScale,
    sheetName: o.name,
  };
  // Absent options stay absent, so that the templates' own defaults apply.
  for (const key of Object.keys(options) as (keyof TemplateOptions)[]) {
    if (options[key] === undefined) delete options[key];
  }
  return options;
}

function writeAtomically(file: string, data: Buffer, force: boolean): void {
  if (!force && fs.existsSync(file)) {
    throw new UsageError(
      `${file} finns redan; välj ett annat namn eller skriv över med --force`,
      `${file} exists; choose another name or overwrite with --force`,
    );
  }
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.tmp`,
  );
  try {
    fs.writeFileSync(temp, data, { flag: "wx" });
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = errnoCode(error);
    const reason =
      code === "ENOENT"
        ? "mappen finns inte"
        : code === "EACCES"
          ? "behörighet saknas"
          : code;
    throw new UsageError(
      `${file} kan inte skrivas (${reason})`,
      `${file} cannot be written (${code})`,
    );
  }
}

export async function writeTemplate(
  command: TemplateCommand,
): Promise<{ sheetName: string; summary: string }> {
  const options = templateOptions(command);
  let result: ReturnType<typeof buildTemplate>;
  try {
    result = buildTemplate(options, []);
  } catch (error) {
    if (error instanceof TemplateOptionsError) {
      throw new UsageError(error.message, error.messageEn);
    }
    throw error;
  }
  let data: Buffer;
  try {
    data = await editsToXlsx(result.edits);
  } catch (error) {
    if (error instanceof TemplateWriteError)
      throw new UsageError(error.sv, error.en);
    throw error;
  }
  writeAtomically(command.output, data, command.force);
  const s = result.summary;
  return {
    sheetName: result.sheetName,
    summary: `${s.rows} rader, ${s.formulas} formler`,
  };
}

const choices = (list: readonly { id: string; sv: string }[]) =>
  list.map((c) => `${c.id} (${c.sv})`).join(", ");

/** The template part of --help, from the catalog the Mallar tab shows too. */
export function templateHelpText(): string {
  const kinds = TEMPLATE_KINDS.map(
    (k) =>
      `    ${k.id.padEnd(17)}${k.sv}${k.layouts.length ? `; --layout ${k.layouts.join("|")}` : ""}`,
  ).join("\n");
  const option = (name: string, text: string) => `  ${name.padEnd(26)}${text}`;
  return [
    "  TYP:",
    kinds,
    option("--year ÅR", "rapportens år (standard: innevarande år)"),
    option("--unit tkr|mnkr", "enhet (standard tkr)"),
    option(
      "--layout L",
      TEMPLATE_LAYOUTS.map((l) => l.id).join(", ") + " (se TYP ovan)",
    ),
    option("--level L", `resultaträkning: ${choices(TEMPLATE_LEVELS)}`),
    option(
      "--period P",
      `uppföljning: ${TEMPLATE_PERIODS.map((p) => p.id).join(", ")}`,
    ),
    option(
      '--verksamheter "A;B;C"',
      'driftredovisning: egna verksamheter; " varav X" blir varav-rad',
    ),
    option("--verksamheter-file FIL", "samma, en per rad i en textfil"),
    option(
      "--with-varav",
      "driftredovisning: varav-rader under Politisk verksamhet",
    ),
    option(
      "--sections S",
      `investeringar: ${INVESTMENT_SECTIONS.map((c) => c.id).join(", ")}`,
    ),
    option(
      '--rows "A;B"',
      "indikatorer, internkontroll, riskanalys: radernas namn",
    ),
    option("--row-count N", "antal tomma rader när inga namn ges"),
    option("--outcome-years N", "indikatorer: antal utfallsår"),
    option("--target-year ÅR", "indikatorer: målvärdets år"),
    option("--with-gender", "indikatorer: kolumner för kvinnor och män"),
    option("--koll-formulas", "indikatorer: KOLL.*-formler för måluppfyllelse"),
    option(
      "--risk-scale 4x4|5x5",
      "internkontroll: riskskala (eller riskScale i --settings)",
    ),
    option("--name NAMN", "bladets namn"),
  ].join("\n");
}
