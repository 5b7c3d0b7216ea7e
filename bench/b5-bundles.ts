/**
 * B5: sizes of the add-in's production bundles, minified and gzipped, against their budgets
 * (bench/bundles.ts; the same budgets fail `npm test` in test/bench/bundleSize.test.ts).
 */
import path from "path";
import { BUDGET_BYTES, freshBuild, readBundles, violations } from "./bundles";
import { Benchmark, Line, line } from "./support/result";
import { exact } from "./support/stats";

const KB = 1024;

export const b5: Benchmark = {
  id: "B5",
  title: "bundle sizes of a production build",
  async run(context) {
    context.log("B5: looking for a fresh production build (building one takes minutes)");
    const { dir, built } = freshBuild(context.root);
    const bundles = readBundles(dir);
    const lines: Line[] = [];
    const notes: string[] = [`from ${path.relative(context.root, dir)}/${built ? " (built now)" : ""}`];
    for (const bundle of bundles) {
      lines.push(
        line({
          label: `${bundle.entry}: minified`,
          unit: "KB",
          value: exact(Math.round((bundle.bytes / KB) * 10) / 10),
          target: { op: "<=", value: BUDGET_BYTES[bundle.entry] / KB },
        }),
        line({ label: `${bundle.entry}: gzip -9`, unit: "KB", value: exact(Math.round((bundle.gzipBytes / KB) * 10) / 10) })
      );
      const packages = Object.keys(bundle.packages);
      notes.push(
        `${bundle.entry}: ${packages.length} npm packages${packages.length ? ` (${packages.slice(0, 6).join(", ")}${packages.length > 6 ? ", …" : ""})` : ""}`,
        ...violations(bundle)
      );
    }
    return { id: "B5", title: this.title, params: { dir: path.relative(context.root, dir) }, lines, notes };
  },
};
