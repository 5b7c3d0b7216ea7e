import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { validateWorkbook } from "../../src/core/validate";
import { generateDrift } from "../fixtures/generate";
test("t", () => {
  const g = generateDrift(100000, 7);
  for (let i = 0; i < 4; i++) {
    const c = process.cpuUsage(); const t = performance.now();
    validateWorkbook({ sheets: [g.sheet] }, DEFAULT_SETTINGS);
    const e = process.cpuUsage(c);
    console.log("wall", (performance.now() - t).toFixed(0), "cpu", ((e.user + e.system) / 1000).toFixed(0));
  }
});
