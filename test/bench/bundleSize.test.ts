/**
 * B5 (issue 11): the add-in's production bundles keep their budgets and their boundaries. The
 * build is reused when dist/ (or bench/.build/) is newer than the sources; otherwise one is made,
 * which takes a few minutes on a busy machine.
 */
import path from "path";
import {
  BUDGET_BYTES,
  Bundle,
  ENTRIES,
  FORBIDDEN,
  freshBuild,
  readBundles,
  violations,
} from "../../bench/bundles";

const ROOT = path.resolve(__dirname, "../..");
let bundles: Bundle[] = [];

beforeAll(() => {
  bundles = readBundles(freshBuild(ROOT).dir);
}, 20 * 60_000);

const bundle = (entry: string) => {
  const found = bundles.find((b) => b.entry === entry);
  if (!found) throw new Error(`no ${entry} bundle`);
  return found;
};

test.each(ENTRIES)("%s stays within its budget and keeps out what it must", (entry) => {
  expect(violations(bundle(entry))).toEqual([]);
  expect(bundle(entry).bytes).toBeGreaterThan(0);
});

test("the functions bundle's budget is the issue's 60 KB, not more", () => {
  expect(BUDGET_BYTES.functions).toBeLessThanOrEqual(60 * 1024);
  expect(bundle("functions").bytes).toBeLessThan(60 * 1024);
});

test("no add-in bundle contains HyperFormula, the functions bundle no React or Fluent UI", () => {
  for (const entry of ENTRIES) {
    expect(Object.keys(bundle(entry).packages)).not.toContain("hyperformula");
  }
  const inFunctions = Object.keys(bundle("functions").packages);
  expect(inFunctions.filter((p) => /^(react|react-dom|@fluentui\/.*)$/.test(p))).toEqual([]);
});

test("the contents come from the build: the task pane does carry React and Fluent UI", () => {
  const inTaskpane = Object.keys(bundle("taskpane").packages);
  expect(inTaskpane).toEqual(expect.arrayContaining(["react", "react-dom", "@fluentui/react-provider"]));
  expect(FORBIDDEN.taskpane.some((rule) => rule.pattern.test("react"))).toBe(false);
});

test("a bundle over budget, or with a forbidden package, is reported", () => {
  const bad: Bundle = {
    entry: "functions",
    file: "functions.js",
    bytes: 61 * 1024,
    gzipBytes: 20 * 1024,
    packages: { react: 3, "@fluentui/react-button": 5, hyperformula: 120, "office-addin-mock": 1 },
  };
  const found = violations(bad);
  expect(found).toHaveLength(4);
  expect(found[0]).toMatch(/^functions: 61\.0 KB minified, over its budget of 60\.0 KB$/);
  expect(found.join("\n")).toMatch(/contains react:/);
  expect(found.join("\n")).toMatch(/contains @fluentui\/react-button:/);
  expect(found.join("\n")).toMatch(/contains hyperformula: HyperFormula \(GPLv3\)/);
});
