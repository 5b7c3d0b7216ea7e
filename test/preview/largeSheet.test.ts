import { Edit } from "../../src/core/workbook";
import { PreviewWorkbook } from "../../src/preview/model/previewWorkbook";

/** A sheet of 100 000 rows loads in one go, edits stay cheap, and totals follow. */
describe("a large sheet", () => {
  const rows = 100000;
  const edits: Edit[] = [{ op: "addSheet", sheet: "Drift" }];
  for (let r = 0; r < rows; r++)
    edits.push(
      {
        op: "cell",
        sheet: "Drift",
        row: r,
        col: 0,
        value: `Verksamhet ${r + 1}`,
      },
      {
        op: "cell",
        sheet: "Drift",
        row: r,
        col: 1,
        value: -r,
        numberFormat: "#,##0",
      },
    );
  edits.push({
    op: "cell",
    sheet: "Drift",
    row: rows,
    col: 1,
    formula: `=SUM(B1:B${rows})`,
  });
  const book = PreviewWorkbook.load(edits, "Stor");

  it("holds every row and computes the total", () => {
    expect(book.extent("Drift")).toEqual({ rows: rows + 1, cols: 2 });
    expect(book.value("Drift", rows, 1)).toBe(-(rows * (rows - 1)) / 2);
    expect(book.style("Drift", rows - 1, 1).numberFormat).toBe("#,##0");
  });

  it("recomputes after one edit and takes it back", () => {
    const record = book.apply(
      [{ op: "cell", sheet: "Drift", row: rows - 1, col: 1, value: 0 }],
      "x",
    );
    expect(book.value("Drift", rows, 1)).toBe(
      -(rows * (rows - 1)) / 2 + (rows - 1),
    );
    book.undo(record);
    expect(book.value("Drift", rows, 1)).toBe(-(rows * (rows - 1)) / 2);
  });

  it("reads the whole used range", () => {
    const sheet = book.snapshot().sheets[0];
    expect(sheet.values).toHaveLength(rows + 1);
    expect(sheet.formulas[rows][1]).toBe(`=SUM(B1:B${rows})`);
  });
});
