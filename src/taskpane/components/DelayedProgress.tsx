/**
 * A progress bar that appears only when work takes more than a moment, so quick runs do not
 * flash one. Determinate while the port or engine reports how far it is.
 */
import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Progress } from "../state/ValidationContext";
import { useStrings } from "../i18n";
import { commonStrings } from "./strings";

const DELAY_MS = 300;

export function DelayedProgress({
  running,
  progress,
}: {
  running: boolean;
  progress: Progress | null;
}) {
  const strings = useStrings(commonStrings);
  const [visible, setVisible] = React.useState(false);
  React.useEffect(() => {
    if (!running) {
      setVisible(false);
      return;
    }
    const timer = setTimeout(() => setVisible(true), DELAY_MS);
    return () => clearTimeout(timer);
  }, [running]);
  if (!running || !visible) return null;

  let label = strings.reading;
  let value: number | undefined;
  if (progress?.phase === "reading" && progress.total > 0) {
    label = strings.readingCells(progress.done, progress.total);
    value = progress.done / progress.total;
  } else if (progress?.phase === "checking") {
    label = strings.checking;
  }
  return (
    <Field validationMessage={label} validationState="none">
      <ProgressBar value={value} aria-label={label} />
    </Field>
  );
}
