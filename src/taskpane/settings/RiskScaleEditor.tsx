/**
 * The custom risk scale editor in Inställningar: size 3–6, a label for every step of both axes,
 * the levels with names and colours, and a level for every cell of the matrix (so bands may
 * depend on konsekvens). Saved in the workbook with the other settings and used at once by the
 * rules, the Risk tab and the templates.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  ColorSwatch,
  Field,
  Input,
  Label,
  Select,
  Subtitle2,
  SwatchPicker,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  RiskScale,
  cloneScale,
  parseRiskScale,
  resizeScale,
  startingScale,
} from "../../core/riskScale";
import {
  CUSTOM_SCALE_MAX_SIZE,
  CUSTOM_SCALE_MIN_SIZE,
  MAX_RISK_LEVELS,
} from "../../core/riskScale";
import { activeRiskScale } from "../../core/settings";
import { PortError } from "../../host/port";
import { useLanguage, useStrings } from "../i18n";
import { useSettings } from "../state/SettingsContext";
import { contrastText } from "../risk/colors";
import {
  ScaleProblem,
  addLevel,
  removeLevel,
  scaleProblems,
  setCellLevel,
  setLabel,
  setLevel,
  tidyScale,
} from "./riskScaleForm";
import { riskScaleStrings } from "./riskScaleStrings";
import { Notice } from "../components/Notice";

/** Traffic lights first, as internal-control plans colour them, then a few neutral ones. */
const PALETTE = [
  "#63BE7B",
  "#C6EFCE",
  "#FFEB84",
  "#F8A262",
  "#F8696B",
  "#C00000",
  "#9BC2E6",
  "#D9D9D9",
];

const SIZES = Array.from(
  { length: CUSTOM_SCALE_MAX_SIZE - CUSTOM_SCALE_MIN_SIZE + 1 },
  (_, i) => CUSTOM_SCALE_MIN_SIZE + i,
);

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "flex-end",
  },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  level: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: "2px",
    width: "100%",
    tableLayout: "fixed",
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  axis: {
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  cell: { padding: "2px", borderRadius: tokens.borderRadiusSmall },
  select: { minWidth: 0, width: "100%" },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

type SaveState =
  | { type: "idle" }
  | { type: "saving" }
  | { type: "saved" }
  | { type: "failed"; message: string };

function problemFor(
  problems: readonly ScaleProblem[],
  field: ScaleProblem["field"],
  index: number,
): ScaleProblem | undefined {
  return problems.find((p) => p.field === field && p.index === index);
}

export function RiskScaleEditor() {
  const styles = useStyles();
  const strings = useStrings(riskScaleStrings);
  const language = useLanguage();
  const { settings, update } = useSettings();
  const [draft, setDraft] = React.useState<RiskScale | null>(null);
  const [save, setSave] = React.useState<SaveState>({ type: "idle" });
  const stored = settings.customRiskScale;

  const open = () => {
    setSave({ type: "idle" });
    setDraft(
      cloneScale({ ...(stored ?? activeRiskScale(settings)), id: "custom" }),
    );
  };

  const change = (next: RiskScale) => {
    setDraft(next);
    if (save.type !== "saving") setSave({ type: "idle" });
  };

  const submit = async () => {
    if (!draft) return;
    const parsed = parseRiskScale(tidyScale(draft));
    if (!parsed.ok) {
      setSave({ type: "failed", message: parsed.reason });
      return;
    }
    setSave({ type: "saving" });
    try {
      await update({ customRiskScale: parsed.scale, riskScale: "custom" });
      setDraft(null);
      setSave({ type: "saved" });
    } catch (error) {
      const message =
        error instanceof PortError
          ? language === "sv"
            ? error.message
            : error.messageEn
          : strings.notSaved;
      setSave({ type: "failed", message });
    }
  };

  const levelNames = (scale: RiskScale) =>
    scale.levels.map((l) => (language === "sv" ? l.name : l.nameEn)).join(", ");

  return (
    <section
      className={styles.root}
      aria-labelledby="risk-scale-editor-heading"
    >
      <Subtitle2 as="h2" id="risk-scale-editor-heading" className={styles.text}>
        {strings.heading}
      </Subtitle2>
      <Caption1 as="p" className={styles.hint}>
        {strings.intro}
      </Caption1>
      {!draft && (
        <>
          <Body1 as="p" className={styles.text}>
            {stored
              ? strings.current(stored.size, levelNames(stored))
              : strings.none}
          </Body1>
          <div className={styles.actions}>
            <Button onClick={open}>
              {stored ? strings.edit : strings.create}
            </Button>
          </div>
        </>
      )}
      {draft && <EditorForm draft={draft} onChange={change} />}
      {draft && (
        <ProblemsAndActions
          draft={draft}
          saving={save.type === "saving"}
          onSave={submit}
          onCancel={() => {
            setDraft(null);
            setSave({ type: "idle" });
          }}
        />
      )}
      <Caption1 as="p" className={styles.hint} aria-live="polite">
        {save.type === "saving"
          ? strings.saving
          : save.type === "saved"
            ? strings.saved
            : ""}
      </Caption1>
      {save.type === "failed" && (
        <Notice intent="error" layout="multiline">
          {save.message}
        </Notice>
      )}
    </section>
  );
}

function ProblemsAndActions({
  draft,
  saving,
  onSave,
  onCancel,
}: {
  draft: RiskScale;
  saving: boolean;
  onSave(): void;
  onCancel(): void;
}) {
  const styles = useStyles();
  const strings = useStrings(riskScaleStrings);
  const count = scaleProblems(draft).length;
  return (
    <>
      {count > 0 && <Notice intent="warning">{strings.problems(count)}</Notice>}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={count > 0 || saving}
          onClick={onSave}
        >
          {strings.save}
        </Button>
        <Button onClick={onCancel}>{strings.cancel}</Button>
      </div>
    </>
  );
}

function EditorForm({
  draft,
  onChange,
}: {
  draft: RiskScale;
  onChange(next: RiskScale): void;
}) {
  const styles = useStyles();
  const strings = useStrings(riskScaleStrings);
  const problems = scaleProblems(draft);
  const n = draft.size;

  const labelMessage = (problem: ScaleProblem | undefined) =>
    problem?.code === "empty"
      ? strings.emptyLabel
      : problem?.code === "duplicate"
        ? strings.duplicateLabel
        : undefined;

  const axis = (which: "likelihood" | "consequence") => {
    const labels =
      which === "likelihood" ? draft.likelihoodLabels : draft.consequenceLabels;
    const name =
      which === "likelihood" ? strings.likelihood : strings.consequence;
    return (
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{name}</legend>
        {labels.map((label, i) => {
          const message = labelMessage(problemFor(problems, which, i));
          return (
            <Field
              key={i}
              label={strings.stepLabel(name, i + 1)}
              validationState={message ? "error" : "none"}
              validationMessage={message}
            >
              <Input
                value={label}
                onChange={(_, data) =>
                  onChange(setLabel(draft, which, i, data.value))
                }
              />
            </Field>
          );
        })}
      </fieldset>
    );
  };

  return (
    <>
      <div className={styles.row}>
        <Field label={strings.size}>
          <Select
            value={String(n)}
            onChange={(_, data) =>
              onChange(resizeScale(draft, Number(data.value)))
            }
          >
            {SIZES.map((size) => (
              <option key={size} value={size}>
                {strings.sizeOption(size)}
              </option>
            ))}
          </Select>
        </Field>
        <div
          role="group"
          aria-label={strings.startFrom}
          className={styles.actions}
        >
          <Button size="small" onClick={() => onChange(startingScale(4))}>
            {strings.start4}
          </Button>
          <Button size="small" onClick={() => onChange(startingScale(5))}>
            {strings.start5}
          </Button>
        </div>
      </div>
      {axis("likelihood")}
      {axis("consequence")}
      <LevelsFieldset draft={draft} problems={problems} onChange={onChange} />
      <LevelMatrix draft={draft} onChange={onChange} />
    </>
  );
}

function LevelsFieldset({
  draft,
  problems,
  onChange,
}: {
  draft: RiskScale;
  problems: readonly ScaleProblem[];
  onChange(next: RiskScale): void;
}) {
  const styles = useStyles();
  const strings = useStrings(riskScaleStrings);
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{strings.levels}</legend>
      {draft.levels.map((level, i) => {
        const nameProblem = problemFor(problems, "levelName", i);
        const nameMessage =
          nameProblem?.code === "empty"
            ? strings.emptyName
            : nameProblem?.code === "duplicate"
              ? strings.duplicateName
              : undefined;
        const colorProblem = problemFor(problems, "levelColor", i);
        const swatchLabel = `level-color-${i}`;
        return (
          <div key={i} className={styles.level}>
            <Field
              label={strings.levelName(i + 1)}
              validationState={nameMessage ? "error" : "none"}
              validationMessage={nameMessage}
            >
              <Input
                value={level.name}
                onChange={(_, data) =>
                  onChange(setLevel(draft, i, { name: data.value }))
                }
              />
            </Field>
            <Field label={strings.levelNameEn(i + 1)}>
              <Input
                value={level.nameEn}
                onChange={(_, data) =>
                  onChange(setLevel(draft, i, { nameEn: data.value }))
                }
              />
            </Field>
            <Label id={swatchLabel}>{strings.levelColor(i + 1)}</Label>
            <SwatchPicker
              aria-labelledby={swatchLabel}
              size="small"
              selectedValue={level.color.toUpperCase()}
              onSelectionChange={(_, data) =>
                onChange(setLevel(draft, i, { color: data.selectedValue }))
              }
            >
              {PALETTE.map((color) => (
                <ColorSwatch
                  key={color}
                  color={color}
                  value={color}
                  aria-label={strings.colorName(color)}
                />
              ))}
            </SwatchPicker>
            <Field
              label={strings.colorHex(i + 1)}
              validationState={colorProblem ? "error" : "none"}
              validationMessage={colorProblem ? strings.badColor : undefined}
            >
              <Input
                value={level.color}
                onChange={(_, data) =>
                  onChange(setLevel(draft, i, { color: data.value }))
                }
              />
            </Field>
            <div>
              <Button
                size="small"
                disabled={draft.levels.length <= 1}
                onClick={() => onChange(removeLevel(draft, i))}
              >
                {strings.removeLevel(level.name || String(i + 1))}
              </Button>
            </div>
          </div>
        );
      })}
      <div>
        <Button
          size="small"
          disabled={draft.levels.length >= MAX_RISK_LEVELS}
          onClick={() => onChange(addLevel(draft))}
        >
          {strings.addLevel}
        </Button>
      </div>
    </fieldset>
  );
}

function LevelMatrix({
  draft,
  onChange,
}: {
  draft: RiskScale;
  onChange(next: RiskScale): void;
}) {
  const styles = useStyles();
  const strings = useStrings(riskScaleStrings);
  const n = draft.size;
  const step = (i: number, labels: string[]) => `${i} ${labels[i - 1]}`;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{strings.matrix}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.axis}>
            {strings.corner}
          </th>
          {draft.consequenceLabels.map((label, k) => (
            <th key={k} scope="col" className={styles.axis}>
              {`${k + 1} ${label}`}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: n }, (_, i) => n - i).map((s) => (
          <tr key={s}>
            <th scope="row" className={styles.axis}>
              {step(s, draft.likelihoodLabels)}
            </th>
            {Array.from({ length: n }, (_, k) => k + 1).map((k) => {
              const index = draft.cellLevels[s - 1][k - 1];
              const color = draft.levels[index]?.color ?? "#FFFFFF";
              const valid = /^#[0-9A-Fa-f]{6}$/.test(color);
              return (
                <td
                  key={k}
                  className={styles.cell}
                  style={
                    valid
                      ? { backgroundColor: color, color: contrastText(color) }
                      : undefined
                  }
                >
                  <Select
                    size="small"
                    className={styles.select}
                    aria-label={strings.cellLabel(
                      step(s, draft.likelihoodLabels),
                      step(k, draft.consequenceLabels),
                    )}
                    value={String(index)}
                    onChange={(_, data) =>
                      onChange(setCellLevel(draft, s, k, Number(data.value)))
                    }
                  >
                    {draft.levels.map((level, l) => (
                      <option key={l} value={l}>
                        {level.name || String(l + 1)}
                      </option>
                    ))}
                  </Select>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
