import fc from "fast-check";
import {
  needsQuotePrefix,
  priorContent,
  textInput,
} from "../../src/host/excel/cellContent";
import {
  charactersToPoints,
  pointsToCharacters,
} from "../../src/host/excel/columnWidth";
import { toPortError } from "../../src/host/excel/errors";
import { groupIntoRects } from "../../src/host/excel/rects";
import { sheetNameProblem } from "../../src/host/excel/sheetNames";
import { ruleFromExcel, ruleToExcel } from "../../src/host/excel/validation";
import { PortError } from "../../src/host/port";

describe("grouping cells into rectangles", () => {
  test("a column of cells is one rectangle; a gap splits it", () => {
    const column = Array.from({ length: 100 }, (_, i) => ({
      row: i + 3,
      col: 2,
    }));
    expect(
      groupIntoRects(column).map(({ top, left, bottom, right }) => [
        top,
        left,
        bottom,
        right,
      ]),
    ).toEqual([[3, 2, 102, 2]]);
    const gap = [...column.slice(0, 10), ...column.slice(11)];
    expect(groupIntoRects(gap)).toHaveLength(2);
  });

  test("a block is one rectangle whatever the order", () => {
    const block = [];
    for (let r = 0; r < 5; r++)
      for (let c = 0; c < 4; c++) block.push({ row: r, col: c });
    const rects = groupIntoRects([...block].reverse());
    expect(rects).toHaveLength(1);
    expect(rects[0].cells[4][3]).toEqual({ row: 4, col: 3 });
  });

  test("property: rectangles hold exactly the cells, each once", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ row: fc.nat(30), col: fc.nat(10) }), {
          maxLength: 200,
        }),
        (cells) => {
          const rects = groupIntoRects(cells);
          const covered: string[] = [];
          for (const rect of rects) {
            expect(rect.cells).toHaveLength(rect.bottom - rect.top + 1);
            rect.cells.forEach((row, r) => {
              expect(row).toHaveLength(rect.right - rect.left + 1);
              row.forEach((cell, c) => {
                expect([cell.row, cell.col]).toEqual([
                  rect.top + r,
                  rect.left + c,
                ]);
                covered.push(`${cell.row},${cell.col}`);
              });
            });
          }
          const wanted = new Set(cells.map((c) => `${c.row},${c.col}`));
          expect(covered.sort()).toEqual([...wanted].sort());
        },
      ),
    );
  });
});

describe("column widths", () => {
  test("Excel's default 8.43 characters is 48 points", () => {
    expect(charactersToPoints(8.43)).toBeCloseTo(48, 0);
    expect(pointsToCharacters(48)).toBeCloseTo(8.43, 1);
  });
  test("round trip is exact", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 255, noNaN: true }), (chars) => {
        expect(pointsToCharacters(charactersToPoints(chars))).toBeCloseTo(
          chars,
          9,
        );
      }),
    );
  });
  test("a hidden column is 0", () => {
    expect(charactersToPoints(0)).toBe(0);
    expect(pointsToCharacters(0)).toBe(0);
  });
});

describe("text Excel must not reinterpret", () => {
  test.each([
    "=SUMMA",
    "+46",
    "-Övrigt",
    "@x",
    "45 725",
    "12.3",
    "8,5 %",
    "SANT",
    "false",
    "2020-12-31",
    "jan-21",
    " text",
    "'quoted",
    "Budget 2020",
  ])("%s gets a quote prefix", (text) =>
    expect(needsQuotePrefix(text)).toBe(true),
  );
  test.each([
    "Summa",
    "Verksamhetens intäkter",
    "Lön fördelad mot investeringsprojekt",
    "Kultur/fritid",
    "Ej klart",
  ])("%s is written as it is", (text) => expect(textInput(text)).toBe(text));
  test("prior content: formulas stay formulas, text that reads as a formula stays text", () => {
    expect(priorContent(10, "=A1*2")).toBe("=A1*2");
    expect(priorContent("=abc", "=abc")).toBe("'=abc");
    expect(priorContent("45 725", "45 725")).toBe("'45 725");
    expect(priorContent(5, 5)).toBe(5);
    expect(priorContent("", "")).toBe("");
    expect(priorContent("Summa", "Summa")).toBe("Summa");
  });
});

describe("Excel's errors in the pane's words", () => {
  test.each([
    ["InvalidOperationInCellEditMode", "busy", /redigerar en cell/],
    ["AccessDenied", "protected", /skyddad/],
    ["ItemNotFound", "notFound", /finns inte längre/],
    ["ResponsePayloadSizeLimitExceeded", "tooLarge", /så många celler/],
    ["Conflict", "busy", /upptaget/],
    ["InvalidOperation", "failed", /tillät inte/],
    ["GeneralException", "failed", /\(GeneralException\)/],
  ])("%s", (code, kind, message) => {
    const error = toPortError(
      Object.assign(new Error("RichApi.Error"), { code }),
    );
    expect(error).toBeInstanceOf(PortError);
    expect(error.code).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.messageEn.length).toBeGreaterThan(10);
  });
  test("something that is not Excel's error", () => {
    expect(toPortError(new TypeError("x")).message).toBe(
      "Excel kunde inte utföra åtgärden.",
    );
  });
  test("a PortError passes through", () => {
    const error = new PortError("a", "b", "busy");
    expect(toPortError(error)).toBe(error);
  });
});

describe("sheet names and validation rules", () => {
  test("Excel's rules for sheet names", () => {
    expect(sheetNameProblem("Resultaträkning (2)")).toBeNull();
    expect(sheetNameProblem("a".repeat(32))).toBe("length");
    expect(sheetNameProblem("Jan/Apr")).toBe("characters");
    expect(sheetNameProblem("'x")).toBe("apostrophe");
  });
  test("rules round trip; other rules are recognised as other", () => {
    const list = { type: "list" as const, values: ["Klart", "Ej klart"] };
    expect(ruleFromExcel("List", ruleToExcel(list))).toEqual(list);
    const whole = { type: "wholeNumber" as const, min: 1, max: 5 };
    expect(ruleFromExcel("WholeNumber", ruleToExcel(whole))).toEqual(whole);
    expect(
      ruleFromExcel("WholeNumber", {
        wholeNumber: { formula1: "=1", formula2: "4", operator: "Between" },
      }),
    ).toEqual({
      type: "wholeNumber",
      min: 1,
      max: 4,
    });
    expect(ruleFromExcel("None", {})).toBeNull();
    expect(ruleFromExcel("Decimal", {})).toBe("other");
    expect(
      ruleFromExcel("List", {
        list: { source: "=$A$1:$A$3", inCellDropDown: true },
      }),
    ).toBe("other");
  });
});
