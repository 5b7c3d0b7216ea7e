/**
 * The Inställningar tab: the conventions the workbook is checked under and the pane's language.
 * Every change applies at once and is saved in the workbook through the port.
 */
import * as React from "react";
import {
  Body1,
  Caption1,
  Field,
  Label,
  Radio,
  RadioGroup,
  SpinButton,
  SpinButtonChangeEvent,
  SpinButtonOnChangeData,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatNumber, parseSwedishNumber } from "../../core/numbers";
import {
  Language,
  PercentBase,
  Settings,
  SignConvention,
} from "../../core/settings";
import { ErrorMessage } from "../components/ErrorMessage";
import { useSettings } from "../state/SettingsContext";
import { useStrings } from "../i18n";
import { RiskScaleEditor } from "./RiskScaleEditor";
import { settingsStrings } from "./strings";
import { Notice } from "../components/Notice";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  intro: { color: tokens.colorNeutralForeground2 },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: { color: tokens.colorNeutralForeground3, minHeight: "16px" },
  group: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

type SaveState = "idle" | "saving" | "saved" | "failed";

const TOLERANCE_MAX = 1000;
const DEFAULT_NUMERIC_TOLERANCE = 1;

export function SettingsPanel() {
  const styles = useStyles();
  const strings = useStrings(settingsStrings);
  const { settings, update, problem } = useSettings();
  const [state, setState] = React.useState<SaveState>("idle");
  const [error, setError] = React.useState<unknown>(null);
  const [toleranceText, setToleranceText] = React.useState<string | null>(null);

  const save = async (patch: Partial<Settings>) => {
    setState("saving");
    setError(null);
    try {
      await update(patch);
      setState("saved");
    } catch (caught) {
      setState("failed");
      setError(caught);
    }
  };

  const automaticTolerance = settings.tolerance === "auto";
  const tolerance = automaticTolerance
    ? DEFAULT_NUMERIC_TOLERANCE
    : (settings.tolerance as number);
  const toleranceInvalid = toleranceText !== null;

  const onTolerance = (
    _: SpinButtonChangeEvent,
    data: SpinButtonOnChangeData,
  ) => {
    let value = data.value ?? null;
    if (value === null && data.displayValue !== undefined) {
      const parsed = parseSwedishNumber(data.displayValue);
      value = parsed.ok ? parsed.value : null;
    }
    if (value === null || value < 0 || value > TOLERANCE_MAX) {
      setToleranceText(data.displayValue ?? "");
      return;
    }
    setToleranceText(null);
    void save({ tolerance: value });
  };

  return (
    <div className={styles.panel}>
      <Body1 className={styles.intro}>{strings.intro}</Body1>
      {problem && (
        <Notice intent="warning" layout="multiline">
          {strings.storedProblem(problem)}
        </Notice>
      )}

      <div className={styles.card}>
        <Field
          label={{ children: strings.signTitle, weight: "semibold" }}
          hint={strings.signHint}
        >
          <RadioGroup
            value={settings.signConvention}
            onChange={(_, data) =>
              void save({ signConvention: data.value as SignConvention })
            }
          >
            <Radio value="auto" label={strings.signAuto} />
            <Radio value="A" label={strings.signA} />
            <Radio value="B" label={strings.signB} />
          </RadioGroup>
        </Field>
        <Field label={{ children: strings.baseTitle, weight: "semibold" }}>
          <RadioGroup
            value={settings.percentBase}
            onChange={(_, data) =>
              void save({ percentBase: data.value as PercentBase })
            }
          >
            <Radio value="auto" label={strings.baseAuto} />
            <Radio value="from" label={strings.baseFrom} />
            <Radio value="to" label={strings.baseTo} />
          </RadioGroup>
        </Field>
      </div>

      <div className={styles.card}>
        <div
          className={styles.group}
          role="group"
          aria-labelledby="tolerance-title"
        >
          <Label id="tolerance-title" weight="semibold">
            {strings.toleranceTitle}
          </Label>
          <Switch
            label={strings.toleranceAuto}
            checked={automaticTolerance}
            aria-describedby="tolerance-hint"
            onChange={(_, data) => {
              setToleranceText(null);
              void save({ tolerance: data.checked ? "auto" : tolerance });
            }}
          />
          <Caption1 id="tolerance-hint" className={styles.hint}>
            {strings.toleranceAutoHint}
          </Caption1>
        </div>
        {!automaticTolerance && (
          <Field
            label={strings.toleranceValue}
            validationState={toleranceInvalid ? "error" : "none"}
            validationMessage={
              toleranceInvalid ? strings.toleranceInvalid : undefined
            }
          >
            <SpinButton
              value={toleranceInvalid ? null : tolerance}
              displayValue={
                toleranceInvalid
                  ? (toleranceText ?? "")
                  : formatNumber(tolerance, {
                      decimals: Number.isInteger(tolerance) ? 0 : 1,
                    })
              }
              min={0}
              max={TOLERANCE_MAX}
              step={0.5}
              onChange={onTolerance}
            />
          </Field>
        )}
      </div>

      <div className={styles.card}>
        <Field label={{ children: strings.riskTitle, weight: "semibold" }}>
          <RadioGroup
            value={settings.riskScale}
            onChange={(_, data) =>
              void save({ riskScale: data.value as Settings["riskScale"] })
            }
          >
            <Radio value="4x4" label={strings.risk4} />
            <Radio value="5x5" label={strings.risk5} />
            {settings.customRiskScale && (
              <Radio value="custom" label={strings.riskCustom} />
            )}
          </RadioGroup>
        </Field>
        <Field label={{ children: strings.languageTitle, weight: "semibold" }}>
          <RadioGroup
            value={settings.language}
            onChange={(_, data) =>
              void save({ language: data.value as Language })
            }
          >
            <Radio value="sv" label={strings.languageSv} />
            <Radio value="en" label={strings.languageEn} />
          </RadioGroup>
        </Field>
      </div>

      <div className={styles.card}>
        <RiskScaleEditor />
      </div>

      <Caption1 className={styles.status} aria-live="polite">
        {state === "saving"
          ? strings.saving
          : state === "saved"
            ? strings.saved
            : ""}
      </Caption1>
      {state === "failed" && (
        <>
          <Caption1>{strings.notSaved}</Caption1>
          <ErrorMessage error={error} onDismiss={() => setError(null)} />
        </>
      )}
    </div>
  );
}
