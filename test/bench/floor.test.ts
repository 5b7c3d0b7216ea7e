/**
 * B1's floor (bench/floor.ts) is a reference only if it does the checks it stands for: on a
 * generated sheet it must report exactly the planted faults, no more and no fewer.
 */
import { floorCheck } from "../../bench/floor";
import { generateDrift } from "../../bench/generate/drift";

describe("B1 floor checker", () => {
  it("reports every planted fault, and beside them only the avvikelse of a parent or Summa typed over", () => {
    const generated = generateDrift(2_000, { seed: 7, faultEvery: 2 });
    const found = floorCheck(generated.sheet).faults;
    expect(generated.faults.length).toBeGreaterThan(50);
    for (const fault of generated.faults) expect(found).toContain(fault);
    // A parent whose Prognos or period Utfall is wrong no longer agrees with its avvikelse, nor
    // does the Summa row over the parents.
    const parents = new Set([...generated.groups.map((g) => g.parent + 1), generated.summaRow + 1]);
    const extra = found.filter((fault) => !generated.faults.includes(fault));
    expect(extra.length).toBeGreaterThan(0);
    for (const fault of extra) {
      const match = /^deviation@([DG])(\d+)$/.exec(fault);
      expect(match).not.toBeNull();
      expect(parents.has(Number(match?.[2]))).toBe(true);
    }
  });

  it("reports an avvikelse typed as a constant although it agrees", () => {
    const generated = generateDrift(200, { seed: 3, faultEvery: 0 });
    const row = generated.groups[1].first;
    generated.sheet.formulas[row][3] = generated.sheet.values[row][3];
    expect(floorCheck(generated.sheet).faults).toEqual([`formula@D${row + 1}`]);
  });

  it("makes one row object per row, the Varav parents totals of their details", () => {
    const generated = generateDrift(500, { seed: 5, faultEvery: 0 });
    const { rows, faults } = floorCheck(generated.sheet);
    expect(faults).toEqual([]);
    expect(rows).toHaveLength(generated.sheet.values.length);
    const group = generated.groups[0];
    expect(rows[group.parent].role).toBe("total");
    expect(rows[group.parent].parts).toEqual(
      Array.from({ length: group.last - group.first + 1 }, (_, k) => group.first + k),
    );
    expect(rows[generated.summaRow].parts).toEqual(generated.groups.map((g) => g.parent));
  });
});
