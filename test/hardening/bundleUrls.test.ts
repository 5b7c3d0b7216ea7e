/**
 * The add-in's built files (what `npm run build` puts in dist/) name no network address except
 * office.js's host and localhost (the development server). The scan finds every `scheme://`
 * in the bundles and pages; the few that libraries embed are listed below with the reason, by
 * exact address, so a new one fails the test until someone looks at it.
 *
 * The production build is reused from dist/ or bench/.build/ while fresh (bench/support/builds.ts,
 * shared with the bundle budget test); otherwise one is made: a few minutes on a busy machine.
 */
import fs from "fs";
import path from "path";
import { freshBuild } from "../../bench/support/builds";

const ROOT = path.resolve(__dirname, "../..");

/** Hosts the add-in may talk to: office.js's, the development server's, and its own. */
const ALLOWED_HOSTS = new Set(
  [
    "appsforoffice.microsoft.com",
    "localhost",
    process.env.RAPPORTKOLL_URL &&
      new URL(process.env.RAPPORTKOLL_URL).hostname,
  ].filter((h): h is string => Boolean(h)),
);

/** Addresses in library code that are names, never fetched. */
const EMBEDDED: Record<string, string> = {
  // React DOM: XML namespace identifiers passed to createElementNS / setAttributeNS.
  "http://www.w3.org/1999/xhtml": "React DOM's HTML namespace identifier",
  "http://www.w3.org/2000/svg":
    "React DOM's SVG namespace identifier (Fluent icons are SVG)",
  "http://www.w3.org/1999/xlink": "React DOM's xlink: attribute namespace",
  "http://www.w3.org/XML/1998/namespace":
    "React DOM's xml: attribute namespace",
  "http://www.w3.org/1998/Math/MathML":
    "React DOM's MathML namespace identifier",
  // React's production build shortens error messages to a code and this address as text for the
  // developer to open; React never requests it.
  "https://reactjs.org/docs/error-decoder.html?invariant=":
    "React's minified-error link, shown as text only",
};

/** Every scheme://… in a text, cut where a string literal or markup would end it. */
function addressesIn(text: string): string[] {
  return text.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>)\\,;{}]*/gi) ?? [];
}

function isAllowed(address: string): boolean {
  if (address in EMBEDDED) return true;
  try {
    const url = new URL(address);
    return (
      ["https:", "http:", "wss:", "ws:"].includes(url.protocol) &&
      ALLOWED_HOSTS.has(url.hostname)
    );
  } catch {
    return false;
  }
}

describe("the built add-in", () => {
  let files: string[] = [];

  beforeAll(() => {
    // The production build the bundle budget test uses too: dist/ when fresh, else one made now.
    const { dir } = freshBuild(ROOT, "addin");
    files = fs
      .readdirSync(dir)
      // manifest.xml names Office's XML schemas; its addresses are checked in pageSecurity.
      .filter((f) => /\.(js|html)$|^functions.*\.json$/.test(f))
      .map((f) => path.join(dir, f));
  }, 900000);

  test("has the bundles the manifest and the page load", () => {
    const names = files.map((f) => path.basename(f));
    expect(names).toEqual(
      expect.arrayContaining([
        "taskpane.js",
        "functions.js",
        "commands.js",
        "taskpane.html",
      ]),
    );
  });

  test("names no network address but office.js's host, localhost and the listed library names", () => {
    const found = new Map<string, string[]>();
    for (const file of files)
      for (const address of addressesIn(fs.readFileSync(file, "utf8")))
        if (!isAllowed(address))
          found.set(address, [
            ...(found.get(address) ?? []),
            path.basename(file),
          ]);
    expect(Object.fromEntries(found)).toEqual({});
  });

  test("every listed library address is still there (the list does not grow stale)", () => {
    const all = new Set(
      files.flatMap((f) => addressesIn(fs.readFileSync(f, "utf8"))),
    );
    expect(Object.keys(EMBEDDED).filter((a) => !all.has(a))).toEqual([]);
  });
});

test("the scan sees addresses however a minifier writes them", () => {
  const bundle = `a="https://evil.example/x?y=1",b='wss://c2.example:8443/s';fetch(\`http://t.example/\${k}\`);u="ftp://f.example"`;
  expect(addressesIn(bundle)).toEqual([
    "https://evil.example/x?y=1",
    "wss://c2.example:8443/s",
    "http://t.example/$",
    "ftp://f.example",
  ]);
  expect(addressesIn(bundle).filter(isAllowed)).toEqual([]);
  expect(
    [
      "https://localhost:3000/taskpane.html",
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "wss://localhost:3000/ws",
    ].every(isAllowed),
  ).toBe(true);
  expect(isAllowed("https://localhost.evil.example/")).toBe(false);
});
