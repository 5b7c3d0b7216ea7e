/**
 * The end-to-end tests' world: the preview built (in development mode, only when src/ changed
 * since the last build), served by scripts/preview-server.js on a free port, and Debian's
 * chromium driven by playwright-core with a fresh profile.
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { BrowserContext, Page, chromium } from "playwright-core";
import { startServer } from "../../../scripts/preview-server";
import { PreviewDriver } from "./preview";
import { slug } from "./waits";

const ROOT = path.resolve(__dirname, "../../..");
const OUT = path.join(ROOT, "dist-preview");
export const RESULTS = path.join(ROOT, "test-results");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs,
    );
  }
  return newest;
}

/**
 * Runs `build` unless `output` is newer than every file in `inputs`. A lock folder keeps two
 * jest workers from building into the same folder at once; the second waits and then finds the
 * build fresh.
 */
export function buildOnce(
  name: string,
  output: string,
  inputs: string[],
  build: () => void,
): void {
  const fresh = () => {
    if (!fs.existsSync(output)) return false;
    const sources = Math.max(
      ...inputs.map((input) =>
        fs.statSync(input).isDirectory()
          ? newestMtime(input)
          : fs.statSync(input).mtimeMs,
      ),
    );
    return fs.statSync(output).mtimeMs > sources;
  };
  if (fresh()) return;
  const lock = path.join(os.tmpdir(), `rapportkoll-e2e-build-${name}.lock`);
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another worker is building. A lock older than any build is left by a crashed run.
      const age =
        Date.now() -
        (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > 15 * 60 * 1000)
        fs.rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (!fresh()) {
      build();
      // Webpack leaves a file alone when its content has not changed, so its age would keep
      // saying "stale"; the build itself is what is fresh now.
      const now = new Date();
      fs.utimesSync(output, now, now);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Builds dist-preview when it is missing or older than the sources it is built from. */
export function ensureBuilt(): void {
  buildOnce(
    "preview",
    path.join(OUT, "preview.js"),
    [path.join(ROOT, "src"), path.join(ROOT, "webpack.preview.js")],
    () =>
      execFileSync(
        process.execPath,
        [path.join(ROOT, "scripts/preview.js"), "--build-only", "--dev"],
        { cwd: ROOT, stdio: "pipe" },
      ),
  );
}

export function chromiumPath(): string {
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (fs.existsSync(candidate)) return candidate;
  return execFileSync("which", ["chromium"]).toString().trim();
}

/** Chromium as the tests run it: headless, with a fresh profile in a temporary folder. */
export async function launchBrowser(
  viewport: { width: number; height: number } = { width: 1440, height: 860 },
): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "rapportkoll-e2e-"));
  try {
    // A persistent context on a fresh folder is Playwright's way to give Chromium its own profile.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
      viewport,
      acceptDownloads: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(20000);
    return {
      context,
      page,
      close: async () => {
        await context.close();
        fs.rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Warnings from libraries that the product cannot change. Fluent's AccordionPanel (9.12) sets
 * `inert: true` on a collapsing panel, which React 19 writes and React 18's development build
 * reports as a non-boolean attribute; the panel unmounts when it has closed, so nothing is lost.
 */
const KNOWN_LIBRARY_WARNINGS = [
  /^Warning: Received `%s` for a non-boolean attribute `%s`\.[\s\S]*%s true inert inert true inert/,
];

/**
 * Collects what goes wrong in a page without breaking it: uncaught errors and console errors
 * (React's development build reports its warnings there). The tests require the list empty.
 */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (error) =>
    problems.push(`page error: ${error.message}`),
  );
  page.on("console", (message) => {
    const text = message.text();
    if (
      message.type() === "error" &&
      !KNOWN_LIBRARY_WARNINGS.some((w) => w.test(text))
    )
      problems.push(`console error: ${text}`);
  });
  return problems;
}

export interface Session {
  url: string;
  /** Milliseconds from navigation until the task pane's tabs could be used. */
  paneReadyMs: number;
  context: BrowserContext;
  page: Page;
  /** Page errors and console errors since the page opened (tests empty it as they check it). */
  problems: string[];
  close(): Promise<void>;
}

export async function openPreview(viewport?: {
  width: number;
  height: number;
}): Promise<Session> {
  const { server, url } = await startServer({ root: OUT, port: 0 });
  const stopServer = () => new Promise((resolve) => server.close(resolve));
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  try {
    browser = await launchBrowser(viewport);
    const { page } = browser;
    const problems = watchProblems(page);
    const started = Date.now();
    await page.goto(url);
    await page.getByRole("grid").waitFor({ timeout: 30000 });
    await page
      .getByRole("tab", { name: "Validera" })
      .waitFor({ timeout: 30000 });
    const paneReadyMs = Date.now() - started;
    if (problems.length) throw new Error(problems.join("\n"));
    const opened = browser;
    return {
      url,
      paneReadyMs,
      context: opened.context,
      page,
      problems,
      close: async () => {
        await opened.close();
        await stopServer();
      },
    };
  } catch (error) {
    await browser?.close();
    await stopServer();
    throw error;
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * One preview (server, browser, page) for all the tests of a file, opened before the first
 * and closed after the last. After each test it saves a screenshot named after the file and
 * the test (test-results/<prefix>-<test>.png, also when the test failed, which is when it is
 * most useful) and requires that the page logged no errors during the test.
 */
export function previewPerFile(prefix: string): {
  session(): Session;
  driver(): PreviewDriver;
} {
  let session: Session | undefined;
  let driver: PreviewDriver | undefined;
  beforeAll(async () => {
    ensureBuilt();
    session = await openPreview();
    driver = new PreviewDriver(session.page);
  }, 300000);
  afterEach(async () => {
    if (!session) return;
    const name = expect.getState().currentTestName ?? "test";
    await screenshot(session.page, `${prefix}-${slug(name)}`);
    const problems = session.problems.splice(0);
    expect(problems).toEqual([]);
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    session: () => {
      if (!session) throw new Error("The preview did not open.");
      return session;
    },
    driver: () => {
      if (!driver) throw new Error("The preview did not open.");
      return driver;
    },
  };
}
