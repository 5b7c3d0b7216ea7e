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

/** Builds dist-preview when it is missing or older than the sources it is built from. */
export function ensureBuilt(): void {
  const bundle = path.join(OUT, "preview.js");
  const sources = Math.max(
    newestMtime(path.join(ROOT, "src")),
    fs.statSync(path.join(ROOT, "webpack.preview.js")).mtimeMs,
  );
  if (fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs > sources) return;
  execFileSync(
    process.execPath,
    [path.join(ROOT, "scripts/preview.js"), "--build-only", "--dev"],
    {
      cwd: ROOT,
      stdio: "pipe",
    },
  );
}

export function chromiumPath(): string {
  for (const candidate of ["/usr/bin/chromium", "/usr/bin/chromium-browser"])
    if (fs.existsSync(candidate)) return candidate;
  return execFileSync("which", ["chromium"]).toString().trim();
}

export interface Session {
  url: string;
  /** Milliseconds from navigation until the task pane's tabs could be used. */
  paneReadyMs: number;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function openPreview(): Promise<Session> {
  const { server, url } = await startServer({ root: OUT, port: 0 });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "rapportkoll-e2e-"));
  const stop = async (context?: BrowserContext) => {
    await context?.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(profile, { recursive: true, force: true });
  };
  let context: BrowserContext | undefined;
  try {
    // A persistent context on a fresh folder is Playwright's way to give Chromium its own profile.
    context = await chromium.launchPersistentContext(profile, {
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
      viewport: { width: 1440, height: 860 },
      acceptDownloads: true,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    const started = Date.now();
    await page.goto(url);
    await page.getByRole("grid").waitFor({ timeout: 20000 });
    await page
      .getByRole("tab", { name: "Validera" })
      .waitFor({ timeout: 20000 });
    const paneReadyMs = Date.now() - started;
    if (problems.length) throw new Error(problems.join("\n"));
    const opened = context;
    return {
      url,
      paneReadyMs,
      context: opened,
      page,
      close: () => stop(opened),
    };
  } catch (error) {
    await stop(context);
    throw error;
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, `${name}.png`) });
}
