/**
 * The Mallar tab: choose a standard sheet and its parameters, see what will be created, and
 * create it as one undoable batch through the task pane's writer.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Language, activeRiskScale } from "../../core/settings";
import {
  TemplateOptionsError,
  TemplateResult,
  buildTemplate,
} from "../../core/templates";
import { toA1 } from "../../core/workbook";
import { useLanguage, useStrings } from "../i18n";
import { usePort } from "../PortContext";
import { useSettings } from "../state/SettingsContext";
import { useWriter } from "../state/WriterContext";
import { TemplateFields } from "./TemplateFields";
import { TemplateForm, formToOptions, initialForm } from "./form";
import { templateStrings } from "./strings";
import { panelStyles } from "../components/panelStyles";
import { Notice } from "../components/Notice";
import { messageOf } from "../components/ErrorMessage";

const useStyles = makeStyles({
  ...panelStyles,
  preview: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
  },
});

type Status =
  | { type: "idle" }
  | { type: "busy" }
  | { type: "created"; sheetName: string; recordId: string }
  | { type: "undone"; sheetName: string }
  | { type: "failed"; message: string };

/** A bad template choice speaks for itself, as a PortError does. */
function templateMessage(
  error: unknown,
  language: Language,
  fallback: string,
): string {
  if (error instanceof TemplateOptionsError)
    return language === "sv" ? error.message : error.messageEn;
  return messageOf(error, language, fallback);
}

export function TemplatesPanel() {
  const styles = useStyles();
  const strings = useStrings(templateStrings);
  const language = useLanguage();
  const port = usePort();
  const writer = useWriter();
  const { settings } = useSettings();
  const riskScale = activeRiskScale(settings);
  const [form, setForm] = React.useState<TemplateForm>(() => initialForm());
  const [status, setStatus] = React.useState<Status>({ type: "idle" });

  const { options, problems } = formToOptions(form, riskScale);
  // What the sheet will look like (cheap to build); the real name is settled against the
  // workbook's sheets on creation.
  const preview = (():
    { result: TemplateResult } | { error: string } | null => {
    if (problems.length > 0) return null;
    try {
      return { result: buildTemplate(options, []) };
    } catch (error) {
      return { error: templateMessage(error, language, strings.failedUnknown) };
    }
  })();

  const update = (patch: Partial<TemplateForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    if (status.type === "failed" || status.type === "undone")
      setStatus({ type: "idle" });
  };

  const create = async () => {
    setStatus({ type: "busy" });
    try {
      const snapshot = await port.readSnapshot();
      const result = buildTemplate(
        options,
        snapshot.sheets.map((s) => s.name),
      );
      const record = await writer.apply(
        result.edits,
        `Skapa bladet ”${result.sheetName}”`,
      );
      setStatus({
        type: "created",
        sheetName: result.sheetName,
        recordId: record.id,
      });
      // Put the cursor where the typing starts. The sheet exists whatever happens here, so
      // a refusal to select is not worth an error message.
      const first = result.inputs[0];
      if (first)
        await port
          .select(result.sheetName, toA1(first.row, first.col))
          .catch(() => undefined);
    } catch (error) {
      setStatus({
        type: "failed",
        message: templateMessage(error, language, strings.failedUnknown),
      });
    }
  };

  const newest = writer.history[writer.history.length - 1];
  const canUndo = status.type === "created" && newest?.id === status.recordId;
  const undo = async () => {
    if (status.type !== "created") return;
    const sheetName = status.sheetName;
    try {
      await writer.undo();
      setStatus({ type: "undone", sheetName });
    } catch (error) {
      setStatus({
        type: "failed",
        message: templateMessage(error, language, strings.failedUnknown),
      });
    }
  };

  const busy = status.type === "busy" || writer.busy;
  const ready = preview !== null && "result" in preview;

  return (
    <div className={styles.root}>
      <div className={styles.heading}>
        <Subtitle1 as="h2" className={styles.text}>
          {strings.heading}
        </Subtitle1>
        <Body1 as="p" className={styles.intro}>
          {strings.intro}
        </Body1>
      </div>

      <TemplateFields
        form={form}
        problems={problems}
        riskScaleSize={riskScale.size}
        onChange={update}
      />

      {preview && "result" in preview && (
        <section
          className={styles.preview}
          aria-labelledby="template-preview-heading"
        >
          <Subtitle2
            as="h3"
            id="template-preview-heading"
            className={styles.text}
          >
            {strings.preview}
          </Subtitle2>
          <Body1 as="p" className={styles.text}>
            {strings.previewSheet(
              preview.result.sheetName,
              preview.result.summary.title,
            )}
          </Body1>
          <Body1 as="p" className={styles.text}>
            {strings.previewRows(
              preview.result.summary.rows,
              preview.result.summary.totals,
            )}
          </Body1>
          <Body1 as="p" className={styles.text}>
            {strings.previewColumns} {preview.result.summary.columns.join("; ")}
          </Body1>
          <Caption1 as="p" className={styles.text}>
            {strings.previewFormulas(preview.result.summary.formulas)}
            {options.kollFormulas ? ` ${strings.previewKoll}` : ""}
          </Caption1>
        </section>
      )}
      {preview && "error" in preview && (
        <Notice intent="warning">{preview.error}</Notice>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" disabled={!ready || busy} onClick={create}>
          {strings.create}
        </Button>
        {status.type === "busy" && (
          <Spinner size="tiny" label={strings.creating} />
        )}
      </div>

      {status.type === "created" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{strings.created}</MessageBarTitle>
            {strings.createdBody(status.sheetName)}
          </MessageBarBody>
          {canUndo && (
            <MessageBarActions>
              <Button size="small" disabled={busy} onClick={undo}>
                {strings.undo}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {status.type === "undone" && (
        <Notice intent="info">{strings.undone(status.sheetName)}</Notice>
      )}
      {status.type === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.failed}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
