/**
 * Every benchmark by id, loaded only when asked for: each runs in a process of its own, which
 * should not pay for (or be slowed by) the others' modules.
 */
import { Benchmark } from "./support/result";

export const BENCHMARKS: Record<string, { title: string; load: () => Promise<Benchmark> }> = {
  B1: {
    title: "validate a driftredovisning vs a bare pass",
    load: async () => (await import("./b1-validate")).b1,
  },
  B2: {
    title: "validate 100 000 rows vs HyperFormula",
    load: async () => (await import("./b2-hyperformula")).b2,
  },
  B3: {
    title: "KOLL functions vs a plain loop",
    load: async () => (await import("./b3-functions")).b3,
  },
  B4: {
    title: "Excel round trips through office-addin-mock",
    load: async () => (await import("./b4-excel-trips")).b4,
  },
  B5: {
    title: "bundle sizes",
    load: async () => (await import("./b5-bundles")).b5,
  },
  B6: {
    title: "rapportkoll validate vs exceljs reading",
    load: async () => (await import("./b6-cli")).b6,
  },
  B7: {
    title: "preview in headless Chromium",
    load: async () => (await import("./b7-preview")).b7,
  },
};
