/**
 * B7: the browser preview in headless Chromium — page load until the task pane can be used,
 * and one "Validera arbetsboken" on the sample workbook until its verdict shows. Reported, no
 * target. A production build of the preview (bench/.build/preview/), served by the preview's
 * own server and driven with the end-to-end tests' Chromium; every round opens a fresh page
 * in a fresh browser context (an empty cache, as a first visit).
 *
 * Both times are taken inside the page (performance.now(), from a MutationObserver), so the
 * polling and messaging of the driver are not counted.
 */
import { Browser, Page, chromium } from "playwright-core";
import { startServer } from "../scripts/preview-server";
import { chromiumPath } from "../test/e2e/support/browser";
import { freshBuild } from "./support/builds";
import { Benchmark, line } from "./support/result";
import { stat } from "./support/stats";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const TIMEOUT_MS = 120_000;
const PANE_TAB = "Validera";
const VALIDATE_BUTTON = "Validera arbetsboken";
/** The verdict's titles (src/taskpane/validate/strings.ts): one of them ends a validation. */
const VERDICT = /fel att rätta|Klar för inlämning/;

interface Round {
  paneReadyMs: number;
  domContentLoadedMs: number;
  loadEventMs: number;
  transferKb: number;
  validateMs: number;
}

/** Records, in the page, when a tab named `name` is first in the document and enabled. */
function watchForTab(name: string): void {
  const record = window as unknown as { __paneReadyMs?: number };
  const ready = () =>
    Array.from(document.querySelectorAll('[role="tab"]')).some(
      (tab) => tab.textContent?.trim() === name && tab.getAttribute("aria-disabled") !== "true"
    );
  const observer = new MutationObserver(() => {
    if (record.__paneReadyMs === undefined && ready()) {
      record.__paneReadyMs = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/** Clicks the validate button and resolves with the milliseconds until a verdict shows. */
function validateOnce(args: { button: string; verdict: string; timeoutMs: number }): Promise<number> {
  return new Promise((resolve, reject) => {
    const verdict = new RegExp(args.verdict);
    const button = Array.from(document.querySelectorAll("button")).find(
      (b) => b.textContent?.trim() === args.button
    );
    if (!button) {
      reject(new Error(`no button "${args.button}"`));
      return;
    }
    const shown = () =>
      Array.from(document.querySelectorAll('section[aria-live="polite"]')).some((s) =>
        verdict.test(s.textContent ?? "")
      );
    if (shown()) {
      reject(new Error("a verdict shows before validating"));
      return;
    }
    const timer = setTimeout(() => reject(new Error("no verdict in time")), args.timeoutMs);
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      const elapsed = performance.now() - started;
      observer.disconnect();
      clearTimeout(timer);
      resolve(elapsed);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    button.click();
  });
}

async function oneRound(browser: Browser, url: string): Promise<Round> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 } });
  try {
    const page: Page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.addInitScript(watchForTab, PANE_TAB);
    await page.goto(url, { timeout: TIMEOUT_MS });
    await page.waitForFunction(
      () => (window as unknown as { __paneReadyMs?: number }).__paneReadyMs !== undefined,
      undefined,
      { timeout: TIMEOUT_MS }
    );
    await page.waitForLoadState("load");
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
      const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
      return {
        paneReadyMs: (window as unknown as { __paneReadyMs: number }).__paneReadyMs,
        domContentLoadedMs: navigation.domContentLoadedEventEnd,
        loadEventMs: navigation.loadEventEnd,
        transferBytes: navigation.transferSize + resources.reduce((n, r) => n + r.transferSize, 0),
      };
    });
    await page.getByRole("tab", { name: PANE_TAB }).click();
    await page.getByRole("button", { name: VALIDATE_BUTTON }).waitFor({ timeout: TIMEOUT_MS });
    const validateMs = await page.evaluate(validateOnce, {
      button: VALIDATE_BUTTON,
      verdict: VERDICT.source,
      timeoutMs: TIMEOUT_MS,
    });
    if (problems.length) throw new Error(`the page reported: ${problems[0]}`);
    return {
      paneReadyMs: timing.paneReadyMs,
      domContentLoadedMs: timing.domContentLoadedMs,
      loadEventMs: timing.loadEventMs,
      transferKb: timing.transferBytes / 1024,
      validateMs,
    };
  } finally {
    await context.close();
  }
}

export const b7: Benchmark = {
  id: "B7",
  title: "preview in headless Chromium: page load to a usable task pane, one Validera",
  async run(context) {
    context.log("B7: production build of the preview (built if stale, a few minutes)");
    const { dir } = freshBuild(context.root, "preview");
    const { server, url } = await startServer({ root: dir, port: 0 });
    const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS });
    try {
      context.log("  warm-up (the browser's own start-up)");
      await oneRound(browser, url);
      const runs = context.runs ?? (context.quick ? 2 : 5);
      const rounds: Round[] = [];
      for (let i = 0; i < runs; i += 1) {
        context.log(`  round ${i + 1}/${runs}`);
        rounds.push(await oneRound(browser, url));
      }
      const of = (key: keyof Round) => stat(rounds.map((r) => r[key]));
      return {
        id: "B7",
        title: this.title,
        params: { runs, build: "production", chromium: browser.version(), viewport: "1440×860" },
        lines: [
          line({ label: "page load → task pane usable", unit: "ms", clock: "wall", value: of("paneReadyMs") }),
          line({ label: "DOMContentLoaded", unit: "ms", clock: "wall", value: of("domContentLoadedMs") }),
          line({ label: "load event", unit: "ms", clock: "wall", value: of("loadEventMs") }),
          line({ label: "Validera arbetsboken → verdict", unit: "ms", clock: "wall", value: of("validateMs") }),
          line({ label: "transferred on load", unit: "KB", value: of("transferKb") }),
        ],
        notes: ["wall-clock times in the page; the browser shares the machine's cores with everything else"],
      };
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  },
};
