/** `rapportkoll --help`: Swedish first, English second. */
import { MAX_FILE_BYTES } from "./input/readFile";
import { MAX_PART_BYTES, MAX_TOTAL_BYTES } from "./input/inspect";
import { MAX_SHEET_CELLS } from "./input/snapshot";

const MB = 1024 * 1024;

/** `templateHelp`: the template kinds and choices, from core/templates' catalog. */
export function helpText(templateHelp: string): string {
  return `rapportkoll – kontrollerar kommunala ekonomirapporter i Excel-filer (.xlsx)

Användning:
  rapportkoll validate FIL.xlsx [FIL.xlsx …] [--json] [--settings inställningar.json]
                       [--sheet BLAD]… [--color | --no-color]
  rapportkoll template TYP [--year ÅR] [--unit tkr|mnkr] [--layout L] [alternativ …]
                       [--force] -o FIL.xlsx
  rapportkoll --help | --version

validate (kontrollera)
  Läser varje arbetsbok och kontrollerar summor, avvikelser, procent, tecken, tal lagrade som
  text, mål, riskvärden och belopp mellan bladen med samma motor som tillägget i Excel.
  Skriver per fil och blad en tabell (cell, allvar, regel, rad, kolumn, meddelande), en
  summarad per fil och till sist en sammanställning av alla filer.
  --json            ett enda JSON-dokument på stdout i stället för tabeller
  --settings FIL    inställningar i samma JSON-format som tillägget sparar
                    (signConvention, percentBase, tolerance, riskScale, kindOverrides …);
                    utan den används inställningarna som sparats i arbetsboken, annars standard
  --sheet BLAD      kontrollera bara detta blad (kan anges flera gånger)
  En formel utan sparat resultat (filen har inte räknats om i Excel) rapporteras som info
  (formula.uncached) och kontrolleras inte.

template (mall)
  Skapar en arbetsbok med ett standardblad, formler och format, samma som fliken Mallar.
  En befintlig fil skrivs bara över med --force (och först när den nya är färdigskriven).
${templateHelp}

Slutstatus
  0  inga fel (varningar och info kan finnas)
  1  minst ett fel i någon fil
  2  en fil kunde inte läsas eller argumenten är felaktiga; en rad på stderr anger filen och
     skälet. Övriga filer kontrolleras ändå.

Gränser (skydd mot zip-bomber)
  Läses inte: filer större än ${MAX_FILE_BYTES / MB} MB; arbetsblad, delade strängar eller format
  som packas upp till mer än ${MAX_PART_BYTES / MB} MB; arbetsböcker som packas upp till mer än
  ${MAX_TOTAL_BYTES / MB} MB; blad vars använda område har fler än ${MAX_SHEET_CELLS.toLocaleString("sv-SE")} celler.
  Storlekarna kontrolleras i zip-arkivets innehållsförteckning innan något packas upp, och
  varje del räknas medan den packas upp, så en fil som ljuger om sin storlek stoppas också.

English
  rapportkoll validate FILE.xlsx … checks each workbook with the add-in's engine and prints
  the findings per file and sheet, a summary line per file and a summary table. --json prints
  one JSON document instead; --settings FILE uses settings in the add-in's JSON format (default:
  those stored in the workbook, else the defaults); --sheet NAME checks only that sheet.
  rapportkoll template KIND … -o FILE.xlsx writes a standard sheet (--force to overwrite).
  Exit status: 0 no errors, 1 errors found, 2 a file could not be read or wrong arguments (one
  line on stderr per problem; the other files are still checked). Limits as above: files over
  ${MAX_FILE_BYTES / MB} MB, parts over ${MAX_PART_BYTES / MB} MB or workbooks over ${MAX_TOTAL_BYTES / MB} MB unpacked are refused.
`;
}
