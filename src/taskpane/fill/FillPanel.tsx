/**
 * The Fyll i tab: reads the active sheet, recognises its table, shows what is missing (per
 * column and total row) and fills it in as formulas or values in one undoable batch. Cells
 * that already hold something are only replaced when the user asks for it and confirms.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  DocumentTableSearchRegular,
  TableEditRegular,
} from "@fluentui/react-icons";
import { FillMode, planFill } from "../../core/fill";
import { recognizeSheet } from "../../core/layout/registry";
import type { SheetLayout } from "../../core/layout/types";
import type { SheetSnapshot } from "../../core/workbook";
import { ErrorMessage } from "../components/ErrorMessage";
import { OverwriteDialog } from "../components/OverwriteDialog";
import { usePort } from "../PortContext";
import type { Overwrite } from "../state/overwrites";
import { useSettings } from "../state/SettingsContext";
import { useWriter } from "../state/WriterContext";
import { useStrings } from "../i18n";
import { validateStrings } from "../validate/strings";
import { fillStrings } from "./strings";
import { Notice } from "../components/Notice";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});

interface Target {
  sheet: SheetSnapshot;
  layout: SheetLayout;
}

export function FillPanel() {
  const styles = useStyles();
  const strings = useStrings(fillStrings);
  const kinds = useStrings(validateStrings);
  const port = usePort();
  const writer = useWriter();
  const { settings } = useSettings();
  const [mode, setMode] = React.useState<FillMode>("formulas");
  const [target, setTarget] = React.useState<Target | null>(null);
  const [includeOverwrites, setIncludeOverwrites] = React.useState(false);
  const [asking, setAsking] = React.useState<Overwrite[] | null>(null);
  const [reading, setReading] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  const [done, setDone] = React.useState<number | null>(null);

  const analyse = React.useCallback(async () => {
    setReading(true);
    setError(null);
    try {
      const snapshot = await port.readSnapshot();
      const sheet =
        snapshot.sheets.find((s) => s.name === snapshot.activeSheet) ??
        snapshot.sheets[0];
      if (!sheet) {
        setTarget(null);
        return;
      }
      setTarget({ sheet, layout: recognizeSheet(sheet, settings) });
    } catch (caught) {
      setError(caught);
    } finally {
      setReading(false);
    }
  }, [port, settings]);

  // A write or undo anywhere in the pane changes the sheet: read it again.
  const lastRevision = React.useRef(writer.revision);
  React.useEffect(() => {
    if (lastRevision.current === writer.revision) return;
    lastRevision.current = writer.revision;
    if (target) void analyse();
  }, [writer.revision, target, analyse]);

  const plan = React.useMemo(
    () =>
      target ? planFill(target.sheet, target.layout, settings, { mode }) : null,
    [target, settings, mode],
  );

  const overwrites = includeOverwrites && plan ? plan.overwrites : [];
  const total = plan ? plan.edits.length + overwrites.length : 0;

  const apply = async () => {
    if (!plan || !target || target.sheet.protected) return;
    setAsking(null);
    setError(null);
    const edits = [...plan.edits, ...overwrites.map((o) => o.edit)];
    try {
      await writer.apply(
        edits,
        strings.fillLabel(target.sheet.name, edits.length),
      );
      setDone(edits.length);
      setIncludeOverwrites(false);
    } catch (caught) {
      setError(caught);
    }
  };

  const onFill = () => {
    if (!target) return;
    setDone(null);
    if (overwrites.length > 0) {
      setAsking(
        overwrites.map((o) => ({
          sheet: target.sheet.name,
          cell: o.cell,
          current: o.current,
          next: o.edit.formula ?? o.edit.value ?? "",
        })),
      );
    } else void apply();
  };

  const summary = plan?.summary;
  const nothing =
    plan &&
    !plan.unsupported &&
    plan.edits.length === 0 &&
    plan.overwrites.length === 0;

  return (
    <div className={styles.panel}>
      <Body1 className={styles.intro}>{strings.intro}</Body1>
      <div className={styles.card}>
        <Field label={{ children: strings.modeTitle, weight: "semibold" }}>
          <RadioGroup
            value={mode}
            onChange={(_, data) => setMode(data.value as FillMode)}
          >
            <Radio
              value="formulas"
              label={strings.modeFormulas}
              aria-describedby="fill-formulas-hint"
            />
            <Caption1 id="fill-formulas-hint" className={styles.hint}>
              {strings.modeFormulasHint}
            </Caption1>
            <Radio
              value="values"
              label={strings.modeValues}
              aria-describedby="fill-values-hint"
            />
            <Caption1 id="fill-values-hint" className={styles.hint}>
              {strings.modeValuesHint}
            </Caption1>
          </RadioGroup>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          appearance={target ? "secondary" : "primary"}
          icon={<DocumentTableSearchRegular />}
          disabled={reading}
          onClick={() => {
            setDone(null);
            void analyse();
          }}
        >
          {target ? strings.analyseAgain : strings.analyse}
        </Button>
      </div>

      {error !== null && (
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
      )}
      {done !== null && (
        <Notice intent="success" layout="multiline">
          {strings.done(done)}
        </Notice>
      )}

      {target && plan && (
        <section className={styles.card} aria-labelledby="fill-sheet-heading">
          <Subtitle2 as="h2" id="fill-sheet-heading" className={styles.heading}>
            {strings.sheetHeading(
              target.sheet.name,
              kinds.kind(target.layout.kind),
            )}
          </Subtitle2>
          {plan.unsupported === "kind" && (
            <Body1>{strings.unsupportedKind}</Body1>
          )}
          {plan.unsupported === "empty" && (
            <Body1>{strings.unsupportedEmpty}</Body1>
          )}
          {target.sheet.protected && <Body1>{strings.protectedSheet}</Body1>}
          {nothing && <Body1>{strings.nothing}</Body1>}
          {summary && plan.edits.length > 0 && !target.sheet.protected && (
            <ul className={styles.list} aria-label={strings.plannedList}>
              {summary.columns.map((c) => (
                <li key={`c${c.col}`}>
                  <Body1>{strings.columnCells(c.header, c.cells)}</Body1>
                </li>
              ))}
              {summary.totalRows.map((r) => (
                <li key={`r${r.row}`}>
                  <Body1>{strings.totalCells(r.label, r.cells)}</Body1>
                </li>
              ))}
              {summary.text > 0 && (
                <li>
                  <Body1>{strings.textCells(summary.text)}</Body1>
                </li>
              )}
            </ul>
          )}
          {plan.overwrites.length > 0 && !target.sheet.protected && (
            <Checkbox
              checked={includeOverwrites}
              onChange={(_, data) =>
                setIncludeOverwrites(Boolean(data.checked))
              }
              label={strings.includeOverwrites(plan.overwrites.length)}
              aria-describedby="fill-overwrites-hint"
            />
          )}
          {plan.overwrites.length > 0 && !target.sheet.protected && (
            <Caption1 id="fill-overwrites-hint" className={styles.hint}>
              {strings.includeOverwritesHint}
            </Caption1>
          )}
          {total > 0 && !target.sheet.protected && (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                icon={<TableEditRegular />}
                disabled={writer.busy || reading}
                onClick={onFill}
              >
                {strings.fill(total)}
              </Button>
            </div>
          )}
        </section>
      )}

      <OverwriteDialog
        overwrites={asking}
        onCancel={() => setAsking(null)}
        onConfirm={() => void apply()}
      />
    </div>
  );
}
