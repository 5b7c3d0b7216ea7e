/** The sheet tabs under the grid, as in Excel: the active sheet white with a green line. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

export interface SheetTabsProps {
  label: string;
  sheets: string[];
  active: string;
  onSelect(sheet: string): void;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "stretch",
    gap: "1px",
    height: "30px",
    paddingLeft: "48px",
    overflowX: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flexShrink: 0,
  },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    backgroundColor: "transparent",
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: "nowrap",
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground3Hover,
      color: tokens.colorNeutralForeground1,
    },
    ":focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: "#0E5C2F",
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: "#217346",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1,
      color: "#0E5C2F",
    },
  },
});

export function SheetTabs({ label, sheets, active, onSelect }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="tablist" aria-label={label}>
      {sheets.map((sheet) => (
        <button
          key={sheet}
          type="button"
          role="tab"
          aria-selected={sheet === active}
          tabIndex={sheet === active ? 0 : -1}
          className={mergeClasses(
            styles.tab,
            sheet === active && styles.active,
          )}
          onClick={() => onSelect(sheet)}
          onKeyDown={(e) => {
            const i = sheets.indexOf(sheet);
            const next =
              e.key === "ArrowRight"
                ? sheets[i + 1]
                : e.key === "ArrowLeft"
                  ? sheets[i - 1]
                  : undefined;
            if (next) {
              e.preventDefault();
              onSelect(next);
              (
                e.currentTarget.parentElement?.children[
                  sheets.indexOf(next)
                ] as HTMLElement | undefined
              )?.focus();
            }
          }}
        >
          {sheet}
        </button>
      ))}
    </div>
  );
}
