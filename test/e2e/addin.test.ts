/**
 * The add-in as it ships: the production build (dist/ from `npm run build` while fresh, else the
 * one bench/support/builds.ts makes when missing or older than its sources), its taskpane.html opened in Chromium from a local server, and office.js from the
 * @microsoft/office-js package served in place of Microsoft's CDN. Outside Office, Office.onReady
 * still resolves, so the pane must come up; its Content-Security-Policy must let the bundle and
 * office.js run without a single violation, and the page may talk to nothing but the server and
 * appsforoffice.microsoft.com.
 */
import fs from "fs";
import path from "path";
import { Page } from "playwright-core";
import { startServer } from "../../scripts/preview-server";
import { freshBuild } from "../../bench/support/builds";
import { launchBrowser, screenshot, watchProblems } from "./support/browser";
import { eventually, soon } from "./support/waits";

jest.setTimeout(60000);

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";

let page: Page;
let origin = "";
let close: () => Promise<void> = async () => {};
let problems: string[] = [];
const violations: string[] = [];
const requests: string[] = [];
const officeFiles: string[] = [];

beforeAll(async () => {
  // One production build shared with the other tests that need it (dist/ from `npm run build`
  // while fresh, else bench/.build/addin, built once under a lock).
  const { dir } = freshBuild(ROOT, "addin");
  const { server, url } = await startServer({ root: dir, port: 0 });
  origin = new URL(url).origin;
  const browser = await launchBrowser({ width: 360, height: 800 });
  close = async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  };
  page = browser.page;
  problems = watchProblems(page);
  page.on("request", (request) => requests.push(request.url()));
  // The page reports each violation as an event; it is collected before any script runs.
  await page.exposeFunction("reportViolation", (text: string) =>
    violations.push(text),
  );
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      (
        window as unknown as { reportViolation(text: string): void }
      ).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"}`,
      ),
    );
  });
  // In the test only: office.js from the devDependency instead of Microsoft's CDN.
  await page.route(`${CDN}**`, async (route) => {
    const relative = route.request().url().slice(CDN.length).split("?")[0];
    const file = path.resolve(OFFICE_JS, relative);
    officeFiles.push(relative);
    if (!file.startsWith(OFFICE_JS + path.sep) || !fs.existsSync(file)) {
      await route.fulfill({ status: 404, body: "" });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: "text/javascript; charset=utf-8",
      body: fs.readFileSync(file),
    });
  });
  await page.goto(`${origin}/taskpane.html`);
}, 600000);

afterAll(async () => {
  await close();
});

describe("the production task pane page (dist/taskpane.html)", () => {
  it("comes up outside Office with its header and tabs", async () => {
    const pane = page.locator("#container");
    await pane.getByRole("tab", { name: "Validera", exact: true }).waitFor();
    const names = [
      "Validera",
      "Fyll i",
      "Mallar",
      "Mål",
      "Risk",
      "Inställningar",
    ];
    await soon(() => pane.getByRole("tab").count()).toBe(names.length);
    for (const [i, name] of names.entries())
      await soon(() =>
        pane
          .getByRole("tab")
          .nth(i)
          .and(pane.getByRole("tab", { name, exact: true }))
          .count(),
      ).toBe(1);
    await soon(() =>
      pane.getByText("Rapportkoll", { exact: true }).first().isVisible(),
    ).toBe(true);
    expect(officeFiles).toContain("office.js");
    await screenshot(page, "addin-taskpane");
  });

  it("runs under its Content-Security-Policy: nothing blocked but office.js's telemetry frame, no console error", async () => {
    // The policy is the page's own meta tag, not one the server adds.
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content");
    expect(policy).toMatch(
      /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/,
    );
    // Switching tabs renders the other panels' code, which must run under the policy too.
    const pane = page.locator("#container");
    for (const name of [
      "Fyll i",
      "Mallar",
      "Mål",
      "Risk",
      "Inställningar",
      "Validera",
    ]) {
      await pane.getByRole("tab", { name, exact: true }).click();
      await soon(() =>
        pane
          .getByRole("tab", { name, exact: true })
          .getAttribute("aria-selected"),
      ).toBe("true");
    }
    // office.js (its o15apptofilemappingtable.js) frames Microsoft's telemetry proxy three
    // seconds after it loads, in Office and out of it. The policy blocks that frame on purpose:
    // the add-in sends nothing anywhere but to its own server and to Office. It is the one thing
    // the policy may block; wait for it so that the check below covers the whole start-up.
    await eventually(async () =>
      expect(violations).toContain(`frame-src blocked ${TELEMETRY}`),
    );
    expect(violations.filter((v) => !v.includes(TELEMETRY))).toEqual([]);
    expect(
      problems.filter(
        (p) => !p.startsWith(`console error: Framing '${TELEMETRY}`),
      ),
    ).toEqual([]);
  });

  it("talks to no one but its own server and appsforoffice.microsoft.com", async () => {
    const elsewhere = requests.filter(
      (url) =>
        !url.startsWith(`${origin}/`) &&
        !url.startsWith("https://appsforoffice.microsoft.com/") &&
        !url.startsWith("data:") &&
        !url.startsWith("blob:"),
    );
    expect(elsewhere).toEqual([]);
    expect(
      requests.some((url) => url.startsWith(`${origin}/taskpane.js`)),
    ).toBe(true);
  });
});
