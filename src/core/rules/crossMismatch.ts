/**
 * cross.mismatch: a figure that must agree across sheets does not.
 * - The resultaträkning's result row equals the driftredovisning's total, column by column.
 * - A detail sheet's total equals its row in the summary (IT-investeringar's Summa = the
 *   "IT investeringar" row of Investeringar), matched by the detail's title or sheet name.
 * Columns are matched by their headers; amounts in different units are converted. The finding
 * stands on the sheet being checked (the resultaträkning, the summary row).
 */
import { abs, isNaNValue, max } from "../layout/fast";
import { noise, unitOf } from "../calc/sum";
import { Finding, Fix } from "../findings";
import { AnalysedSheet } from "../layout/registry";
import { normalizeLabel, despace, nameKey } from "../layout/text";
import { totalTolerance } from "../layout/tolerance";
import {
  ColumnInfo,
  RowInfo,
  displayHeader,
  isAmountColumn,
  rowInfoAt,
} from "../layout/types";
import { Unit } from "../numbers";
import { quoteSheetName, toA1 } from "../workbook";
import { FINANCIAL_KINDS, Rule, RuleContext } from "./types";

const UNIT_SCALE: Record<Unit, number> = {
  kr: 1,
  tkr: 1e3,
  mnkr: 1e6,
  mdkr: 1e9,
};

function columnKey(column: ColumnInfo): string {
  return `${despace(normalizeLabel(column.header))}|${despace(normalizeLabel(column.group ?? ""))}`;
}

/** The last top-level total of a sheet: its grand total or result row. */
function grandTotal(sheet: AnalysedSheet): RowInfo | null {
  const { layout } = sheet;
  if (layout.dataStart < 0) return null;
  for (let r = layout.dataEnd; r >= layout.dataStart; r -= 1) {
    const info = rowInfoAt(layout, r);
    if (info?.role === "total" && (info.level ?? 0) === 0) return info;
  }
  return null;
}

/** A total adds up to its parts in one column (so linking to it is safe). */
function consistent(
  sheet: AnalysedSheet,
  total: RowInfo,
  col: number,
  tolerance: number | "auto",
): boolean {
  const value = sheet.grid.number(total.row, col);
  if (isNaNValue(value) || !total.parts) return false;
  let sum = 0;
  for (const p of total.parts) {
    const v = sheet.grid.number(p, col);
    if (!isNaNValue(v)) sum += v;
  }
  for (const p of total.minus ?? []) {
    const v = sheet.grid.number(p, col);
    if (!isNaNValue(v)) sum -= v;
  }
  const columnDecimals = sheet.layout.columns.find(
    (c) => c.col === col,
  )?.decimals;
  const n = total.parts.length + (total.minus?.length ?? 0);
  return (
    abs(value - sum) <=
    totalTolerance(sheet.grid, total.row, col, n, columnDecimals, tolerance)
  );
}

/**
 * The driftredovisning a resultaträkning's result is compared with: the only one sharing a
 * column header, or among several the only one whose total agrees in some shared column.
 * With no clear partner nothing is compared (no error from a guess).
 */
function driftPartner(
  ctx: RuleContext,
  resultRow: number,
  others: readonly AnalysedSheet[],
): { sheet: AnalysedSheet; row: number } | null {
  const mine = ctx.layout.columns.filter(isAmountColumn);
  const candidates: { sheet: AnalysedSheet; row: number; agrees: boolean }[] =
    [];
  for (const other of others) {
    if (other.layout.kind !== "driftredovisning") continue;
    const total = grandTotal(other);
    if (!total) continue;
    const theirs = new Map(
      other.layout.columns.filter(isAmountColumn).map((c) => [columnKey(c), c]),
    );
    let shared = 0;
    let agrees = false;
    for (const column of mine) {
      const match = theirs.get(columnKey(column));
      if (!match) continue;
      shared += 1;
      const a = ctx.number(resultRow, column.col);
      const b = other.grid.number(total.row, match.col);
      if (
        a !== null &&
        !isNaNValue(b) &&
        abs(a - b) <= unitOf(column.decimals ?? 0)
      )
        agrees = true;
    }
    if (shared > 0) candidates.push({ sheet: other, row: total.row, agrees });
  }
  if (candidates.length === 1) return candidates[0];
  const agreeing = candidates.filter((c) => c.agrees);
  return agreeing.length === 1 ? agreeing[0] : null;
}

interface Comparison {
  row: number;
  other: AnalysedSheet;
  otherRow: number;
  sv: string;
  en: string;
  /** Offer a link to the other sheet's cell as the fix. */
  link: boolean;
}

function compare(ctx: RuleContext, rule: Rule, c: Comparison): Finding[] {
  const findings: Finding[] = [];
  const mine = ctx.layout.columns.filter(isAmountColumn);
  const theirs = new Map<string, ColumnInfo>();
  for (const column of c.other.layout.columns.filter(isAmountColumn))
    theirs.set(columnKey(column), column);
  const myUnit = ctx.layout.unit;
  const theirUnit = c.other.layout.unit;
  const factor =
    myUnit && theirUnit ? UNIT_SCALE[theirUnit] / UNIT_SCALE[myUnit] : 1;
  const setting = ctx.settings.tolerance;
  const units = setting === "auto" ? 1 : setting;
  for (const column of mine) {
    const other = theirs.get(columnKey(column));
    if (!other) continue;
    const value = ctx.number(c.row, column.col);
    const raw = c.other.grid.number(c.otherRow, other.col);
    if (value === null || isNaNValue(raw)) continue;
    const expected = raw * factor;
    const tolerance =
      units *
        max(
          unitOf(column.decimals ?? 0),
          unitOf(other.decimals ?? 0) * factor,
        ) +
      noise(abs(value) + abs(expected));
    if (abs(value - expected) <= tolerance) continue;
    const ref = `${quoteSheetName(c.other.sheet.name)}!${toA1(c.otherRow, other.col)}`;
    const scale =
      factor === 1 ? "" : factor > 1 ? `*${factor}` : `/${1 / factor}`;
    const formula = `=${ref}${scale}`;
    const fix: Fix | undefined =
      c.link &&
      consistent(
        c.other,
        rowInfoAt(c.other.layout, c.otherRow) as RowInfo,
        other.col,
        setting,
      )
        ? {
            label: `Länka till ${ref}`,
            labelEn: `Link to ${ref}`,
            edits: [
              {
                op: "cell",
                sheet: ctx.sheet.name,
                row: c.row,
                col: column.col,
                formula,
              },
            ],
          }
        : undefined;
    const header = displayHeader(column);
    findings.push(
      ctx.finding(rule, c.row, column.col, {
        message: `${c.sv} (${ref}, ${header}: ${ctx.fmt(expected, column.col)}), men här står ${ctx.fmt(value, column.col)}.`,
        messageEn: `${c.en} (${ref}, ${header}: ${ctx.fmt(expected, column.col)}), but this cell shows ${ctx.fmt(value, column.col)}.`,
        expected,
        actual: value,
        related: [ref],
        ...(fix ? { fix } : {}),
      }),
    );
  }
  return findings;
}

export const crossMismatch: Rule = {
  id: "cross.mismatch",
  severity: "error",
  title: {
    sv: "Stämmer inte med annat blad",
    en: "Disagrees with another sheet",
  },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    const me = ctx.workbook.find((s) => s.sheet.name === ctx.sheet.name);
    if (!me) return findings;
    const others = ctx.workbook.filter(
      (s) => s !== me && FINANCIAL_KINDS.includes(s.layout.kind),
    );

    if (ctx.layout.kind === "resultatrakning") {
      const result = grandTotal(me);
      const partner = result ? driftPartner(ctx, result.row, others) : null;
      if (result && partner) {
        findings.push(
          ...compare(ctx, crossMismatch, {
            row: result.row,
            other: partner.sheet,
            otherRow: partner.row,
            sv: `Resultatet ska vara lika med driftredovisningens summa på bladet "${partner.sheet.sheet.name}"`,
            en: `The result should equal the operating statement's total on sheet "${partner.sheet.sheet.name}"`,
            link: false,
          }),
        );
      }
    }

    // The names of the other sheets, then one pass over this sheet's labels to find them.
    const wanted = new Map<string, AnalysedSheet[]>();
    for (const other of others) {
      for (const key of new Set([
        nameKey(other.layout.title),
        nameKey(other.sheet.name),
      ])) {
        if (key.length < 3) continue;
        wanted.set(key, [...(wanted.get(key) ?? []), other]);
      }
    }
    if (wanted.size === 0) return findings;
    const initials = new Set([...wanted.keys()].map((k) => k[0]));
    const rowOf = new Map<AnalysedSheet, number>();
    for (const info of ctx.valueRows) {
      if (info.role === "percent" || info.label === "") continue;
      if (!initials.has(info.label.trim().charAt(0).toLowerCase())) continue;
      for (const other of wanted.get(nameKey(info.label)) ?? [])
        if (!rowOf.has(other)) rowOf.set(other, info.row);
    }
    for (const other of others) {
      const row = rowOf.get(other);
      if (row === undefined) continue;
      const total = grandTotal(other);
      if (!total) continue;
      findings.push(
        ...compare(ctx, crossMismatch, {
          row,
          other,
          otherRow: total.row,
          sv: `Raden ska vara lika med summan på bladet "${other.sheet.name}"`,
          en: `The row should equal the total on sheet "${other.sheet.name}"`,
          link: true,
        }),
      );
    }
    return findings;
  },
};
