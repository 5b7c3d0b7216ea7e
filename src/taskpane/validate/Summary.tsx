/**
 * The verdict of a validation: "Klar för inlämning" when there are no errors, otherwise how
 * many errors there are to fix; the counts; what was checked and how long it took.
 */
import {
  Badge,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { countBySeverity } from "../../core/findings";
import type { ValidationRun } from "../state/ValidationContext";
import { useStrings } from "../i18n";
import { validateStrings } from "./strings";

const useStyles = makeStyles({
  summary: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  meta: { color: tokens.colorNeutralForeground3 },
});

export function Summary({ run }: { run: ValidationRun }) {
  const styles = useStyles();
  const strings = useStrings(validateStrings);
  const counts = countBySeverity(run.results.flatMap((r) => r.findings));
  const scope =
    run.scope === "sheet" && run.results[0]
      ? strings.scopeSheet(run.results[0].sheet)
      : strings.scopeWorkbook;
  return (
    <section className={styles.summary} aria-live="polite">
      {counts.error === 0 ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.readyTitle}</MessageBarTitle>
            {strings.readyBody(counts.warning, counts.info)}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {strings.errorsTitle(counts.error)}
            </MessageBarTitle>
            {strings.errorsBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.counts}>
        <Badge appearance="tint" color="danger">
          {strings.errors(counts.error)}
        </Badge>
        <Badge appearance="tint" color="warning">
          {strings.warnings(counts.warning)}
        </Badge>
        <Badge appearance="tint" color="informative">
          {strings.infos(counts.info)}
        </Badge>
      </div>
      <Caption1 className={styles.meta}>
        {scope} · {strings.meta(run.results.length, run.cells, run.durationMs)}
      </Caption1>
    </section>
  );
}
