/**
 * Accessibility as axe-core sees it (WCAG 2 A and AA), reduced to what must not ship: serious and
 * critical violations, as "rule: the offending elements" lines. Fluent's focus sentinels (tabster) are
 * hidden on purpose and not real content.
 */
import fs from "fs";
import { Page } from "playwright-core";

interface AxeResult {
  violations: {
    id: string;
    impact: string | null;
    nodes: { target: string[]; html: string }[];
  }[];
}

export async function seriousA11yProblems(page: Page): Promise<string[]> {
  await page.evaluate(
    `${fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")};0`,
  );
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (...args: unknown[]) => Promise<AxeResult> };
      }
    ).axe;
    const result = await axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa"] } },
    );
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(" | ")}`);
  });
}
