/**
 * The risks of one matrix cell (or of a list such as the unplaced ones): each a button that
 * selects the risk's row in Excel.
 */
import {
  Button,
  Caption1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { RiskEntry } from "../../core/layout/riskTable";
import { useStrings } from "../i18n";
import { riskStrings } from "./strings";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  item: { display: "flex", flexDirection: "column" },
  button: {
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
    maxWidth: "100%",
  },
  id: {
    fontWeight: tokens.fontWeightSemibold,
    marginRight: tokens.spacingHorizontalXS,
  },
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  note: {
    color: tokens.colorNeutralForeground3,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

export interface RiskListProps {
  entries: readonly RiskEntry[];
  onSelect(entry: RiskEntry): void;
  /** A line under each risk (the movement view's "S 3 × K 4 → S 2 × K 4"). */
  note?: (entry: RiskEntry) => string | null;
  label: string;
}

export function RiskList({ entries, onSelect, note, label }: RiskListProps) {
  const styles = useStyles();
  const strings = useStrings(riskStrings);
  return (
    <ul className={styles.list} aria-label={label}>
      {entries.map((entry) => {
        const name = entry.id !== "" ? entry.id : strings.row(entry.row + 1);
        const extra = note?.(entry) ?? null;
        return (
          <li key={entry.row} className={styles.item}>
            <Button
              appearance="subtle"
              size="small"
              className={styles.button}
              title={entry.text}
              onClick={() => onSelect(entry)}
            >
              <span className={styles.id}>{name}</span>
              <span className={styles.text}>{entry.text}</span>
            </Button>
            {extra && <Caption1 className={styles.note}>{extra}</Caption1>}
          </li>
        );
      })}
    </ul>
  );
}
