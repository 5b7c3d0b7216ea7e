/**
 * The findings of one rule on one sheet: a heading with the rule's title and count, "Rätta alla"
 * when more than one can be fixed, and the findings (the first ones, then "Visa fler").
 */
import * as React from "react";
import {
  Body1Strong,
  Button,
  CounterBadge,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../core/findings";
import { SheetSnapshot, parseA1 } from "../../core/workbook";
import { useEngine } from "../state/EngineContext";
import { useLanguage, useStrings } from "../i18n";
import { FindingItem } from "./FindingItem";
import type { RuleGroup } from "./grouping";
import { validateStrings } from "./strings";

const PAGE = 25;

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { flexGrow: 1, minWidth: 0, margin: 0 },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
  },
});

/** The number format of the finding's cell, if the snapshot has the sheet. */
function formatOf(sheet: SheetSnapshot | undefined, cell: string) {
  if (!sheet) return undefined;
  const { row, col } = parseA1(cell.split(":")[0]);
  return sheet.numberFormat[row - sheet.top]?.[col - sheet.left];
}

export interface RuleGroupViewProps {
  group: RuleGroup;
  sheet?: SheetSnapshot;
  busy: boolean;
  /** False for a finding whose fix would write to a protected sheet. */
  canFix(finding: Finding): boolean;
  onSelect(finding: Finding): void;
  onFix(findings: Finding[], label: string): void;
}

export function RuleGroupView({
  group,
  sheet,
  busy,
  canFix,
  onSelect,
  onFix,
}: RuleGroupViewProps) {
  const styles = useStyles();
  const strings = useStrings(validateStrings);
  const language = useLanguage();
  const engine = useEngine();
  const [shown, setShown] = React.useState(PAGE);
  const title =
    engine.ruleTitle(group.rule)?.[language] ?? strings.otherRule(group.rule);
  const fixable = group.findings.filter((f) => f.fix && canFix(f));
  const headingId = `rule-${group.findings[0].sheet}-${group.rule}`.replace(
    /[^\w-]/g,
    "_",
  );

  const fixOne = (finding: Finding) => {
    const fix = finding.fix;
    if (!fix || !canFix(finding)) return;
    onFix(
      [finding],
      language === "en" && fix.labelEn ? fix.labelEn : fix.label,
    );
  };

  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <Body1Strong as="h3" id={headingId} className={styles.title}>
          {title}
        </Body1Strong>
        <CounterBadge
          count={group.findings.length}
          overflowCount={9999}
          appearance="ghost"
          color={group.severity === "error" ? "danger" : "informative"}
        />
        {fixable.length > 1 && (
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            onClick={() =>
              onFix(fixable, strings.fixAllLabel(title, fixable.length))
            }
          >
            {strings.fixAll(fixable.length)}
          </Button>
        )}
      </div>
      <ul className={styles.list}>
        {group.findings.slice(0, shown).map((finding, index) => (
          <FindingItem
            key={`${finding.cell}-${index}`}
            finding={finding}
            numberFormat={formatOf(sheet, finding.cell)}
            busy={busy}
            fixable={canFix(finding)}
            onSelect={onSelect}
            onFix={fixOne}
          />
        ))}
      </ul>
      {group.findings.length > shown && (
        <Button appearance="subtle" onClick={() => setShown(shown + PAGE * 4)}>
          {strings.showMore(group.findings.length - shown)}
        </Button>
      )}
    </section>
  );
}
