/**
 * "Vilket håll är bättre?": one small choice per indicator whose direction the table does not
 * show. The choice goes into the workbook's settings (indicatorDirections), not into the table,
 * which is published as it is; the assessments and the rules that need a direction follow it.
 */
import * as React from "react";
import {
  Body1,
  Caption1,
  Field,
  Select,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import { IndicatorAttainment } from "../../core/layout/indicators/attainment";
import { indicatorKey } from "../../core/layout/indicators/direction";
import { useStrings } from "../i18n";
import { useSettings } from "../state/SettingsContext";
import { goalStrings } from "./strings";
import { ErrorMessage } from "../components/ErrorMessage";
import { fieldsetStyles } from "../components/panelStyles";

const useStyles = makeStyles({
  ...fieldsetStyles,
});

type Choice = "unknown" | "higher" | "lower";

export function DirectionChoices({
  indicators,
}: {
  indicators: readonly IndicatorAttainment[];
}) {
  const styles = useStyles();
  const strings = useStrings(goalStrings);
  const { settings, update } = useSettings();
  const [saved, setSaved] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  const asked = indicators.filter(
    (i) => i.needsDirection || i.direction.declaredBy === "settings",
  );
  if (asked.length === 0) return null;

  const choose = async (item: IndicatorAttainment, choice: Choice) => {
    const next = { ...settings.indicatorDirections };
    const key = indicatorKey(item.label);
    if (choice === "unknown") delete next[key];
    else next[key] = choice;
    setError(null);
    try {
      await update({ indicatorDirections: next });
      setSaved(true);
    } catch (caught) {
      setSaved(false);
      setError(caught);
    }
  };

  return (
    <fieldset className={styles.root}>
      <legend>
        <Subtitle2 as="h4" className={styles.text}>
          {strings.directionHeading}
        </Subtitle2>
      </legend>
      <Body1 as="p" className={styles.text}>
        {strings.directionIntro}
      </Body1>
      {asked.map((item) => {
        const current: Choice =
          item.direction.declaredBy === "settings" && item.direction.declared
            ? item.direction.declared
            : "unknown";
        return (
          <Field key={item.row} label={item.label}>
            <Select
              value={current}
              onChange={(_, data) => void choose(item, data.value as Choice)}
            >
              <option value="unknown">{strings.directionUnknown}</option>
              <option value="higher">{strings.directionHigher}</option>
              <option value="lower">{strings.directionLower}</option>
            </Select>
          </Field>
        );
      })}
      {saved && (
        <Caption1 as="p" className={styles.meta} aria-live="polite">
          {strings.directionSaved}
        </Caption1>
      )}
      {error !== null && (
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
      )}
    </fieldset>
  );
}
