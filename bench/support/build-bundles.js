/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * A production build of the add-in's bundles (webpack.config.js, config "addin") into the
 * folder given, for the bundle budget test and B5 when dist/ is missing or stale. Building
 * elsewhere than dist/ keeps it out of the way of anything serving or reading dist/ meanwhile.
 *
 *   node bench/support/build-bundles.js <folder>
 */
const path = require("path");
const webpack = require("webpack");
const configure = require("../../webpack.config.js");

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error("usage: build-bundles.js <folder>");
  const configs = await configure({}, { mode: "production" });
  const addin = configs.find((config) => config.name === "addin");
  addin.mode = "production";
  addin.output = { ...addin.output, path: path.resolve(out), clean: true };
  const stats = await new Promise((resolve, reject) =>
    webpack(addin, (error, result) => (error ? reject(error) : resolve(result)))
  );
  if (stats.hasErrors()) {
    const [first] = stats.toJson({ all: false, errors: true }).errors;
    throw new Error(first ? first.message.split("\n")[0] : "webpack failed");
  }
}

main().catch((error) => {
  process.stderr.write(`build-bundles: ${error.message}\n`);
  process.exit(1);
});
