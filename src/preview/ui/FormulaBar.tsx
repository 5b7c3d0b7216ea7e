/**
 * The name box (the selected cell's address; type an address and Enter to go there) and the
 * formula bar (the cell's formula or constant; editable like the cell itself).
 */
import * as React from "react";
import { Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { MathFormulaRegular } from "@fluentui/react-icons";
import { PreviewStrings } from "./strings";

export interface FormulaBarProps {
  strings: PreviewStrings;
  address: string;
  text: string;
  editing: boolean;
  onGo(address: string): void;
  onFocusBar(): void;
  onChange(text: string): void;
  onCommit(): void;
  onCancel(): void;
}

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  input: {
    boxSizing: "border-box",
    height: "26px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus": {
      outline: `2px solid ${tokens.colorCompoundBrandStroke}`,
      outlineOffset: "-1px",
    },
  },
  nameBox: { width: "96px", flexShrink: 0 },
  formula: { flexGrow: 1, minWidth: 0 },
  fx: {
    color: tokens.colorNeutralForeground3,
    fontSize: "20px",
    flexShrink: 0,
  },
});

export function FormulaBar(props: FormulaBarProps) {
  const styles = useStyles();
  // What the person types in the name box belongs to the selection it was typed at: once the
  // selection moves, the box shows the new address in the same render.
  const [typed, setTyped] = React.useState<{ text: string; at: string } | null>(
    null,
  );
  const name = typed?.at === props.address ? typed.text : props.address;
  return (
    <div className={styles.bar}>
      <input
        className={`${styles.input} ${styles.nameBox}`}
        aria-label={props.strings.nameBox}
        value={name}
        onChange={(e) => setTyped({ text: e.target.value, at: props.address })}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            props.onGo(name);
          } else if (e.key === "Escape") setTyped(null);
        }}
        onFocus={(e) => e.target.select()}
      />
      <Tooltip content={props.strings.formulaHint} relationship="description">
        <MathFormulaRegular className={styles.fx} aria-hidden />
      </Tooltip>
      <input
        className={`${styles.input} ${styles.formula}`}
        aria-label={props.strings.formulaBar}
        data-formula-bar="true"
        spellCheck={false}
        value={props.text}
        onFocus={() => {
          if (!props.editing) props.onFocusBar();
        }}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            props.onCommit();
          } else if (e.key === "Escape") {
            e.preventDefault();
            props.onCancel();
          }
        }}
      />
    </div>
  );
}
