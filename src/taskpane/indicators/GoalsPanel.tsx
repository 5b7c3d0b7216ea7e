/**
 * The Mål tab: goal attainment per indicator sheet (Uppfyllt / Delvis uppfyllt / Ej uppfyllt /
 * Ej bedömd), "Färgsätt" for the Måluppfyllelse column (or a new column with the computed
 * assessments where a sheet has none), and a question per indicator whose better direction
 * the table does not show. Every write is one undoable batch through the pane's writer.
 */
import * as React from "react";
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { TableSearchRegular } from "@fluentui/react-icons";
import { SheetAttainment } from "../../core/layout/indicators/attainment";
import { CellEdit, Edit } from "../../core/workbook";
import { useLanguage, useStrings } from "../i18n";
import { usePort } from "../PortContext";
import { Overwrite, overwritesOf } from "../state/overwrites";
import { useWriter } from "../state/WriterContext";
import { OverwriteDialog } from "../components/OverwriteDialog";
import { addStatusColumnEdits, newStatusColumn, paintEdits } from "./edits";
import { GapSettings } from "./GapSettings";
import { SheetGoals } from "./SheetGoals";
import { goalStrings } from "./strings";
import { useAttainment } from "./useAttainment";
import { panelStyles } from "../components/panelStyles";
import { Notice } from "../components/Notice";
import { messageOf } from "../components/ErrorMessage";

const useStyles = makeStyles({
  ...panelStyles,
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
  },
});

type Done = { message: string; recordId: string } | { undone: true } | null;

interface Request {
  sheet: string;
  edits: Edit[];
  label: string;
  message: string;
}

export function GoalsPanel() {
  const styles = useStyles();
  const strings = useStrings(goalStrings);
  const language = useLanguage();
  const port = usePort();
  const writer = useWriter();
  const { sheets, readOnly, loading, error, load, reread } = useAttainment();
  const [done, setDone] = React.useState<Done>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [checking, setChecking] = React.useState(false);
  const [asking, setAsking] = React.useState<
    (Request & { overwrites: Overwrite[] }) | null
  >(null);
  // Sheet → the write that coloured it. While that write can still be undone the colours are
  // there, and colouring again would stack a second set of rules on the same cells.
  const [paintedBy, setPaintedBy] = React.useState<ReadonlyMap<string, string>>(
    new Map(),
  );
  const live = new Set(writer.history.map((r) => r.id));
  const isPainted = (sheet: string) => {
    const id = paintedBy.get(sheet);
    return id !== undefined && live.has(id);
  };

  const write = async ({ sheet, edits, label, message }: Request) => {
    setAsking(null);
    setFailure(null);
    setDone(null);
    try {
      const record = await writer.apply(edits, label);
      setPaintedBy((m) => new Map(m).set(sheet, record.id));
      setDone({ message, recordId: record.id });
    } catch (caught) {
      setFailure(messageOf(caught, language, strings.failedUnknown));
    }
  };

  // A protected sheet is not offered these (SheetGoals); Excel would refuse them anyway.
  const paint = async (sheet: SheetAttainment) => {
    if (readOnly.has(sheet.sheet) || isPainted(sheet.sheet)) return;
    await write({
      sheet: sheet.sheet,
      edits: paintEdits(sheet),
      label: goalStrings.sv.paintLabel(sheet.sheet),
      message: strings.painted(sheet.sheet),
    });
  };

  // The free column is found again in a fresh read: the user may have typed in Excel since
  // the pane counted, and what is there now must not be written over unasked.
  const addColumn = async (name: string) => {
    if (readOnly.has(name)) return;
    setFailure(null);
    setDone(null);
    setChecking(true);
    try {
      const fresh = await reread();
      if (fresh.readOnly.has(name)) {
        setFailure(strings.protectedNow(name));
        return;
      }
      const sheet = fresh.sheets.find((s) => s.sheet === name);
      const edits = sheet ? addStatusColumnEdits(sheet) : [];
      if (!sheet || sheet.statusColumns.length > 0 || edits.length === 0) {
        setFailure(strings.changedSince(name));
        return;
      }
      const request: Request = {
        sheet: name,
        edits,
        label: goalStrings.sv.addColumnLabel(name),
        message: strings.added(name, newStatusColumn(sheet)),
      };
      const overwrites = overwritesOf(
        edits.filter((e): e is CellEdit => e.op === "cell"),
        fresh.snapshot,
      );
      if (overwrites.length > 0) setAsking({ ...request, overwrites });
      else await write(request);
    } catch (caught) {
      setFailure(messageOf(caught, language, strings.failedUnknown));
    } finally {
      setChecking(false);
    }
  };

  const undo = async () => {
    setFailure(null);
    try {
      await writer.undo();
      setDone({ undone: true });
    } catch (caught) {
      setFailure(messageOf(caught, language, strings.failedUnknown));
    }
  };

  const select = (sheet: string, cell: string) => {
    port
      .select(sheet, cell)
      .catch((caught: unknown) =>
        setFailure(messageOf(caught, language, strings.failedUnknown)),
      );
  };

  const newest = writer.history[writer.history.length - 1];
  const canUndo =
    done !== null && "recordId" in done && newest?.id === done.recordId;
  const busy = loading || checking || writer.busy;

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
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<TableSearchRegular />}
          disabled={busy}
          onClick={() => void load()}
        >
          {sheets ? strings.recount : strings.count}
        </Button>
        {loading && <Spinner size="tiny" label={strings.counting} />}
      </div>

      {error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.failed}</MessageBarTitle>
            {messageOf(error, language, strings.failedUnknown)}
          </MessageBarBody>
        </MessageBar>
      )}
      {failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{strings.failed}</MessageBarTitle>
            {failure}
          </MessageBarBody>
        </MessageBar>
      )}
      {done !== null && "recordId" in done && (
        <Notice
          intent="success"
          actions={
            canUndo && (
              <Button
                size="small"
                disabled={writer.busy}
                onClick={() => void undo()}
              >
                {strings.undo}
              </Button>
            )
          }
        >
          {done.message}
        </Notice>
      )}
      {done !== null && "undone" in done && (
        <Notice intent="info">{strings.undone}</Notice>
      )}

      {sheets && sheets.length === 0 && (
        <Body1 as="p">{strings.noSheets}</Body1>
      )}
      {sheets?.map((sheet) => (
        <SheetGoals
          key={sheet.sheet}
          sheet={sheet}
          busy={busy}
          readOnly={readOnly.has(sheet.sheet)}
          painted={isPainted(sheet.sheet)}
          onPaint={() => void paint(sheet)}
          onAddColumn={() => void addColumn(sheet.sheet)}
          onSelect={(cell) => select(sheet.sheet, cell)}
        />
      ))}
      {sheets && sheets.length > 0 && <GapSettings />}
      <OverwriteDialog
        overwrites={asking?.overwrites ?? null}
        onCancel={() => setAsking(null)}
        onConfirm={() => asking && void write(asking)}
      />
    </div>
  );
}
