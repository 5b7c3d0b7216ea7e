/**
 * "Ångra" for every tab: takes back the newest batch the pane wrote (fixes, fills, templates),
 * one at a time. Shown only while there is something to undo.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons";
import { useWriter } from "../state/WriterContext";
import { useStrings } from "../i18n";
import { ErrorMessage } from "./ErrorMessage";
import { commonStrings } from "./strings";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  label: {
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    minWidth: 0,
  },
  steps: { color: tokens.colorNeutralForeground3, flexShrink: 0 },
});

export function UndoBar() {
  const styles = useStyles();
  const strings = useStrings(commonStrings);
  const { history, undo, busy } = useWriter();
  const [error, setError] = React.useState<unknown>(null);
  const last = history[history.length - 1];

  if (!last && !error) return null;

  const onUndo = async () => {
    setError(null);
    try {
      await undo();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div className={styles.bar} role="region" aria-label={strings.undo}>
      {last && (
        <div className={styles.row}>
          <Button
            className={styles.label}
            icon={<ArrowUndoRegular />}
            disabled={busy}
            onClick={onUndo}
            title={strings.undoLabel(last.label)}
          >
            {busy ? strings.undoing : strings.undoLabel(last.label)}
          </Button>
          <Caption1 className={styles.steps}>
            {strings.undoSteps(history.length)}
          </Caption1>
        </div>
      )}
      {error !== null && (
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
      )}
    </div>
  );
}
