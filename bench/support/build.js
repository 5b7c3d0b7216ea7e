/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * A production build for the benchmarks, into the folder given: "addin" is the add-in's
 * bundles (webpack.config.js), "preview" the browser preview (webpack.preview.js). Both get
 * bundle-contents.json, which records the mode and what went in. Building elsewhere than dist/
 * and dist-preview/ keeps it out of the way of anything serving or testing those meanwhile.
 *
 *   node bench/support/build.js addin|preview <folder>
 */
const path = require("path");
const webpack = require("webpack");
const { BundleContentsPlugin } = require("./bundle-contents-plugin");

const ROOT = path.resolve(__dirname, "../..");

async function configFor(target) {
  const argv = { mode: "production" };
  if (target === "addin") {
    const configs = await require(path.join(ROOT, "webpack.config.js"))({}, argv);
    return configs.find((config) => config.name === "addin");
  }
  if (target === "preview") {
    const config = require(path.join(ROOT, "webpack.preview.js"))({}, argv);
    return { ...config, plugins: [...config.plugins, new BundleContentsPlugin()] };
  }
  throw new Error(`unknown build ${target} (addin or preview)`);
}

async function main() {
  const [target, out] = process.argv.slice(2);
  if (!target || !out) throw new Error("usage: build.js addin|preview <folder>");
  const config = await configFor(target);
  config.mode = "production";
  config.context = ROOT;
  config.output = { ...config.output, path: path.resolve(out), clean: true };
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (error, result) => (error ? reject(error) : resolve(result)))
  );
  if (stats.hasErrors()) {
    const [first] = stats.toJson({ all: false, errors: true }).errors;
    throw new Error(first ? first.message.split("\n")[0] : "webpack failed");
  }
}

main().catch((error) => {
  process.stderr.write(`bench build: ${error.message}\n`);
  process.exit(1);
});
