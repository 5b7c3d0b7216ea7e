/**
 * Whatever a workbook holds is shown in the pane as text. Labels, headers, sheet names and the
 * engine's messages (which quote cell text) reach the DOM only through React's text escaping:
 * no source file sets HTML, and a workbook full of markup renders no element of its own.
 */
import fs from "fs";
import path from "path";
import { configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SheetResult } from "../../src/core/findings";
import { MemoryWorkbook } from "../../src/core/memoryWorkbook";
import { App } from "../../src/taskpane/App";
import { MemoryPort } from "../support/memoryPort";
import { makeSheet, makeWorkbook } from "../support/sheets";
import { FixedEngine } from "../taskpane/fakeEngine";

configure({ asyncUtilTimeout: 10000 });

const SCRIPT = "<script>window.__owned = 1</script>";
const IMG = '<img src=x onerror="window.__owned = 2">';
const SVG = "<svg onload=window.__owned=3>";
const LINK = '<a href="javascript:window.__owned=4">Klicka</a>';
const HOSTILE = [SCRIPT, IMG, SVG, LINK];

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|jsx?|html)$/.test(entry.name) ? [full] : [];
  });
}

/** Every way a string can become markup or code in a page. */
const HTML_SINKS = [
  /dangerouslySetInnerHTML/,
  /\.(innerHTML|outerHTML)\s*(\+?=)(?!=)/,
  /\binsertAdjacentHTML\s*\(/,
  /\bdocument\.write(ln)?\s*\(/,
  /\bcreateContextualFragment\s*\(/,
  /\bnew\s+Function\s*\(/,
  /(^|[^.\w])eval\s*\(/,
];

test("no source file in src/ turns a string into HTML or code", () => {
  const offenders = sourceFiles(SRC).flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) =>
        HTML_SINKS.some((sink) => sink.test(line))
          ? [`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`]
          : [],
      ),
  );
  expect(offenders).toEqual([]);
});

test("the sinks are recognised (the grep would catch them)", () => {
  const caught = [
    "<div dangerouslySetInnerHTML={{ __html: label }} />",
    "el.innerHTML = label;",
    "el.outerHTML += label;",
    "el.insertAdjacentHTML('beforeend', label)",
    "document.write(label)",
    "range.createContextualFragment(label)",
    "new Function(label)()",
    "eval(label)",
  ];
  const harmless = [
    "if (el.innerHTML === x) {}",
    "evaluate(x)",
    "retrieval(x)",
  ];
  expect(caught.filter((l) => !HTML_SINKS.some((s) => s.test(l)))).toEqual([]);
  expect(harmless.filter((l) => HTML_SINKS.some((s) => s.test(l)))).toEqual([]);
});

/** Elements that markup in a cell would create if it were parsed as HTML. */
function injected(container: HTMLElement): string[] {
  const found: string[] = [];
  // The pane's own logo is the one image it has; markup from a cell would bring src=x.
  container
    .querySelectorAll(
      "script, img[src='x'], iframe, object, embed, a[href^='javascript']",
    )
    .forEach((e) => found.push(e.outerHTML));
  container.querySelectorAll("*").forEach((e) => {
    for (const attr of Array.from(e.attributes))
      if (/^on/i.test(attr.name)) found.push(`${e.tagName} ${attr.name}`);
  });
  return found;
}

test("a workbook full of markup: the real engine's findings show it as text", async () => {
  const book = MemoryWorkbook.fromSnapshot(
    makeWorkbook(
      makeSheet("Drift", [
        ["Verksamhet", `Budget 2020 ${SVG}`, "Utfall 2020"],
        [SCRIPT, 1200, 1300],
        [IMG, 34, "45 725"],
        [LINK, 500000, "510 000"],
        ["Summa", 501243, 557025],
      ]),
    ),
  );
  const user = userEvent.setup();
  const { container } = render(<App port={new MemoryPort(book)} />);
  await user.click(
    screen.getByRole("button", { name: "Validera arbetsboken" }),
  );
  // The real engine flags the wrong Summa and the numbers stored as text on the hostile rows.
  await screen.findAllByRole("button", { name: /^Gå till/ });
  const text = container.textContent ?? "";
  expect(HOSTILE.filter((h) => text.includes(h)).length).toBeGreaterThan(0);
  expect(injected(container)).toEqual([]);
  expect((window as { __owned?: number }).__owned).toBeUndefined();
});

test("every text field of a finding is shown as text", async () => {
  const results: SheetResult[] = [
    {
      sheet: "Drift <b onmouseover=x>",
      kind: "driftredovisning",
      findings: HOSTILE.map((h, i) => ({
        rule: "sum.mismatch",
        severity: "error" as const,
        sheet: "Drift <b onmouseover=x>",
        cell: `B${i + 2}`,
        rowLabel: h,
        columnHeader: `${h} kolumn`,
        message: `Meddelande ${h}`,
        messageEn: `Message ${h}`,
        fix: {
          label: `Rätta ${h}`,
          labelEn: `Fix ${h}`,
          edits: [
            {
              op: "cell" as const,
              sheet: "Drift <b onmouseover=x>",
              row: i + 1,
              col: 1,
              value: 1,
            },
          ],
        },
      })),
    },
  ];
  const user = userEvent.setup();
  const { container } = render(
    <App port={new MemoryPort()} engine={new FixedEngine(results)} />,
  );
  await user.click(
    screen.getByRole("button", { name: "Validera arbetsboken" }),
  );
  const items = (
    await screen.findAllByRole("button", { name: /^Gå till/ })
  ).map((b) => b.closest("li") as HTMLElement);
  expect(items).toHaveLength(HOSTILE.length);
  HOSTILE.forEach((h, i) => {
    expect(
      within(items[i]).getByText(`Meddelande ${h}`, { exact: false }),
    ).toBeInTheDocument();
    expect(items[i].textContent).toContain(h);
  });
  expect(container.textContent).toContain("Drift <b onmouseover=x>");
  expect(injected(container)).toEqual([]);
  expect((window as { __owned?: number }).__owned).toBeUndefined();
});
