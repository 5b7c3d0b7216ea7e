import fs from "fs";
import path from "path";

/** HyperFormula is GPLv3: it may reach the preview and the tests, never the add-in's bundles. */
describe("the add-in's sources", () => {
  const src = path.resolve(__dirname, "../../src");
  const previewOnly = (file: string) =>
    file.startsWith(path.join(src, "preview") + path.sep) ||
    file === path.join(src, "host", "preview.ts");

  function files(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory()
        ? files(full)
        : /\.tsx?$/.test(entry.name)
          ? [full]
          : [];
    });
  }

  it("never import HyperFormula or the preview", () => {
    const offenders = files(src)
      .filter((file) => !previewOnly(file))
      .filter((file) =>
        /from\s+["'](hyperformula|[./]*\/preview(\/[^"']*)?|[./]*host\/preview)["']/.test(
          fs.readFileSync(file, "utf8"),
        ),
      );
    expect(offenders).toEqual([]);
  });
});
