/**
 * How large a difference between women and men (or between areas) must be before the check
 * equality.unreported asks for "Omotiverade skillnader?": percentage points for shares, a part
 * of the total for indices and rates. Saved in the workbook's settings like every convention.
 */
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatNumber, parseSwedishNumber } from "../../core/numbers";
import { useStrings } from "../i18n";
import { useSettings } from "../state/SettingsContext";
import { goalStrings } from "./strings";
import { ErrorMessage } from "../components/ErrorMessage";
import { fieldsetStyles } from "../components/panelStyles";

const useStyles = makeStyles({
  ...fieldsetStyles,
  fields: {
    display: "flex",
    columnGap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
    alignItems: "flex-end",
  },
  input: { width: "7em" },
});

/** 5 → "5", 7.5 → "7,5". */
function show(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return formatNumber(rounded, { decimals: Number.isInteger(rounded) ? 0 : 1 });
}

/** A limit as the user typed it: a Swedish number, not negative, at most 100. */
function readLimit(text: string): number | null {
  const parsed = parseSwedishNumber(text);
  if (!parsed.ok || parsed.percent || parsed.value < 0 || parsed.value > 100)
    return null;
  return parsed.value;
}

export function GapSettings() {
  const styles = useStyles();
  const strings = useStrings(goalStrings);
  const { settings, update } = useSettings();
  const storedPoints = settings.equalityGapPoints;
  const storedRelative = settings.equalityGapRelative * 100;
  const [points, setPoints] = React.useState(() => show(storedPoints));
  const [relative, setRelative] = React.useState(() => show(storedRelative));
  // The workbook's settings arrive after the first render, and change when saved.
  React.useEffect(() => setPoints(show(storedPoints)), [storedPoints]);
  React.useEffect(() => setRelative(show(storedRelative)), [storedRelative]);
  const [saved, setSaved] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  const pointsValue = readLimit(points);
  const relativeValue = readLimit(relative);

  const save = async () => {
    if (pointsValue === null || relativeValue === null) return;
    setError(null);
    try {
      await update({
        equalityGapPoints: pointsValue,
        equalityGapRelative: relativeValue / 100,
      });
      setSaved(true);
    } catch (caught) {
      setSaved(false);
      setError(caught);
    }
  };

  return (
    <fieldset className={styles.root}>
      <legend>
        <Subtitle2 as="h3" className={styles.text}>
          {strings.gapHeading}
        </Subtitle2>
      </legend>
      <Caption1 as="p" className={styles.meta}>
        {strings.gapIntro}
      </Caption1>
      <div className={styles.fields}>
        <Field
          label={strings.gapPoints}
          validationState={pointsValue === null ? "error" : "none"}
          validationMessage={
            pointsValue === null ? strings.gapInvalid : undefined
          }
        >
          <Input
            className={styles.input}
            inputMode="decimal"
            value={points}
            onChange={(_, data) => {
              setPoints(data.value);
              setSaved(false);
            }}
          />
        </Field>
        <Field
          label={strings.gapRelative}
          validationState={relativeValue === null ? "error" : "none"}
          validationMessage={
            relativeValue === null ? strings.gapInvalid : undefined
          }
        >
          <Input
            className={styles.input}
            inputMode="decimal"
            value={relative}
            onChange={(_, data) => {
              setRelative(data.value);
              setSaved(false);
            }}
          />
        </Field>
        <Button
          disabled={pointsValue === null || relativeValue === null}
          onClick={() => void save()}
        >
          {strings.gapSave}
        </Button>
      </div>
      {saved && (
        <Caption1 as="p" className={styles.meta} aria-live="polite">
          {strings.gapSaved}
        </Caption1>
      )}
      {error !== null && (
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
      )}
    </fieldset>
  );
}
