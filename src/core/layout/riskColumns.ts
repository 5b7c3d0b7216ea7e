/**
 * The words of an internal-control plan's header (domain.md §2 point 6): Risk | Bakgrund/Orsak |
 * Sannolikhet | Konsekvens | Riskvärde | Risknivå | Åtgärd | Ägare | Tidplan | Status |
 * Kommentar, with the abbreviations people use (S, K, RV, S×K) and the words that mark an
 * assessment before or after åtgärd (brutto / netto).
 */
import { cleanText, despace } from "./text";

export type RiskField =
  | "id"
  | "risk"
  | "background"
  | "likelihood"
  | "consequence"
  | "value"
  | "level"
  | "action"
  | "owner"
  | "deadline"
  | "status"
  | "comment";

/** An assessment before åtgärd (brutto), after it (netto), or the only one on the sheet. */
export type RiskStage = "single" | "brutto" | "netto";

export interface RiskHeaderMeaning {
  field: RiskField;
  /** Set when the header itself says before or after åtgärd. */
  stage?: "brutto" | "netto";
}

const BRUTTO =
  /brutto|före (?:åtgärd|åtgärder|kontroll)|inneboende|ursprunglig|utan åtgärd|innan åtgärd/;
const NETTO =
  /netto|efter (?:åtgärd|åtgärder|kontroll)|kvarstående|kvarvarande|restrisk|med åtgärd/;

/** The stage a header or group header names, if any. */
export function stageIn(text: string): "brutto" | "netto" | undefined {
  const spaced = cleanText(text).toLowerCase();
  if (BRUTTO.test(spaced)) return "brutto";
  if (NETTO.test(spaced)) return "netto";
  return undefined;
}

/** Stage words and scale hints removed: "Sannolikhet (1–4) före åtgärd" → "sannolikhet". */
function core(spaced: string): string {
  return spaced
    .replace(BRUTTO, " ")
    .replace(NETTO, " ")
    .replace(/\(\s*\d+\s*[-–]\s*\d+\s*\)/g, " ")
    .replace(/[*:]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const VALUE =
  /riskvärde|risktal|riskpoäng|riskvärdering|^rv$|^s\s*[x×*]\s*k$|^risk\s*\(?s\s*[x×*]\s*k\)?$|^värde$/;
const LEVEL = /risknivå|^nivå$|riskklass|riskkategori|riskgrad|^färg$/;
const LIKELIHOOD = /sannolikhet|^s$|^sannol\.?$/;
const CONSEQUENCE = /konsekvens|^k$|^kons\.?$/;
const ID = /^(?:nr\.?|id|nummer|risknr\.?|risk ?nr\.?|risk-?id|#)$/;
const RISK =
  /^(?:risk|risker|riskbeskrivning|beskrivning av risk(?:en)?|identifierad(?:e)? risk(?:er)?|risk ?\/ ?händelse|risk \(händelse\)|oönskad händelse|händelse|riskområde)$/;
const BACKGROUND = /bakgrund|orsak/;
const ACTION =
  /åtgärd|kontrollmoment|kontrollaktivitet|^kontroll$|riskhantering|^hantering$/;
const OWNER = /ägare|^ansvarig|^ansvar$/;
const DEADLINE =
  /tidplan|tidsplan|klart senast|slutdatum|deadline|^datum$|^när$|^klart till/;
const STATUS = /^status|uppföljning|^läge/;
const COMMENT = /kommentar|notering|anmärkning/;

/** What one header cell of a risk table names, or null for a header this table does not know. */
export function riskHeaderMeaning(text: string): RiskHeaderMeaning | null {
  const spaced = cleanText(text).toLowerCase();
  if (spaced === "") return null;
  const stage = stageIn(spaced);
  const word = core(spaced);
  const compact = despace(word);
  const meaning = (field: RiskField): RiskHeaderMeaning =>
    stage ? { field, stage } : { field };
  // Riskvärde headers often spell out the product ("Riskvärde (sannolikhet × konsekvens)").
  if (
    VALUE.test(word) ||
    (compact.includes("sannolikhet") && compact.includes("konsekvens"))
  )
    return meaning("value");
  if (LEVEL.test(word)) return meaning("level");
  if (LIKELIHOOD.test(word)) return meaning("likelihood");
  if (CONSEQUENCE.test(word)) return meaning("consequence");
  if (ID.test(word)) return { field: "id" };
  // "Risk efter åtgärd": the risk's value at that stage, not its description.
  if (RISK.test(word)) return meaning(stage ? "value" : "risk");
  if (BACKGROUND.test(word)) return { field: "background" };
  if (OWNER.test(word)) return { field: "owner" };
  if (DEADLINE.test(word)) return { field: "deadline" };
  if (STATUS.test(word)) return { field: "status" };
  if (COMMENT.test(word)) return { field: "comment" };
  if (ACTION.test(word)) return { field: "action" };
  // "Bruttorisk" / "Nettorisk" over S | K | Riskvärde: a group header, not a field.
  return null;
}

/** Fields a header row must name for a table to be an internal-control plan. */
export function isRiskHeader(fields: ReadonlySet<RiskField>): boolean {
  if (fields.has("likelihood") && fields.has("consequence")) return true;
  if (!fields.has("risk")) return false;
  let others = 0;
  for (const field of [
    "action",
    "value",
    "level",
    "deadline",
    "owner",
    "likelihood",
    "consequence",
  ] as const)
    if (fields.has(field)) others += 1;
  return others >= 1;
}
