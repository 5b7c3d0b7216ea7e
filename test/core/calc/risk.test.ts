import {
  presetLevelName,
  presetScaleOfSize,
  registerOf,
  riskMatrixCounts,
  riskMatrixIds,
  riskMatrixIndex,
  riskStepProblem,
  riskValue,
  tableLevel,
} from "../../../src/core/calc/risk";
import { RISK_SCALE_4X4, RISK_SCALE_5X5 } from "../../../src/core/riskScale";

describe("risk steps and values", () => {
  test("steps are whole numbers on the scale", () => {
    expect(riskStepProblem(1, 4)).toBeNull();
    expect(riskStepProblem(4, 4)).toBeNull();
    expect(riskStepProblem(5, 4)).toBe("offScale");
    expect(riskStepProblem(0, 4)).toBe("offScale");
    expect(riskStepProblem(2.5, 4)).toBe("notInteger");
    expect(riskStepProblem(Number.NaN, 4)).toBe("notInteger");
  });

  test("riskvärde is sannolikhet × konsekvens", () => {
    expect(riskValue(3, 4)).toBe(12);
  });
});

describe("risk levels (domain.md §6)", () => {
  test("4×4: 1–3 Låg, 4–6 Medel, 8–9 Hög, 12–16 Mycket hög", () => {
    expect(presetLevelName(RISK_SCALE_4X4, 1, 3)).toBe("Låg");
    expect(presetLevelName(RISK_SCALE_4X4, 2, 3)).toBe("Medel");
    expect(presetLevelName(RISK_SCALE_4X4, 2, 4)).toBe("Hög");
    expect(presetLevelName(RISK_SCALE_4X4, 3, 3)).toBe("Hög");
    expect(presetLevelName(RISK_SCALE_4X4, 4, 3)).toBe("Mycket hög");
  });

  test("5×5: 1–4 Låg, 5–9 Medel, 10–16 Hög, 20–25 Mycket hög", () => {
    expect(presetLevelName(RISK_SCALE_5X5, 2, 2)).toBe("Låg");
    expect(presetLevelName(RISK_SCALE_5X5, 1, 5)).toBe("Medel");
    expect(presetLevelName(RISK_SCALE_5X5, 2, 5)).toBe("Hög");
    expect(presetLevelName(RISK_SCALE_5X5, 4, 5)).toBe("Mycket hög");
  });

  test("presets exist for 4 and 5 only", () => {
    expect(presetScaleOfSize(4)).toBe(RISK_SCALE_4X4);
    expect(presetScaleOfSize(5)).toBe(RISK_SCALE_5X5);
    expect(presetScaleOfSize(3)).toBeNull();
  });

  test("a level table is read with the highest sannolikhet in its top row", () => {
    const table = [
      ["Gul", "Röd", "Röd"],
      ["Grön", "Gul", "Röd"],
      ["Grön", "Grön", null],
    ];
    expect(tableLevel(table, 3, 1)).toBe("Gul");
    expect(tableLevel(table, 1, 2)).toBe("Grön");
    expect(tableLevel(table, 2, 3)).toBe("Röd");
    expect(tableLevel(table, 1, 3)).toBeNull();
  });
});

describe("the risk matrix", () => {
  test("highest sannolikhet in the top row, konsekvens 1…n left to right", () => {
    expect(riskMatrixIndex(4, 4, 1)).toBe(0);
    expect(riskMatrixIndex(4, 1, 4)).toBe(15);
    const result = riskMatrixCounts(registerOf([4, 1, 1, 2], [1, 4, 4, 2]), 4);
    expect(result).toEqual({
      ok: true,
      matrix: [
        [1, 0, 0, 0],
        [0, 0, 0, 0],
        [0, 1, 0, 0],
        [0, 0, 0, 2],
      ],
    });
  });

  test("empty register rows (NaN in both) are skipped", () => {
    const result = riskMatrixCounts(registerOf([NaN, 3], [NaN, 3]), 4);
    expect(result.ok && result.matrix[1][2]).toBe(1);
  });

  test("the first bad row is reported with what is wrong", () => {
    expect(riskMatrixCounts(registerOf([1, 5], [1, 1]), 4)).toEqual({
      ok: false,
      index: 1,
      axis: "likelihood",
      problem: "offScale",
    });
    expect(riskMatrixCounts(registerOf([1, 2], [1, NaN]), 4)).toEqual({
      ok: false,
      index: 1,
      axis: "consequence",
      problem: "missing",
    });
    expect(riskMatrixCounts(registerOf([1.5], [1]), 4)).toMatchObject({
      problem: "notInteger",
    });
  });

  test("with ids each cell lists its risks in register order", () => {
    const result = riskMatrixIds(
      registerOf([2, 4, 2], [3, 1, 3]),
      ["R1", "R2", "R4"],
      4,
    );
    expect(result.ok && result.matrix).toEqual([
      ["R2", "", "", ""],
      ["", "", "", ""],
      ["", "", "R1, R4", ""],
      ["", "", "", ""],
    ]);
  });
});
