/**
 * "Skriv riskmatris till bladet": beside the plan or on a new sheet, as one undoable batch
 * through the pane's writer. When the cells beside the plan are not empty the user is asked:
 * overwrite them, place the matrix after everything on the sheet, or cancel.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { rangeToA1, toA1 } from "../../core/workbook";
import { useLanguage, useStrings } from "../i18n";
import { usePort } from "../PortContext";
import { useSettings } from "../state/SettingsContext";
import { useWriter } from "../state/WriterContext";
import {
  MatrixPlacement,
  MatrixSource,
  Occupied,
  afterUsedPlacement,
  besidePlacement,
  matricesSize,
  matrixEdits,
  matrixTitle,
  matrixUndoLabel,
  newSheetPlacement,
  occupiedCells,
} from "./matrixEdits";
import { RiskSheetModel, riskSheetsOf } from "./model";
import { riskStrings } from "./strings";
import { Notice } from "../components/Notice";
import { messageOf } from "../components/ErrorMessage";

const SHOWN = 6;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  content: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
});

type Placement = "beside" | "newSheet";

type Status =
  | { type: "idle" }
  | { type: "busy" }
  | { type: "written"; sheet: string; cell: string; recordId: string }
  | { type: "undone" }
  | { type: "failed"; message: string };

interface Pending {
  occupied: Occupied[];
  range: string;
  overwrite: MatrixPlacement;
  /** Null when there is no room after the used range before Excel's last column. */
  further: MatrixPlacement | null;
  write: (where: MatrixPlacement) => Promise<void>;
}

/** What the chosen assessments count, or null when the plan no longer has one of them. */
function sourcesOf(
  model: RiskSheetModel,
  assessments: readonly number[],
): MatrixSource[] | null {
  const { table } = model;
  const sources: MatrixSource[] = [];
  for (const index of assessments) {
    const a = table.assessments[index];
    if (!a) return null;
    sources.push({
      sheet: model.name,
      title: matrixTitle(model.name, a.stage),
      likelihoodCol: a.likelihood,
      consequenceCol: a.consequence,
      firstRow: table.dataStart,
      lastRow: table.dataEnd,
    });
  }
  return sources;
}

export interface WriteMatrixProps {
  model: RiskSheetModel;
  /** The assessments to write, side by side (indices into the table's assessments). */
  assessments: number[];
}

export function WriteMatrix({ model, assessments }: WriteMatrixProps) {
  const styles = useStyles();
  const strings = useStrings(riskStrings);
  const language = useLanguage();
  const port = usePort();
  const writer = useWriter();
  const { settings } = useSettings();
  const count = assessments.length;
  // Judged on the tab's read for what the form offers; start() judges again on a fresh read.
  const besideFits =
    besidePlacement(
      model.name,
      model.table.headerRows[0],
      model.lastCol,
      matricesSize(model.scale, count),
    ) !== null;
  // A protected plan, or one that reaches Excel's last column, can still get its matrix on a
  // new sheet, so that is where it starts.
  const [placement, setPlacement] = React.useState<Placement>(
    model.sheet.protected || !besideFits ? "newSheet" : "beside",
  );
  const [status, setStatus] = React.useState<Status>({ type: "idle" });
  const [pending, setPending] = React.useState<Pending | null>(null);

  const write = async (
    fresh: RiskSheetModel,
    sources: MatrixSource[],
    where: MatrixPlacement,
  ) => {
    setPending(null);
    setStatus({ type: "busy" });
    try {
      const record = await writer.apply(
        matrixEdits(fresh.scale, sources, where),
        matrixUndoLabel(fresh.name),
      );
      const cell = toA1(where.top, where.left);
      setStatus({
        type: "written",
        sheet: where.sheet,
        cell,
        recordId: record.id,
      });
      // The matrix is there whatever happens now; a refusal to select it is no error.
      await port.select(where.sheet, cell).catch(() => undefined);
    } catch (error) {
      setStatus({
        type: "failed",
        message: messageOf(error, language, strings.writeFailed),
      });
    }
  };

  const start = async () => {
    if (placement === "beside" && (model.sheet.protected || !besideFits))
      return;
    setStatus({ type: "busy" });
    try {
      const snapshot = await port.readSnapshot();
      const sheet = snapshot.sheets.find((s) => s.name === model.name);
      // The plan as it is now: risks added since the tab's read must be counted, and the
      // matrix placed by the table's present header and columns.
      const fresh = sheet
        ? riskSheetsOf({ ...snapshot, sheets: [sheet] }, settings)[0]
        : undefined;
      const sources = fresh ? sourcesOf(fresh, assessments) : null;
      if (!sheet || !fresh || !sources) {
        setStatus({ type: "failed", message: strings.planGone(model.name) });
        return;
      }
      // Protected since the pane last read it: say so rather than let Excel refuse the batch.
      if (placement === "beside" && sheet.protected) {
        setStatus({ type: "failed", message: strings.protectedBeside });
        return;
      }
      const size = matricesSize(fresh.scale, sources.length);
      const headerRow = fresh.table.headerRows[0];
      const where =
        placement === "newSheet"
          ? newSheetPlacement(snapshot, fresh.name)
          : besidePlacement(fresh.name, headerRow, fresh.lastCol, size);
      // Grown towards XFD since the tab's read: said, not attempted.
      if (!where) {
        setStatus({ type: "failed", message: strings.besideTooFar });
        return;
      }
      const occupied = occupiedCells(sheet, where, size);
      if (occupied.length === 0) {
        await write(fresh, sources, where);
        return;
      }
      setStatus({ type: "idle" });
      setPending({
        occupied,
        range: rangeToA1(
          where.top,
          where.left,
          where.top + size.rows - 1,
          where.left + size.cols - 1,
        ),
        overwrite: where,
        further: afterUsedPlacement(sheet, headerRow, size),
        write: (to) => write(fresh, sources, to),
      });
    } catch (error) {
      setStatus({
        type: "failed",
        message: messageOf(error, language, strings.writeFailed),
      });
    }
  };

  const newest = writer.history[writer.history.length - 1];
  const canUndo = status.type === "written" && newest?.id === status.recordId;
  const undo = async () => {
    try {
      await writer.undo();
      setStatus({ type: "undone" });
    } catch (error) {
      setStatus({
        type: "failed",
        message: messageOf(error, language, strings.writeFailed),
      });
    }
  };
  const busy = status.type === "busy" || writer.busy;
  const besideProtected = placement === "beside" && model.sheet.protected;
  const besideTooFar =
    placement === "beside" && !model.sheet.protected && !besideFits;
  const both = count > 1;

  return (
    <section className={styles.root} aria-labelledby="risk-write-heading">
      <Subtitle2 as="h3" id="risk-write-heading" className={styles.text}>
        {strings.writeHeading}
      </Subtitle2>
      <Caption1 as="p" className={styles.hint}>
        {strings.writeIntro}
      </Caption1>
      <Field label={strings.placement}>
        <RadioGroup
          value={placement}
          onChange={(_, data) => setPlacement(data.value as Placement)}
        >
          <Radio value="beside" label={strings.placeBeside} />
          <Radio value="newSheet" label={strings.placeNewSheet} />
        </RadioGroup>
      </Field>
      {both && (
        <Caption1 as="p" className={styles.hint}>
          {strings.writeWhat(strings.writeBoth)}
        </Caption1>
      )}
      {besideProtected && (
        <Notice intent="warning" layout="multiline">
          {strings.protectedBeside}
        </Notice>
      )}
      {besideTooFar && (
        <Notice intent="warning" layout="multiline">
          {strings.besideTooFar}
        </Notice>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || besideProtected || besideTooFar}
          onClick={start}
        >
          {strings.write}
        </Button>
        {status.type === "busy" && (
          <Spinner size="tiny" label={strings.writing} />
        )}
      </div>

      {status.type === "written" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{strings.written}</MessageBarTitle>
            {strings.writtenBody(status.sheet, status.cell)}
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
        <Notice intent="info">{strings.undone}</Notice>
      )}
      {status.type === "failed" && (
        <Notice intent="error" layout="multiline">
          {status.message}
        </Notice>
      )}

      <Dialog
        open={pending !== null}
        modalType="alert"
        onOpenChange={(_, data) => !data.open && setPending(null)}
      >
        <DialogSurface aria-describedby="risk-occupied-intro">
          <DialogBody>
            <DialogTitle>{strings.occupiedTitle}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1 id="risk-occupied-intro">
                {pending &&
                  strings.occupiedIntro(pending.occupied.length, pending.range)}
              </Body1>
              <ul className={styles.list}>
                {pending?.occupied.slice(0, SHOWN).map((o) => (
                  <li key={o.cell}>
                    {o.cell}: {String(o.content)}
                  </li>
                ))}
              </ul>
              {pending && pending.occupied.length > SHOWN && (
                <Caption1>
                  {strings.occupiedMore(pending.occupied.length - SHOWN)}
                </Caption1>
              )}
              {pending && !pending.further && (
                <Caption1>{strings.furtherTooFar}</Caption1>
              )}
              <Caption1>{strings.occupiedUndo}</Caption1>
            </DialogContent>
            <DialogActions>
              {pending?.further && (
                <Button
                  appearance="primary"
                  onClick={() =>
                    pending.further && void pending.write(pending.further)
                  }
                >
                  {strings.placeFurther}
                </Button>
              )}
              <Button
                onClick={() => pending && void pending.write(pending.overwrite)}
              >
                {strings.overwrite}
              </Button>
              <Button appearance="secondary" onClick={() => setPending(null)}>
                {strings.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
