/**
 * risk.incomplete: a risk in the plan without an åtgärd, an ägare or a tidplan, or whose
 * tidplan has passed while its status is not Klart. Published plans often name the owner inside
 * the åtgärd cell ("… Ägare Kanslidirektören"), which counts. "Today" comes from the settings
 * when they fix it (tests, the command line), otherwise it is the real date.
 */
import { Finding } from "../findings";
import { CELL_BLANK, CELL_MISSING, CELL_TEXT } from "../layout/grid";
import { RiskTable } from "../layout/riskTable";
import { normalizeLabel } from "../layout/text";
import { readDeadline, todayIso } from "./riskDeadline";
import { RISK_KINDS, cellWords, riskSheet } from "./riskSheet";
import { Rule, RuleContext } from "./types";

/** Statuses that say the åtgärd is done ("Klart", "Genomförd"); "Ej klart i år" is not. */
const DONE =
  /^(?:klart|klar|genomförd|genomfört|genomförda|avslutad|avslutat|slutförd|slutfört|åtgärdad|åtgärdat|färdig|färdigt|done|completed)(?=$|[\s,.:;!(-])/;
/** An åtgärd cell that decides on no åtgärd: nobody owns it and no date is due. */
const NO_ACTION =
  /^(?:ingen(?: åtgärd)?|inga åtgärder|ej aktuellt|accepteras|risken accepteras|acceptera(?:s)? risken)\.?$/;
const OWNER_IN_TEXT = /(?:^|[\s.;,])(?:ägare|ansvarig)\s*:?\s*\S/;

function isEmpty(ctx: RuleContext, row: number, col: number): boolean {
  const kind = ctx.grid.kindAt(row, col);
  if (kind === CELL_BLANK || kind === CELL_MISSING) return true;
  return kind === CELL_TEXT && cellWords(ctx, row, col) === "";
}

function isDone(status: string): boolean {
  return DONE.test(normalizeLabel(status));
}

function missingFinding(
  ctx: RuleContext,
  row: number,
  col: number,
  sv: string,
  en: string,
): Finding {
  return ctx.finding(riskIncomplete, row, col, {
    message: sv,
    messageEn: en,
    actual: null,
  });
}

function checkRow(
  ctx: RuleContext,
  table: RiskTable,
  row: number,
  today: string,
): Finding[] {
  const { action, owner, deadline, status } = table.fields;
  const findings: Finding[] = [];
  const actionText =
    action !== undefined ? normalizeLabel(cellWords(ctx, row, action)) : "";
  const noAction = actionText !== "" && NO_ACTION.test(actionText);

  if (action !== undefined && isEmpty(ctx, row, action)) {
    findings.push(
      missingFinding(
        ctx,
        row,
        action,
        "Risken saknar åtgärd.",
        "The risk has no action.",
      ),
    );
  }
  if (noAction) return findings;

  if (owner !== undefined) {
    if (isEmpty(ctx, row, owner))
      findings.push(
        missingFinding(
          ctx,
          row,
          owner,
          "Risken saknar ägare.",
          "The risk has no owner.",
        ),
      );
  } else if (
    action !== undefined &&
    actionText !== "" &&
    !OWNER_IN_TEXT.test(actionText)
  ) {
    findings.push(
      missingFinding(
        ctx,
        row,
        action,
        "Åtgärden har ingen ägare: planen har ingen kolumn Ägare och ingen ägare står i åtgärden.",
        "The action has no owner: the plan has no Owner column and the action names none.",
      ),
    );
  }

  if (deadline === undefined) return findings;
  if (isEmpty(ctx, row, deadline)) {
    findings.push(
      missingFinding(
        ctx,
        row,
        deadline,
        "Risken saknar tidplan.",
        "The risk has no schedule.",
      ),
    );
    return findings;
  }
  const due = readDeadline(
    ctx.grid.value(row, deadline),
    ctx.grid.format(row, deadline),
  );
  if (due.kind !== "date" || due.date >= today) return findings;
  const statusText = status !== undefined ? cellWords(ctx, row, status) : "";
  if (isDone(statusText)) return findings;
  const shown =
    status === undefined
      ? {
          sv: "planen har ingen kolumn Status",
          en: "the plan has no Status column",
        }
      : statusText === ""
        ? { sv: "status saknas", en: "the status is missing" }
        : {
            sv: `status är "${statusText}"`,
            en: `the status is "${statusText}"`,
          };
  findings.push(
    ctx.finding(riskIncomplete, row, deadline, {
      message: `Tidplanen ${due.date} har passerat (i dag ${today}) men ${shown.sv}, inte Klart.`,
      messageEn: `The schedule ${due.date} has passed (today ${today}) but ${shown.en}, not Done.`,
      expected: "Klart",
      actual: statusText === "" ? null : statusText,
      ...(status !== undefined ? { related: [ctx.a1(row, status)] } : {}),
    }),
  );
  return findings;
}

export const riskIncomplete: Rule = {
  id: "risk.incomplete",
  severity: "warning",
  title: {
    sv: "Risken saknar åtgärd, ägare eller tidplan",
    en: "Risk without action, owner or schedule",
  },
  appliesTo: RISK_KINDS,
  check(ctx) {
    const sheet = riskSheet(ctx);
    if (!sheet) return [];
    const today = todayIso(ctx.settings.today);
    const findings: Finding[] = [];
    for (const row of sheet.table.riskRows)
      findings.push(...checkRow(ctx, sheet.table, row, today));
    return findings;
  },
};
