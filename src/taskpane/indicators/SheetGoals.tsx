/**
 * One indicator sheet in the Mål tab: the four counts, where they come from, Färgsätt (or a new
 * Måluppfyllelse column), the direction questions and the indicators with their assessment.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  BadgeProps,
  Button,
  Caption1,
  Link,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  PaintBucketRegular,
} from "@fluentui/react-icons";
import type { TargetStatus } from "../../core/calc/targets";
import {
  IndicatorAttainment,
  SheetAttainment,
} from "../../core/layout/indicators/attainment";
import { ATTAINMENT_WORDS } from "../../core/layout/indicators/vocabulary";
import { showMeasure } from "../../core/layout/indicators/values";
import { ProtectedBadge } from "../components/ProtectedBadge";
import { useStrings } from "../i18n";
import { DirectionChoices } from "./DirectionChoices";
import { newStatusColumn } from "./edits";
import { goalStrings } from "./strings";

const useStyles = makeStyles({
  sheet: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { margin: 0 },
  meta: { margin: 0, color: tokens.colorNeutralForeground3 },
  count: { textAlign: "right", width: "4em" },
  action: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    alignItems: "flex-start",
  },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  line: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

export const STATUS_BADGE: Record<TargetStatus, BadgeProps["color"]> = {
  Uppfyllt: "success",
  "Delvis uppfyllt": "warning",
  "Ej uppfyllt": "danger",
  "Ej bedömd": "subtle",
};

export interface SheetGoalsProps {
  sheet: SheetAttainment;
  busy: boolean;
  /** The sheet is protected: counts and indicators are shown, nothing is offered to write. */
  readOnly: boolean;
  /** Coloured by a write that can still be undone: colouring again would stack the rules. */
  painted: boolean;
  onPaint(): void;
  onAddColumn(): void;
  onSelect(cell: string): void;
}

function IndicatorItem({
  item,
  onSelect,
}: {
  item: IndicatorAttainment;
  onSelect(cell: string): void;
}) {
  const styles = useStyles();
  const strings = useStrings(goalStrings);
  if (!item.status) return null;
  const details = [
    item.targetText ? `${strings.target}: ${item.targetText}` : null,
    item.outcome
      ? `${strings.outcome} ${item.outcome.year}: ${showMeasure(item.outcome.measure)}`
      : null,
    item.stated ? strings.stated : null,
  ].filter((d): d is string => d !== null);
  return (
    <li className={styles.item}>
      <span className={styles.line}>
        <Badge appearance="tint" color={STATUS_BADGE[item.status]}>
          {strings.status(item.status)}
        </Badge>
        <Link
          as="button"
          onClick={() => onSelect(item.cell)}
          aria-label={strings.goTo(item.label)}
        >
          {item.label}
        </Link>
      </span>
      {details.length > 0 && (
        <Caption1 className={styles.meta}>{details.join(" · ")}</Caption1>
      )}
    </li>
  );
}

export function SheetGoals({
  sheet,
  busy,
  readOnly,
  painted,
  onPaint,
  onAddColumn,
  onSelect,
}: SheetGoalsProps) {
  const styles = useStyles();
  const strings = useStrings(goalStrings);
  const headingId = `goals-${sheet.sheet.replace(/[^\p{L}\p{N}]+/gu, "-")}`;
  const assessed = sheet.indicators.filter((i) => i.status !== null);
  const stated = assessed.filter((i) => i.stated !== null).length;
  const canAdd =
    sheet.statusColumns.length === 0 &&
    sheet.missingStatusColumns.some((s) => s.rows.some((r) => r.status));

  return (
    <section className={styles.sheet} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.text}>
        {sheet.sheet}
      </Subtitle2>
      {readOnly && (
        <div className={styles.line}>
          <ProtectedBadge label={strings.protectedBadge} />
          <Caption1 className={styles.meta}>{strings.protectedNote}</Caption1>
        </div>
      )}
      <Table size="extra-small" aria-label={strings.countsOf(sheet.sheet)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{strings.statusHeader}</TableHeaderCell>
            <TableHeaderCell className={styles.count}>
              {strings.countHeader}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ATTAINMENT_WORDS.map((status) => (
            <TableRow key={status}>
              <TableCell>
                <Badge appearance="tint" color={STATUS_BADGE[status]}>
                  {strings.status(status)}
                </Badge>
              </TableCell>
              <TableCell className={styles.count}>
                {sheet.counts[status]}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Caption1 as="p" className={styles.meta}>
        {strings.sources(stated, assessed.length - stated)}
        {sheet.monitored > 0 ? ` ${strings.monitored(sheet.monitored)}` : ""}
      </Caption1>

      {!readOnly && painted && sheet.statusColumns.length > 0 && (
        <div className={styles.action}>
          <Badge
            appearance="tint"
            color="success"
            icon={<CheckmarkCircleRegular />}
          >
            {strings.paintedState}
          </Badge>
          <Caption1 className={styles.meta}>{strings.paintedHint}</Caption1>
        </div>
      )}
      {!readOnly && !painted && sheet.statusColumns.length > 0 && (
        <div className={styles.action}>
          <Button
            icon={<PaintBucketRegular />}
            disabled={busy}
            onClick={onPaint}
          >
            {strings.paint}
          </Button>
          <Caption1 className={styles.meta}>{strings.paintHint}</Caption1>
        </div>
      )}
      {!readOnly && canAdd && (
        <div className={styles.action}>
          <Button
            icon={<PaintBucketRegular />}
            disabled={busy}
            onClick={onAddColumn}
          >
            {strings.addColumn}
          </Button>
          <Caption1 className={styles.meta}>
            {strings.addColumnHint(newStatusColumn(sheet))}
          </Caption1>
        </div>
      )}

      <DirectionChoices indicators={sheet.indicators} />

      {assessed.length > 0 && (
        <Accordion collapsible>
          <AccordionItem value="indicators">
            <AccordionHeader as="h4" size="small">
              {strings.indicators(assessed.length)}
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {assessed.map((item) => (
                  <IndicatorItem
                    key={item.row}
                    item={item}
                    onSelect={onSelect}
                  />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
