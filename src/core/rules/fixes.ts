/**
 * The formulas fixes write: built-in Excel functions only, in the invariant language (English
 * names, commas), since the workbook goes to people without the add-in.
 */
import { Fix } from "../findings";
import { sumFormula } from "../calc/sum";
import { CELL_NUMBER, CELL_TEXT_NUMBER } from "../layout/grid";
import { CellEdit, toA1 } from "../workbook";
import { PercentCheck } from "./evaluate/percentages";
import { TotalCheck } from "./evaluate/totals";
import { RuleContext } from "./types";

/** A cell edit writing a formula, with a number format when the cell is formatted as text. */
export function formulaEdit(
  ctx: RuleContext,
  row: number,
  col: number,
  formula: string,
  percent = false,
): CellEdit {
  const numberFormat = ctx.formatForNumber(row, col, percent);
  return {
    op: "cell",
    sheet: ctx.sheet.name,
    row,
    col,
    formula,
    ...(numberFormat ? { numberFormat } : {}),
  };
}

/** The fix that writes a formula into a cell ("Skriv =C5-B5"). */
export function formulaFix(
  ctx: RuleContext,
  row: number,
  col: number,
  formula: string,
  percent = false,
): Fix {
  return {
    label: `Skriv ${formula}`,
    labelEn: `Write ${formula}`,
    edits: [formulaEdit(ctx, row, col, formula, percent)],
  };
}

/** Writes the number a text cell stands for, as a number. */
export function textToNumberEdit(
  ctx: RuleContext,
  row: number,
  col: number,
): CellEdit | null {
  const parsed = ctx.grid.textNumber(row, col);
  if (!parsed) return null;
  const column = ctx.column(col);
  const percent = parsed.percent || column?.percent === true;
  const value =
    column?.percentPoints && parsed.percent ? parsed.value * 100 : parsed.value;
  const numberFormat = ctx.formatForNumber(
    row,
    col,
    percent && !column?.percentPoints,
  );
  return {
    op: "cell",
    sheet: ctx.sheet.name,
    row,
    col,
    value,
    ...(numberFormat ? { numberFormat } : {}),
  };
}

/** The =SUM formula of a total. */
export function totalFormula(ctx: RuleContext, check: TotalCheck): string {
  const { grid } = ctx;
  const canSpan = (r: number) => {
    const kind = grid.kindAt(r, check.col);
    return kind !== CELL_NUMBER && kind !== CELL_TEXT_NUMBER;
  };
  return sumFormula(check.col, check.plus, check.minus, canSpan);
}

/** Nettorisk over the risk columns: =B12+C12 (or =B12-C12 when negative risks are printed positive). */
export function acrossFix(
  ctx: RuleContext,
  check: TotalCheck,
): Fix | undefined {
  const info = check.info;
  if (!info.acrossColumns) return undefined;
  const minus = new Set(info.acrossMinusColumns ?? []);
  let formula = "=";
  for (const p of check.plus) {
    for (const c of info.acrossColumns) {
      const ref = toA1(p, c);
      if (formula === "=") formula += minus.has(c) ? `-${ref}` : ref;
      else formula += minus.has(c) ? `-${ref}` : `+${ref}`;
    }
  }
  return formulaFix(ctx, check.row, check.col, formula);
}

/** Writes a total's formula; parts stored as text are converted too, or SUM would skip them. */
export function totalFix(ctx: RuleContext, check: TotalCheck): Fix {
  const formula = totalFormula(ctx, check);
  const edits: CellEdit[] = [formulaEdit(ctx, check.row, check.col, formula)];
  for (const part of [...check.plus, ...check.minus]) {
    if (ctx.isTextNumber(part, check.col)) {
      const edit = textToNumberEdit(ctx, part, check.col);
      if (edit) edits.push(edit);
    }
  }
  const converts = edits.length > 1;
  return {
    label: converts
      ? `Skriv ${formula} och gör om delarna som är text till tal`
      : `Skriv ${formula}`,
    labelEn: converts
      ? `Write ${formula} and convert the parts stored as text`
      : `Write ${formula}`,
    edits,
  };
}

/** =C5-B5 (outcome − budget) or =B5-C5 (budget − outcome). */
export function differenceFormula(
  row: number,
  minuend: number,
  subtrahend: number,
): string {
  return `=${toA1(row, minuend)}-${toA1(row, subtrahend)}`;
}

/** The formula of a percentage: =IF(OR(B5=0,B5*C5<0),"",(C5-B5)/B5) and its variants. */
export function percentFormula(check: PercentCheck): string {
  const f = toA1(check.fromCell.row, check.fromCell.col);
  const t = toA1(check.toCell.row, check.toCell.col);
  const scale = check.points ? "*100" : "";
  if (check.kind === "deviation") {
    const difference = check.sign === 1 ? `${t}-${f}` : `${f}-${t}`;
    return `=IF(${f}=0,"",(${difference})/ABS(${f})${scale})`;
  }
  const base = check.base === "from" ? f : t;
  return `=IF(OR(${base}=0,${f}*${t}<0),"",(${t}-${f})/${base}${scale})`;
}
