/**
 * The Risk tab: the heat map of the current internal-control sheet in the scale's colours,
 * the risks of the chosen cell (each selecting its row in Excel), brutto → netto when the
 * plan has both, and "Skriv riskmatris till bladet".
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Spinner,
  Subtitle1,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { RiskEntry } from "../../core/layout/riskTable";
import { WorkbookSnapshot, rangeToA1 } from "../../core/workbook";
import { useLanguage, useStrings } from "../i18n";
import { usePort } from "../PortContext";
import { useSettings } from "../state/SettingsContext";
import { useWriter } from "../state/WriterContext";
import { HeatMap } from "./HeatMap";
import {
  Movement,
  RiskSheetModel,
  heatMap,
  movements,
  riskSheetsOf,
  unplaced,
} from "./model";
import { RiskList } from "./RiskList";
import { riskStrings } from "./strings";
import { WriteMatrix } from "./WriteMatrix";
import { panelStyles } from "../components/panelStyles";
import { Notice } from "../components/Notice";
import { messageOf } from "../components/ErrorMessage";

const useStyles = makeStyles({
  ...panelStyles,
  toolbar: {
    display: "flex",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
  },
  grow: { flexGrow: 1 },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  muted: { margin: 0, color: tokens.colorNeutralForeground3 },
});

type Load =
  | { type: "loading" }
  | { type: "ready"; snapshot: WorkbookSnapshot }
  | { type: "failed"; error: unknown };

/** An assessment's index, or the movement from the first to the second. */
type View = number | "movement";

export function RiskPanel() {
  const styles = useStyles();
  const strings = useStrings(riskStrings);
  const language = useLanguage();
  const port = usePort();
  const { settings } = useSettings();
  const { revision } = useWriter();
  const [load, setLoad] = React.useState<Load>({ type: "loading" });
  const [reads, setReads] = React.useState(0);
  const [chosen, setChosen] = React.useState<string | null>(null);

  const planNames = React.useRef<string[]>([]);

  // Follow the user to another plan in Excel: the current plan is the one they are on.
  React.useEffect(
    () =>
      port.onSelectionChanged?.((sheet) => {
        if (planNames.current.includes(sheet)) setChosen(sheet);
      }),
    [port],
  );

  React.useEffect(() => {
    let alive = true;
    setLoad((current) =>
      current.type === "ready" ? current : { type: "loading" },
    );
    port
      .readSnapshot()
      .then((snapshot) => alive && setLoad({ type: "ready", snapshot }))
      .catch((error: unknown) => alive && setLoad({ type: "failed", error }));
    return () => {
      alive = false;
    };
    // Read again after every write or undo, and when asked.
  }, [port, revision, reads]);

  const models = React.useMemo(
    () => (load.type === "ready" ? riskSheetsOf(load.snapshot, settings) : []),
    [load, settings],
  );
  planNames.current = models.map((m) => m.name);
  const active = load.type === "ready" ? load.snapshot.activeSheet : undefined;
  const model =
    models.find((m) => m.name === chosen) ??
    models.find((m) => m.name === active) ??
    models[0] ??
    null;

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

      <div className={styles.toolbar}>
        {models.length > 1 && model && (
          <Field label={strings.sheet} className={styles.grow}>
            <Select
              value={model.name}
              onChange={(_, data) => setChosen(data.value)}
            >
              {models.map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Button
          onClick={() => setReads((n) => n + 1)}
          disabled={load.type === "loading"}
        >
          {strings.refresh}
        </Button>
      </div>

      {load.type === "loading" && (
        <Spinner size="small" label={strings.loading} />
      )}
      {load.type === "failed" && (
        <Notice intent="error" layout="multiline">
          {messageOf(load.error, language, strings.readFailed)}
        </Notice>
      )}
      {load.type === "ready" && !model && (
        <Notice intent="info" layout="multiline">
          {strings.noSheets}
        </Notice>
      )}
      {model && <SheetView key={model.name} model={model} />}
    </div>
  );
}

function SheetView({ model }: { model: RiskSheetModel }) {
  const styles = useStyles();
  const strings = useStrings(riskStrings);
  const language = useLanguage();
  const port = usePort();
  const { assessments } = model.table;
  const [view, setView] = React.useState<View>(0);
  const [selected, setSelected] = React.useState<{
    likelihood: number;
    consequence: number;
  } | null>(null);
  const [selectError, setSelectError] = React.useState<string | null>(null);
  const n = model.scale.size;

  const scaleNote = model.ownTable
    ? strings.scaleFromSheet(n)
    : model.scale.id === "custom"
      ? strings.scaleCustom(n)
      : strings.scaleFromSettings(n);

  if (assessments.length === 0) {
    return (
      <Notice intent="info" layout="multiline">
        {strings.noAssessment}
      </Notice>
    );
  }

  const stageName = (index: number) => {
    const stage = assessments[index].stage;
    return stage === "brutto"
      ? strings.viewBrutto
      : stage === "netto"
        ? strings.viewNetto
        : "";
  };
  const movement = view === "movement" && assessments.length > 1;
  const shown = movement ? 1 : (view as number);
  const cells = heatMap(model, shown);
  const before = movement
    ? heatMap(model, 0).map((row) => row.map((c) => c.entries.length))
    : undefined;
  const moves: Movement[] = movement ? movements(model) : [];
  const moveOf = new Map(moves.map((m) => [m.entry.row, m]));
  const outside = unplaced(model, shown);

  const selectRisk = async (entry: RiskEntry) => {
    setSelectError(null);
    try {
      await port.select(
        model.name,
        rangeToA1(entry.row, model.firstCol, entry.row, model.lastCol),
      );
    } catch (error) {
      setSelectError(messageOf(error, language, strings.selectFailed));
    }
  };

  const stepText = (
    p: { likelihood: number; consequence: number; level: number } | null,
  ) => {
    if (!p) return strings.notPlaced;
    const level = model.scale.levels[p.level];
    return `${strings.stepPair(p.likelihood, p.consequence)} ${language === "sv" ? level.name : level.nameEn}`;
  };
  const directionWord = (m: Movement) =>
    m.direction === "lower"
      ? strings.moveLower
      : m.direction === "higher"
        ? strings.moveHigher
        : m.direction === "same"
          ? strings.moveSame
          : strings.moveUnknown;
  const moveNote = (entry: RiskEntry) => {
    const m = moveOf.get(entry.row);
    return m
      ? `${stepText(m.from)} → ${stepText(m.to)} (${directionWord(m)})`
      : null;
  };

  const cell = selected
    ? cells[n - selected.likelihood]?.[selected.consequence - 1]
    : undefined;
  const label = (step: number, labels: string[]) =>
    `${step} ${labels[step - 1]}`;
  const caption = strings.caption(
    model.name,
    movement ? strings.viewMovement : stageName(shown),
  );
  const written = movement ? [0, 1] : [shown];

  return (
    <>
      <Caption1 as="p" className={styles.muted}>
        {scaleNote}
      </Caption1>
      {assessments.length > 1 && (
        <TabList
          size="small"
          selectedValue={String(view)}
          onTabSelect={(_, data) => {
            setView(
              data.value === "movement" ? "movement" : Number(data.value),
            );
            setSelected(null);
          }}
          aria-label={strings.view}
        >
          <Tab value="0">{stageName(0)}</Tab>
          <Tab value="1">{stageName(1)}</Tab>
          <Tab value="movement">{strings.viewMovement}</Tab>
        </TabList>
      )}

      <HeatMap
        caption={caption}
        scale={model.scale}
        cells={cells}
        before={before}
        selected={selected}
        onSelect={(likelihood, consequence) =>
          setSelected({ likelihood, consequence })
        }
      />

      {cell && (
        <section className={styles.card} aria-labelledby="risk-cell-heading">
          <Subtitle2 as="h3" id="risk-cell-heading" className={styles.text}>
            {strings.risksIn(
              label(cell.likelihood, model.scale.likelihoodLabels),
              label(cell.consequence, model.scale.consequenceLabels),
              cell.entries.length,
            )}
          </Subtitle2>
          {cell.entries.length === 0 ? (
            <Caption1 as="p" className={styles.muted}>
              {strings.noRisksIn}
            </Caption1>
          ) : (
            <>
              <Caption1 as="p" className={styles.muted}>
                {strings.selectHint}
              </Caption1>
              <RiskList
                entries={cell.entries}
                onSelect={selectRisk}
                note={movement ? moveNote : undefined}
                label={strings.risksIn(
                  label(cell.likelihood, model.scale.likelihoodLabels),
                  label(cell.consequence, model.scale.consequenceLabels),
                  cell.entries.length,
                )}
              />
            </>
          )}
        </section>
      )}
      {selectError && <Notice intent="error">{selectError}</Notice>}

      {movement && (
        <section
          className={styles.card}
          aria-labelledby="risk-movement-heading"
        >
          <Subtitle2 as="h3" id="risk-movement-heading" className={styles.text}>
            {strings.movementHeading}
          </Subtitle2>
          <Caption1 as="p" className={styles.muted}>
            {strings.movementSummary(
              moves.filter((m) => m.direction === "lower").length,
              moves.filter((m) => m.direction === "same").length,
              moves.filter((m) => m.direction === "higher").length,
            )}
          </Caption1>
          <RiskList
            entries={moves.map((m) => m.entry)}
            onSelect={selectRisk}
            note={moveNote}
            label={strings.movementHeading}
          />
        </section>
      )}

      {outside.length > 0 && (
        <section
          className={styles.card}
          aria-labelledby="risk-unplaced-heading"
        >
          <Caption1 as="p" id="risk-unplaced-heading" className={styles.text}>
            {strings.unplaced(outside.length)}
          </Caption1>
          <RiskList
            entries={outside}
            onSelect={selectRisk}
            label={strings.unplaced(outside.length)}
          />
        </section>
      )}

      <WriteMatrix model={model} assessments={written} />
    </>
  );
}
