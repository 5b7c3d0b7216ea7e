import { compactCells } from "../../src/taskpane/validate/cellList";

test("runs of cells become ranges", () => {
  expect(compactCells(["D4", "D5", "D6", "D7", "F4"])).toBe("D4:D7, F4");
  expect(compactCells(["B3", "C3", "D3", "B9"])).toBe("B3:D3, B9");
  expect(compactCells(["B3", "B5", "B6"])).toBe("B3, B5:B6");
  expect(compactCells(["Drift!B3"])).toBe("Drift!B3");
  expect(compactCells([])).toBe("");
});
