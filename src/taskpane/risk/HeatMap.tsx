/**
 * The heat map: a table with the konsekvens steps as column headers and the sannolikhet steps
 * (highest on top) as row headers, each cell a button in its level's colour showing its count.
 * One cell is in the tab order at a time; the arrow keys, Home and End move between cells.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { RiskScale } from "../../core/riskScale";
import { useLanguage, useStrings } from "../i18n";
import { contrastText } from "./colors";
import { MatrixCell } from "./model";
import { riskStrings } from "./strings";

const useStyles = makeStyles({
  table: {
    borderCollapse: "separate",
    borderSpacing: "2px",
    tableLayout: "fixed",
    width: "100%",
  },
  caption: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  axis: {
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
    verticalAlign: "bottom",
  },
  rowHeader: {
    textAlign: "right",
    verticalAlign: "middle",
    paddingRight: tokens.spacingHorizontalXS,
    width: "28%",
  },
  step: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  cell: { padding: 0 },
  button: {
    width: "100%",
    minHeight: "40px",
    border: `${tokens.strokeWidthThin} solid transparent`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  selected: {
    border: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralForeground1}`,
  },
  empty: { opacity: 0.75, fontWeight: tokens.fontWeightRegular },
  movement: {
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
    paddingLeft: 0,
    paddingRight: 0,
  },
  unmoved: { fontWeight: tokens.fontWeightRegular, opacity: 0.75 },
});

export interface HeatMapProps {
  caption: string;
  scale: RiskScale;
  cells: MatrixCell[][];
  selected: { likelihood: number; consequence: number } | null;
  onSelect(likelihood: number, consequence: number): void;
  /** Movement view: the count before åtgärd of each cell, shown as "before → after". */
  before?: number[][];
}

export function HeatMap({
  caption,
  scale,
  cells,
  selected,
  onSelect,
  before,
}: HeatMapProps) {
  const styles = useStyles();
  const strings = useStrings(riskStrings);
  const language = useLanguage();
  const n = scale.size;
  const [focus, setFocus] = React.useState<{ r: number; c: number }>(() =>
    selected
      ? { r: n - selected.likelihood, c: selected.consequence - 1 }
      : { r: 0, c: 0 },
  );
  const buttons = React.useRef<(HTMLButtonElement | null)[]>([]);
  const current = { r: Math.min(focus.r, n - 1), c: Math.min(focus.c, n - 1) };

  const move = (event: React.KeyboardEvent, r: number, c: number) => {
    let next = { r, c };
    switch (event.key) {
      case "ArrowUp":
        next = { r: Math.max(0, r - 1), c };
        break;
      case "ArrowDown":
        next = { r: Math.min(n - 1, r + 1), c };
        break;
      case "ArrowLeft":
        next = { r, c: Math.max(0, c - 1) };
        break;
      case "ArrowRight":
        next = { r, c: Math.min(n - 1, c + 1) };
        break;
      case "Home":
        next = { r, c: 0 };
        break;
      case "End":
        next = { r, c: n - 1 };
        break;
      default:
        return;
    }
    event.preventDefault();
    setFocus(next);
    buttons.current[next.r * n + next.c]?.focus();
  };

  const label = (step: number, text: string) => `${step} ${text}`;

  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th
            scope="col"
            className={mergeClasses(styles.axis, styles.rowHeader)}
          >
            {strings.corner}
          </th>
          {scale.consequenceLabels.map((text, k) => (
            <th key={k} scope="col" className={styles.axis}>
              <span className={styles.step}>{k + 1}</span>
              {text}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cells.map((row, r) => {
          const s = n - r;
          return (
            <tr key={s}>
              <th
                scope="row"
                className={mergeClasses(styles.axis, styles.rowHeader)}
              >
                <span className={styles.step}>{s}</span>
                {scale.likelihoodLabels[s - 1]}
              </th>
              {row.map((cell, c) => {
                const count = cell.entries.length;
                const levelName =
                  language === "sv" ? cell.level.name : cell.level.nameEn;
                const sText = label(
                  cell.likelihood,
                  scale.likelihoodLabels[cell.likelihood - 1],
                );
                const kText = label(
                  cell.consequence,
                  scale.consequenceLabels[cell.consequence - 1],
                );
                const isSelected =
                  selected?.likelihood === cell.likelihood &&
                  selected?.consequence === cell.consequence;
                const prior = before?.[r]?.[c];
                return (
                  <td key={c} className={styles.cell}>
                    <button
                      type="button"
                      ref={(el) => {
                        buttons.current[r * n + c] = el;
                      }}
                      className={mergeClasses(
                        styles.button,
                        isSelected && styles.selected,
                        count === 0 && prior === undefined && styles.empty,
                        prior !== undefined && styles.movement,
                        prior === 0 && count === 0 && styles.unmoved,
                      )}
                      style={{
                        backgroundColor: cell.level.color,
                        color: contrastText(cell.level.color),
                      }}
                      tabIndex={current.r === r && current.c === c ? 0 : -1}
                      aria-pressed={isSelected}
                      aria-label={
                        prior === undefined
                          ? strings.cellLabel(count, sText, kText, levelName)
                          : strings.movementCellLabel(
                              prior,
                              count,
                              sText,
                              kText,
                              levelName,
                            )
                      }
                      onFocus={() => setFocus({ r, c })}
                      onKeyDown={(event) => move(event, r, c)}
                      onClick={() =>
                        onSelect(cell.likelihood, cell.consequence)
                      }
                    >
                      {prior === undefined ? count : `${prior} → ${count}`}
                    </button>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
