/**
 * Asks before a batch writes over cells that already have content, listing them (the first
 * few) with what they hold now and what they would become.
 */
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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Overwrite } from "../state/overwrites";
import { useStrings } from "../i18n";
import { displayValue } from "./displayValue";
import { commonStrings } from "./strings";

const SHOWN = 8;

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  cell: { fontWeight: tokens.fontWeightSemibold },
  values: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    wordBreak: "break-all",
  },
  content: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
});

export interface OverwriteDialogProps {
  /** The cells to ask about; null when the dialog is closed. */
  overwrites: Overwrite[] | null;
  onConfirm(): void;
  onCancel(): void;
}

export function OverwriteDialog({
  overwrites,
  onConfirm,
  onCancel,
}: OverwriteDialogProps) {
  const styles = useStyles();
  const strings = useStrings(commonStrings);
  const list = overwrites ?? [];
  return (
    <Dialog
      open={overwrites !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && onCancel()}
    >
      <DialogSurface aria-describedby="overwrite-intro">
        <DialogBody>
          <DialogTitle>{strings.overwriteTitle}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1 id="overwrite-intro">
              {strings.overwriteIntro(list.length)}
            </Body1>
            <ul className={styles.list}>
              {list.slice(0, SHOWN).map((o) => (
                <li key={`${o.sheet}!${o.cell}`}>
                  <span className={styles.cell}>
                    {strings.overwriteCell(o.sheet, o.cell)}
                  </span>
                  <Caption1 className={styles.values}>
                    {strings.overwriteNow} {displayValue(o.current)} ·{" "}
                    {strings.overwriteNext} {displayValue(o.next)}
                  </Caption1>
                </li>
              ))}
            </ul>
            {list.length > SHOWN && (
              <Caption1>{strings.overwriteMore(list.length - SHOWN)}</Caption1>
            )}
            <Caption1>{strings.overwriteUndo}</Caption1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {strings.overwriteConfirm}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {strings.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
