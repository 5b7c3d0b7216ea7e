/**
 * The Validera tab: validate the workbook or the active sheet, see the verdict and the findings
 * per sheet and rule, go to a cell, mark the cells in the sheet, fix one finding or all of a
 * rule. Every fix is a batch on the undo stack; the validation follows every write.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  AccordionToggleEventHandler,
  Badge,
  Body1,
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  DocumentTableRegular,
  PaintBucketRegular,
  TableSearchRegular,
} from "@fluentui/react-icons";
import { Finding, countBySeverity } from "../../core/findings";
import type { CellEdit } from "../../core/workbook";
import { DelayedProgress } from "../components/DelayedProgress";
import { ErrorMessage } from "../components/ErrorMessage";
import { ProtectedBadge } from "../components/ProtectedBadge";
import { OverwriteDialog } from "../components/OverwriteDialog";
import { usePort } from "../PortContext";
import { protectedSheets } from "../state/marks";
import { Overwrite, findingCells, overwritesOf } from "../state/overwrites";
import { useValidation } from "../state/ValidationContext";
import { useWriter } from "../state/WriterContext";
import { useStrings } from "../i18n";
import { groupByRule } from "./grouping";
import { RuleGroupView } from "./RuleGroupView";
import { validateStrings } from "./strings";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  marks: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  marked: { color: tokens.colorNeutralForeground3 },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    flexWrap: "wrap",
    minWidth: 0,
  },
  sheetName: { fontWeight: tokens.fontWeightSemibold },
  kind: { color: tokens.colorNeutralForeground3 },
  sheetPanel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  accordion: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});

interface Pending {
  edits: CellEdit[];
  label: string;
  overwrites: Overwrite[];
}

export function ValidatePanel() {
  const styles = useStyles();
  const strings = useStrings(validateStrings);
  const port = usePort();
  const writer = useWriter();
  const validation = useValidation();
  const { run } = validation;
  const [error, setError] = React.useState<unknown>(null);
  const [pending, setPending] = React.useState<Pending | null>(null);
  const [marking, setMarking] = React.useState(false);
  // Sheets the user opened or closed; the others are open when they need attention.
  const [toggled, setToggled] = React.useState<ReadonlyMap<string, boolean>>(
    new Map(),
  );
  const busy = writer.busy || validation.running;

  const openSheets = (run?.results ?? [])
    .filter(
      (r) =>
        toggled.get(r.sheet) ?? r.findings.some((f) => f.severity !== "info"),
    )
    .map((r) => r.sheet);

  const onToggle: AccordionToggleEventHandler<string> = (_, data) => {
    const next = new Map(toggled);
    for (const r of run?.results ?? [])
      next.set(r.sheet, data.openItems.includes(r.sheet));
    setToggled(next);
  };

  const guard = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    }
  };

  const select = (finding: Finding) =>
    void guard(() => port.select(finding.sheet, finding.cell));

  const apply = (edits: CellEdit[], label: string) =>
    void guard(() => writer.apply(edits, label));

  const readOnly = run ? protectedSheets(run.snapshot) : new Set<string>();
  const canFix = (finding: Finding) =>
    !readOnly.has(finding.sheet) &&
    (finding.fix?.edits ?? []).every((e) => !readOnly.has(e.sheet));

  const fix = (findings: Finding[], label: string) => {
    if (!run) return;
    const edits = findings.filter(canFix).flatMap((f) => f.fix?.edits ?? []);
    if (edits.length === 0) return;
    const overwrites = overwritesOf(
      edits,
      run.snapshot,
      findingCells(findings),
    );
    if (overwrites.length > 0) setPending({ edits, label, overwrites });
    else apply(edits, label);
  };

  const toggleMarks = () =>
    void guard(async () => {
      setMarking(true);
      try {
        if (validation.highlight) await validation.clearMarks();
        else await validation.markFindings();
      } finally {
        setMarking(false);
      }
    });

  const sheets = run
    ? new Map(run.snapshot.sheets.map((s) => [s.name, s]))
    : null;
  const markable = run
    ? run.results.some(
        (r) =>
          !readOnly.has(r.sheet) &&
          r.findings.some((f) => f.severity !== "info"),
      )
    : false;

  return (
    <div className={styles.panel}>
      <Body1 className={styles.intro}>{strings.intro}</Body1>
      <div className={styles.actions} role="group" aria-label={strings.actions}>
        <Button
          appearance="primary"
          icon={<TableSearchRegular />}
          disabled={validation.running}
          onClick={() => void validation.start("workbook")}
        >
          {strings.validateWorkbook}
        </Button>
        <Button
          icon={<DocumentTableRegular />}
          disabled={validation.running}
          onClick={() => void validation.start("sheet")}
        >
          {strings.validateSheet}
        </Button>
      </div>

      <DelayedProgress
        running={validation.running}
        progress={validation.progress}
      />
      {validation.error !== null && <ErrorMessage error={validation.error} />}
      {error !== null && (
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
      )}

      {run && run.results.length === 0 && <Body1>{strings.noSheets}</Body1>}
      {run && run.results.length > 0 && (
        <>
          <Summary run={run} />
          {(markable || validation.highlight) && (
            <div className={styles.marks}>
              <Button
                icon={
                  validation.highlight ? (
                    <CheckmarkCircleRegular />
                  ) : (
                    <PaintBucketRegular />
                  )
                }
                disabled={marking || writer.busy}
                onClick={toggleMarks}
              >
                {validation.highlight ? strings.clearMarks : strings.markCells}
              </Button>
              {validation.highlight && (
                <Caption1 className={styles.marked}>
                  {strings.marked(validation.highlight.marks.length)}
                </Caption1>
              )}
            </div>
          )}
          <Accordion
            className={styles.accordion}
            multiple
            collapsible
            openItems={openSheets}
            onToggle={onToggle}
          >
            {run.results.map((result) => {
              const counts = countBySeverity(result.findings);
              return (
                <AccordionItem key={result.sheet} value={result.sheet}>
                  <AccordionHeader as="h2">
                    <span className={styles.header}>
                      <span className={styles.sheetName}>{result.sheet}</span>
                      <Caption1 className={styles.kind}>
                        {strings.kind(result.kind)}
                      </Caption1>
                      {counts.error > 0 && (
                        <Badge size="small" color="danger">
                          {strings.errors(counts.error)}
                        </Badge>
                      )}
                      {counts.warning > 0 && (
                        <Badge size="small" color="warning">
                          {strings.warnings(counts.warning)}
                        </Badge>
                      )}
                      {readOnly.has(result.sheet) && (
                        <ProtectedBadge label={strings.protectedBadge} />
                      )}
                      {counts.info > 0 && (
                        <Badge
                          size="small"
                          appearance="tint"
                          color="informative"
                        >
                          {strings.infos(counts.info)}
                        </Badge>
                      )}
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <div
                      className={styles.sheetPanel}
                      role="region"
                      aria-label={strings.findingsOf(result.sheet)}
                    >
                      {readOnly.has(result.sheet) && (
                        <Body1>{strings.protectedNote}</Body1>
                      )}
                      {result.findings.length === 0 ? (
                        <Body1>{strings.noFindings}</Body1>
                      ) : (
                        groupByRule(result.findings).map((group) => (
                          <RuleGroupView
                            key={group.rule}
                            group={group}
                            sheet={sheets?.get(result.sheet)}
                            busy={busy}
                            canFix={canFix}
                            onSelect={select}
                            onFix={fix}
                          />
                        ))
                      )}
                    </div>
                  </AccordionPanel>
                </AccordionItem>
              );
            })}
          </Accordion>
        </>
      )}

      <OverwriteDialog
        overwrites={pending?.overwrites ?? null}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          const batch = pending;
          setPending(null);
          if (batch) apply(batch.edits, batch.label);
        }}
      />
    </div>
  );
}
