import { riskmatris, riskniva, riskvarde } from "../../src/functions/functions";
import { OMITTED, expectKollError, expectThrows } from "./helpers";

describe("KOLL.RISKVÄRDE", () => {
  test("sannolikhet × konsekvens, elementwise over a register", () => {
    expect(riskvarde([[3]], [[4]])).toEqual([[12]]);
    expect(riskvarde([[1], [2], ["4"]], [[4], [2], [4]])).toEqual([
      [4],
      [4],
      [16],
    ]);
  });

  test("scale 5 accepts 5; the default 4×4 does not", () => {
    expect(riskvarde([[5]], [[5]], [[5]])).toEqual([[25]]);
    expect(riskvarde([[5]], [[5]], [["5x5"]])).toEqual([[25]]);
    expectKollError(
      riskvarde([[5]], [[1]])[0][0],
      "#NUM!",
      /Sannolikhet 5 ligger utanför skalan 1–4/,
    );
  });

  test("#NUM! says which argument is off and why", () => {
    const result = riskvarde([[2.5], [2], [0]], [[1], [7], [1]]);
    expectKollError(
      result[0][0],
      "#NUM!",
      /Sannolikhet 2,5 är inte ett heltal/,
    );
    expectKollError(
      result[1][0],
      "#NUM!",
      /Konsekvens 7 ligger utanför skalan/,
    );
    expectKollError(result[2][0], "#NUM!", /Sannolikhet 0/);
  });

  test("an empty register row gives an empty text; a half-filled one says what is missing", () => {
    const result = riskvarde([[null], [3], [""]], [[""], [null], [2]]);
    expect(result[0][0]).toBe("");
    expectKollError(result[1][0], "#N/A", /Konsekvens saknas/);
    expectKollError(result[2][0], "#N/A", /Sannolikhet saknas/);
  });

  test("a scale that is neither 4, 5 nor a square table is #VALUE!", () => {
    expectThrows(
      () => riskvarde([[1]], [[1]], [[7]]),
      "#VALUE!",
      /Skala ska vara 4/,
    );
    expectThrows(
      () => riskvarde([[1]], [[1]], [["a", "b"]]),
      "#VALUE!",
      /Skala/,
    );
  });
});

describe("KOLL.RISKNIVÅ", () => {
  test("the 4×4 preset (domain.md §6)", () => {
    expect(riskniva([[1], [2], [3], [4]], [[3], [3], [3], [3]])).toEqual([
      ["Låg"],
      ["Medel"],
      ["Hög"],
      ["Mycket hög"],
    ]);
  });

  test("the 5×5 preset", () => {
    expect(riskniva([[2], [1], [2], [4]], [[2], [5], [5], [5]], [[5]])).toEqual(
      [["Låg"], ["Medel"], ["Hög"], ["Mycket hög"]],
    );
  });

  test("a level table: row 1 is the highest sannolikhet, konsekvens 4 never green", () => {
    const table = [
      ["Gul", "Orange", "Röd", "Röd"],
      ["Grön", "Gul", "Orange", "Röd"],
      ["Grön", "Grön", "Gul", "Orange"],
      ["Grön", "Grön", "Grön", ""],
    ];
    expect(riskniva([[4], [1], [1], [2]], [[1], [1], [3], [4]], table)).toEqual(
      [["Gul"], ["Grön"], ["Grön"], ["Orange"]],
    );
    expectKollError(
      riskniva([[1]], [[4]], table)[0][0],
      "#N/A",
      /saknar nivå för sannolikhet 1, konsekvens 4/,
    );
    expectKollError(
      riskniva([[5]], [[4]], table)[0][0],
      "#NUM!",
      /utanför skalan 1–4/,
    );
  });

  test("a 3×3 table makes a 3-step scale", () => {
    const table = [
      ["M", "H", "H"],
      ["L", "M", "H"],
      ["L", "L", "M"],
    ];
    expect(riskniva([[3]], [[3]], table)).toEqual([["H"]]);
    expectKollError(riskniva([[4]], [[1]], table)[0][0], "#NUM!", /1–3/);
  });
});

describe("KOLL.RISKMATRIS", () => {
  const likelihoods = [[2], [4], [2], [1], [null]];
  const consequences = [[3], [1], [3], [4], [null]];

  test("counts with the highest sannolikhet in the top row, konsekvens 1…4 left to right", () => {
    expect(riskmatris(likelihoods, consequences)).toEqual([
      [1, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 2, 0],
      [0, 0, 0, 1],
    ]);
  });

  test("with ids each cell lists them", () => {
    const ids = [["R1"], ["R2"], ["R4"], [5], [""]];
    expect(riskmatris(likelihoods, consequences, ids)).toEqual([
      ["R2", "", "", ""],
      ["", "", "", ""],
      ["", "", "R1, R4", ""],
      ["", "", "", "5"],
    ]);
  });

  test("a 5×5 matrix, ids omitted but scale given", () => {
    const result = riskmatris([[5], [1]], [[5], [1]], OMITTED, [[5]]);
    expect(result).toHaveLength(5);
    expect(result[0][4]).toBe(1);
    expect(result[4][0]).toBe(1);
  });

  test("a risk off the scale is #NUM! naming its row", () => {
    expectThrows(
      () => riskmatris([[1], [5]], [[1], [1]]),
      "#NUM!",
      /rad 2 har sannolikhet 5.*1–4/,
    );
    expectThrows(
      () => riskmatris([[1], [2]], [[1], [null]]),
      "#N/A",
      /rad 2 saknar konsekvens/,
    );
    expectThrows(
      () => riskmatris([[1], ["hög"]], [[1], [1]]),
      "#VALUE!",
      /Rad 2/,
    );
  });

  test("columns of different lengths are refused", () => {
    expectThrows(() => riskmatris([[1], [2]], [[1]]), "#VALUE!", /lika många/);
    expectThrows(
      () => riskmatris([[1], [2]], [[1], [2]], [["R1"], ["R2"], ["R3"]]),
      "#VALUE!",
      /Id har 3/,
    );
  });
});
