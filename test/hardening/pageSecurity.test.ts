/**
 * The task pane's page lets only its own scripts and office.js run, and the manifest asks Excel
 * for read/write access to the document and nothing more. Both files are read as Office reads
 * them: the HTML the pane is built from, the manifest that is sideloaded.
 */
import fs from "fs";
import path from "path";
import { JSDOM } from "jsdom";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS_HOST = "https://appsforoffice.microsoft.com";

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    // The browser keeps the first of two directives with the same name and ignores the other.
    if (!policy.has(name.toLowerCase()))
      policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function page(file: string) {
  return new JSDOM(fs.readFileSync(path.join(ROOT, file), "utf8")).window
    .document;
}

function policyOf(doc: Document): { policy: Policy; meta: Element } {
  const metas = [...doc.querySelectorAll("meta[http-equiv]")].filter(
    (m) =>
      m.getAttribute("http-equiv")!.toLowerCase() === "content-security-policy",
  );
  expect(metas).toHaveLength(1);
  return {
    policy: parsePolicy(metas[0].getAttribute("content") ?? ""),
    meta: metas[0],
  };
}

/** Sources that would let something other than the add-in's own files run or be reached. */
const TOO_WIDE =
  /^(\*|https?:|wss?:|data:|blob:|'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'|'strict-dynamic')$/i;

describe("the task pane's Content-Security-Policy", () => {
  const doc = page("src/taskpane/taskpane.html");
  const { policy, meta } = policyOf(doc);

  test("default-src is the add-in's own origin only", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  test("script-src allows the add-in's own scripts and office.js's host, nothing inline or evaluated", () => {
    const sources = policy.get("script-src") ?? [];
    expect([...sources].sort()).toEqual(["'self'", OFFICE_JS_HOST].sort());
    expect(sources.filter((s) => TOO_WIDE.test(s))).toEqual([]);
  });

  test("no plug-ins, no requests to other hosts, no base or form redirection", () => {
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("base-uri") ?? ["missing"]).toEqual(
      expect.arrayContaining([expect.stringMatching(/^'(self|none)'$/)]),
    );
    expect(policy.get("base-uri")!.length).toBe(1);
    expect(policy.get("form-action")).toEqual(["'none'"]);
  });

  test("every other directive stays on the add-in's origin (data: only for images and fonts)", () => {
    for (const [name, sources] of policy) {
      if (name === "script-src") continue;
      const allowed =
        name === "style-src"
          ? // Fluent UI (Griffel) inserts <style> elements at run time.
            ["'self'", "'unsafe-inline'"]
          : name === "img-src" || name === "font-src"
            ? ["'self'", "data:"]
            : ["'self'", "'none'"];
      expect({
        name,
        extra: sources.filter((s) => !allowed.includes(s)),
      }).toEqual({
        name,
        extra: [],
      });
    }
  });

  test("the policy comes before every script, and every script is one the policy allows", () => {
    const scripts = [...doc.querySelectorAll("script")];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      // A meta policy only governs what follows it in the document.
      expect(
        meta.compareDocumentPosition(script) &
          doc.defaultView!.Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
      const src = script.getAttribute("src");
      expect(src).not.toBeNull(); // no inline script: 'unsafe-inline' is not allowed
      expect(
        src!.startsWith(`${OFFICE_JS_HOST}/`) || !/^[a-z]+:|^\/\//i.test(src!),
      ).toBe(true);
    }
  });

  test("the parser reads what a browser reads", () => {
    const parsed = parsePolicy(
      " default-src 'self' ;script-src 'self' https://x.example; script-src *;;",
    );
    expect(parsed.get("default-src")).toEqual(["'self'"]);
    expect(parsed.get("script-src")).toEqual(["'self'", "https://x.example"]);
  });
});

describe("the manifest", () => {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;
  const byName = (name: string) =>
    [...doc.getElementsByTagName("*")].filter((e) => e.localName === name);

  test("asks for ReadWriteDocument and nothing more", () => {
    const permissions = byName("Permissions");
    expect(permissions.map((p) => p.textContent!.trim())).toEqual([
      "ReadWriteDocument",
    ]);
    // Permissions sits directly in OfficeApp: one anywhere else would be another request.
    expect(permissions[0].parentElement!.localName).toBe("OfficeApp");
  });

  test("lets the pane navigate to its own origin only", () => {
    const origins = new Set(
      byName("SourceLocation")
        .concat(
          byName("Url"),
          byName("Image"),
          byName("IconUrl"),
          byName("HighResolutionIconUrl"),
          byName("SupportUrl"),
        )
        .map((e) => e.getAttribute("DefaultValue"))
        .filter((v): v is string => Boolean(v))
        .map((v) => new URL(v).origin),
    );
    expect([...origins]).toEqual(["https://localhost:3000"]);
    expect(byName("AppDomain").map((d) => d.textContent!.trim())).toEqual([
      ...origins,
    ]);
  });
});
