import { summakontroll } from "../../src/functions/functions";
import { expectKollError, expectThrows } from "./helpers";

// Driftbudget per verksamhet/ansvar 2020 (Huddinge), mnkr: Bokslut 2018, Budget 2019, Budget 2020.
const parts = [
  [-9.5, -8.8, -13.9],
  [-102.9, -107.3, -105.3],
  [-51.1, -53.7, -56.4],
  [-36.1, -33.4, -32.6],
  [-82.7, -83.1, -83.2],
  [-141.9, -149.2, -148.9],
  [-65.8, -68.2, -70.3],
  [-7.9, -7.6, -7.6],
];
const totals = [[-497.8, -511.3, -518.2]];

describe("KOLL.SUMMAKONTROLL", () => {
  test("one column against its total: 0 when they agree", () => {
    const column = parts.map((row) => [row[2]]);
    expect(summakontroll(column, [[-518.2]])).toEqual([[0]]);
  });

  test("a total row is checked column by column", () => {
    const result = summakontroll(parts, totals);
    expect(result).toHaveLength(1);
    expect(result[0][1]).toBe(0);
    expect(result[0][2]).toBe(0);
    // Bokslut 2018 as printed: the parts add to −497,9, the total says −497,8.
    expect(result[0][0]).toBeCloseTo(-0.1, 10);
    expect(summakontroll(parts, totals, 0.1)).toEqual([[0, 0, 0]]);
  });

  test("a total column is checked row by row", () => {
    expect(
      summakontroll(
        [
          [1, 2],
          [3, 4],
        ],
        [[3], [8]],
      ),
    ).toEqual([[0], [-1]]);
  });

  test("a skipped row shows as its amount", () => {
    const skipped = parts.slice(0, 7).map((row) => [row[2]]);
    expect(summakontroll(skipped, [[-518.2]])[0][0]).toBeCloseTo(7.6, 10);
  });

  test("text numbers count, empty cells are 0, a word is #VALUE! naming the cell", () => {
    expect(summakontroll([["1 000"], [""], ["−250"]], [[750]])).toEqual([[0]]);
    const result = summakontroll(
      [
        [1, 2],
        ["Varav:", 3],
      ],
      [[4, 5]],
    );
    expectKollError(result[0][0], "#VALUE!", /Delar, rad 2 kolumn 1/);
    expect(result[0][1]).toBe(0);
  });

  test("a total of the wrong shape and a negative tolerance are refused", () => {
    expectThrows(
      () => summakontroll(parts, [[1, 2]]),
      "#VALUE!",
      /en rad lika bred/,
    );
    expectThrows(() => summakontroll([[1]], [[1]], -1), "#NUM!", /negativ/);
  });
});
