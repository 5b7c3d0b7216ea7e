/**
 * The choices of the Mallar tab: the kind first, then only the fields that kind uses.
 */
import * as React from "react";
import {
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  INVESTMENT_SECTIONS,
  TEMPLATE_KINDS,
  TEMPLATE_LAYOUTS,
  TEMPLATE_LEVELS,
  TEMPLATE_PERIODS,
  TEMPLATE_UNITS,
  TemplateKind,
  TemplateLayout,
  defaultRowCount,
  kindChoice,
} from "../../core/templates";
import { useLanguage, useStrings } from "../i18n";
import { FieldProblem, TemplateForm, layoutOf, visibleFields } from "./form";
import { templateStrings } from "./strings";

const useStyles = makeStyles({
  fields: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  description: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface TemplateFieldsProps {
  form: TemplateForm;
  problems: FieldProblem[];
  riskScaleSize: number;
  onChange(patch: Partial<TemplateForm>): void;
}

export function TemplateFields({
  form,
  problems,
  riskScaleSize,
  onChange,
}: TemplateFieldsProps) {
  const styles = useStyles();
  const strings = useStrings(templateStrings);
  const language = useLanguage();
  const fields = visibleFields(form);
  const layout = layoutOf(form);
  const kind = kindChoice(form.kind);
  const problem = (field: FieldProblem["field"]) =>
    problems.find((p) => p.field === field);
  const yearProblem = problem("year");
  // An empty list is only an error once the user has been in it: not the moment it appears.
  const [ownListTouched, setOwnListTouched] = React.useState(false);
  const ownListProblem = ownListTouched && problem("ownList") !== undefined;
  const rowCountProblem = problem("rowCount");
  const textOf = (choice: { sv: string; en: string }) => choice[language];

  const labelListTitle =
    form.kind === "indikatorer"
      ? strings.indicatorList
      : form.kind === "internkontroll"
        ? strings.riskList
        : strings.postList;

  return (
    <div className={styles.fields}>
      <Field
        label={strings.kind}
        hint={language === "sv" ? kind.descriptionSv : kind.descriptionEn}
      >
        <Select
          value={form.kind}
          onChange={(_, data) => onChange({ kind: data.value as TemplateKind })}
        >
          {TEMPLATE_KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {textOf(k)}
            </option>
          ))}
        </Select>
      </Field>

      {fields.layout && layout && (
        <Field label={strings.layout}>
          <Select
            value={layout}
            onChange={(_, data) =>
              onChange({
                layouts: {
                  ...form.layouts,
                  [form.kind]: data.value as TemplateLayout,
                },
              })
            }
          >
            {kind.layouts.map((id) => (
              <option key={id} value={id}>
                {textOf(TEMPLATE_LAYOUTS.find((l) => l.id === id)!)}
              </option>
            ))}
          </Select>
        </Field>
      )}

      {fields.level && (
        <Field label={strings.level}>
          <RadioGroup
            layout="horizontal"
            value={form.level}
            onChange={(_, data) =>
              onChange({ level: data.value as TemplateForm["level"] })
            }
          >
            {TEMPLATE_LEVELS.map((l) => (
              <Radio key={l.id} value={l.id} label={textOf(l)} />
            ))}
          </RadioGroup>
        </Field>
      )}

      {fields.period && (
        <Field label={strings.period}>
          <Select
            value={form.period}
            onChange={(_, data) =>
              onChange({ period: data.value as TemplateForm["period"] })
            }
          >
            {TEMPLATE_PERIODS.map((p) => (
              <option key={p.id} value={p.id}>
                {textOf(p)}
              </option>
            ))}
          </Select>
        </Field>
      )}

      <Field
        label={strings.year}
        hint={strings.yearHint}
        validationState={yearProblem ? "error" : "none"}
        validationMessage={
          yearProblem?.field === "year"
            ? strings.yearInvalid(yearProblem.min, yearProblem.max)
            : undefined
        }
      >
        <Input
          type="number"
          inputMode="numeric"
          value={form.year}
          onChange={(_, data) => onChange({ year: data.value })}
        />
      </Field>

      {fields.unit && (
        <Field label={strings.unit}>
          <RadioGroup
            layout="horizontal"
            value={form.unit}
            onChange={(_, data) =>
              onChange({ unit: data.value as TemplateForm["unit"] })
            }
          >
            {TEMPLATE_UNITS.map((u) => (
              <Radio key={u.id} value={u.id} label={textOf(u)} />
            ))}
          </RadioGroup>
        </Field>
      )}

      {fields.verksamheter && (
        <>
          <Field label={strings.rowsSource}>
            <RadioGroup
              value={form.rowsSource}
              onChange={(_, data) =>
                onChange({
                  rowsSource: data.value as TemplateForm["rowsSource"],
                })
              }
            >
              <Radio value="scb" label={strings.rowsScb} />
              <Radio value="own" label={strings.rowsOwn} />
            </RadioGroup>
          </Field>
          {form.rowsSource === "scb" ? (
            <Switch
              checked={form.withVarav}
              label={strings.withVarav}
              onChange={(_, data) => onChange({ withVarav: data.checked })}
            />
          ) : (
            <Field
              label={strings.ownList}
              hint={strings.ownListHint}
              validationState={ownListProblem ? "error" : "none"}
              validationMessage={
                ownListProblem ? strings.ownListEmpty : undefined
              }
            >
              <Textarea
                value={form.ownList}
                rows={6}
                resize="vertical"
                onChange={(_, data) => onChange({ ownList: data.value })}
                onBlur={() => setOwnListTouched(true)}
              />
            </Field>
          )}
        </>
      )}

      {fields.sections && (
        <Field label={strings.sections}>
          <Select
            value={form.sections}
            onChange={(_, data) =>
              onChange({ sections: data.value as TemplateForm["sections"] })
            }
          >
            {INVESTMENT_SECTIONS.map((s) => (
              <option key={s.id} value={s.id}>
                {textOf(s)}
              </option>
            ))}
          </Select>
        </Field>
      )}

      {fields.labelList && (
        <Field label={labelListTitle} hint={strings.labelListHint}>
          <Textarea
            value={form.labelList}
            rows={5}
            resize="vertical"
            onChange={(_, data) => onChange({ labelList: data.value })}
          />
        </Field>
      )}

      {fields.rowCount && (
        <Field
          label={
            form.kind === "investeringar"
              ? strings.rowCountProjects
              : strings.rowCount
          }
          validationState={rowCountProblem ? "error" : "none"}
          validationMessage={
            rowCountProblem?.field === "rowCount"
              ? strings.rowCountInvalid(rowCountProblem.max)
              : undefined
          }
        >
          <Input
            type="number"
            inputMode="numeric"
            value={form.rowCount}
            placeholder={String(defaultRowCount(form.kind))}
            onChange={(_, data) => onChange({ rowCount: data.value })}
          />
        </Field>
      )}

      {fields.gender && (
        <Switch
          checked={form.withGender}
          label={strings.withGender}
          onChange={(_, data) => onChange({ withGender: data.checked })}
        />
      )}

      {fields.koll && (
        <Field hint={strings.kollFormulasHint}>
          <Switch
            checked={form.kollFormulas}
            label={strings.kollFormulas}
            onChange={(_, data) => onChange({ kollFormulas: data.checked })}
          />
        </Field>
      )}

      {fields.riskScale && (
        <p className={styles.description}>{strings.riskScale(riskScaleSize)}</p>
      )}

      <Field label={strings.sheetName} hint={strings.sheetNameHint}>
        <Input
          value={form.sheetName}
          placeholder={kind.sheetName}
          maxLength={31}
          onChange={(_, data) => onChange({ sheetName: data.value })}
        />
      </Field>
    </div>
  );
}
