/** The choices of a list validation, offered while a cell is edited (a <datalist>). */
import { PreviewWorkbook } from "../model/previewWorkbook";
import { rangeContains } from "../model/styles";
import type { EditState } from "./Grid";

export function validationListId(
  book: PreviewWorkbook,
  sheet: string,
  row: number,
  col: number,
): string | undefined {
  const rule = book
    .layout(sheet)
    ?.validations.find((v) => rangeContains(v.range, row, col));
  return rule?.rule.type === "list" ? "validation-list" : undefined;
}

export function ValidationList({
  book,
  sheet,
  editing,
}: {
  book: PreviewWorkbook;
  sheet: string;
  editing: EditState | null;
}) {
  if (!editing) return null;
  const rule = book
    .layout(sheet)
    ?.validations.find((v) => rangeContains(v.range, editing.row, editing.col));
  if (rule?.rule.type !== "list") return null;
  return (
    <datalist id="validation-list">
      {rule.rule.values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}
