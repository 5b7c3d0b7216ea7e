/**
 * One finding: where it is (clicking goes to the cell in Excel), what is wrong, the expected
 * and actual value in Swedish number format, and "Rätta" when the engine has a fix.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  ErrorCircleFilled,
  InfoFilled,
  WarningFilled,
} from "@fluentui/react-icons";
import type { Finding } from "../../core/findings";
import { displayValue } from "../components/displayValue";
import { useLanguage, useStrings } from "../i18n";
import { compactCells } from "./cellList";
import { validateStrings } from "./strings";

const useStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    listStyleType: "none",
  },
  icon: { fontSize: "16px", marginTop: "6px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  where: {
    justifyContent: "flex-start",
    textAlign: "left",
    minWidth: 0,
    maxWidth: "100%",
    paddingLeft: 0,
    paddingRight: 0,
    fontWeight: tokens.fontWeightRegular,
  },
  whereText: {
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  cell: { fontWeight: tokens.fontWeightSemibold },
  values: { color: tokens.colorNeutralForeground2 },
  fix: { marginTop: "2px" },
});

export interface FindingItemProps {
  finding: Finding;
  /** The cell's number format, for showing expected and actual values as the cell shows them. */
  numberFormat?: string;
  busy: boolean;
  /** False when the fix would write to a protected sheet: then none is offered. */
  fixable: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
}

export function FindingItem({
  finding,
  numberFormat,
  busy,
  fixable,
  onSelect,
  onFix,
}: FindingItemProps) {
  const styles = useStyles();
  const fixId = React.useId();
  const strings = useStrings(validateStrings);
  const language = useLanguage();
  const message =
    language === "en" && finding.messageEn
      ? finding.messageEn
      : finding.message;
  const where = [finding.rowLabel, finding.columnHeader]
    .filter((part) => part)
    .join(" · ");
  const hasValues =
    finding.expected !== undefined || finding.actual !== undefined;
  const fixLabel =
    fixable &&
    finding.fix &&
    (language === "en" && finding.fix.labelEn
      ? finding.fix.labelEn
      : finding.fix.label);

  const icon =
    finding.severity === "error" ? (
      <ErrorCircleFilled
        className={mergeClasses(styles.icon, styles.error)}
        aria-label={strings.severityError}
        role="img"
      />
    ) : finding.severity === "warning" ? (
      <WarningFilled
        className={mergeClasses(styles.icon, styles.warning)}
        aria-label={strings.severityWarning}
        role="img"
      />
    ) : (
      <InfoFilled
        className={mergeClasses(styles.icon, styles.info)}
        aria-label={strings.severityInfo}
        role="img"
      />
    );

  return (
    <li className={styles.item}>
      {icon}
      <div className={styles.body}>
        <Button
          appearance="transparent"
          size="small"
          className={styles.where}
          aria-label={`${strings.goTo(finding.cell, finding.sheet)}${where ? `: ${where}` : ""}`}
          onClick={() => onSelect(finding)}
        >
          <span className={styles.whereText}>
            <span className={styles.cell}>{finding.cell}</span>
            {where && ` · ${where}`}
          </span>
        </Button>
        <Body1>{message}</Body1>
        {hasValues && (
          <Caption1 className={styles.values}>
            {strings.expected} {displayValue(finding.expected, numberFormat)} ·{" "}
            {strings.actual} {displayValue(finding.actual, numberFormat)}
          </Caption1>
        )}
        {fixLabel && (
          <Caption1 id={fixId} className={styles.values}>
            {strings.fixTitle(fixLabel)}
          </Caption1>
        )}
        {finding.related && finding.related.length > 0 && (
          <Caption1 className={styles.values}>
            {strings.related}: {compactCells(finding.related)}
          </Caption1>
        )}
      </div>
      {finding.fix && fixLabel ? (
        <Button
          className={styles.fix}
          size="small"
          disabled={busy}
          aria-describedby={fixId}
          onClick={() => onFix(finding)}
        >
          {strings.fix}
        </Button>
      ) : (
        <span />
      )}
    </li>
  );
}
