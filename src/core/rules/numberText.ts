/**
 * number.text: a number stored as text ("45 725", "−1 741", "- 0,8"), typically pasted from a
 * PDF. Excel's SUM skips it, so totals computed in Excel go wrong; the fix writes the number.
 * The other rules still read it the Swedish way, so the sums behind it are checked too.
 */
import { Finding } from "../findings";
import { textToNumberEdit } from "./fixes";
import { FINANCIAL_KINDS, Rule } from "./types";

export const numberText: Rule = {
  id: "number.text",
  severity: "error",
  title: { sv: "Tal lagrat som text", en: "Number stored as text" },
  appliesTo: FINANCIAL_KINDS,
  check(ctx) {
    const findings: Finding[] = [];
    // Only the cells that hold text numbers are visited, whatever the size of the sheet.
    for (const { row, col, parsed } of ctx.grid.textNumberCells()) {
      const column = ctx.column(col);
      const role = ctx.row(row)?.role;
      if (!column || column.role === "label" || column.role === "text")
        continue;
      if (role !== "item" && role !== "total" && role !== "percent") continue;
      if (row < ctx.layout.dataStart || row > ctx.layout.dataEnd) continue;
      const text = ctx.grid.text(row, col).trim();
      const edit = textToNumberEdit(ctx, row, col);
      const shown = parsed.percent ? text : ctx.fmt(parsed.value, col);
      const point = parsed.decimalPoint
        ? {
            sv: " Det är dessutom skrivet med decimalpunkt i stället för komma.",
            en: " It is also written with a decimal point.",
          }
        : { sv: "", en: "" };
      findings.push(
        ctx.finding(numberText, row, col, {
          message: `Talet "${text}" är lagrat som text, så Excel räknar inte med det i summor.${point.sv}`,
          messageEn: `The number "${text}" is stored as text, so Excel leaves it out of sums.${point.en}`,
          expected: parsed.value,
          actual: text,
          ...(edit
            ? {
                fix: {
                  label: `Gör om till talet ${shown}`,
                  labelEn: `Convert to the number ${shown}`,
                  edits: [edit],
                },
              }
            : {}),
        }),
      );
    }
    return findings;
  },
};
