/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Writes bundle-contents.json beside the bundles: for each entry (taskpane, functions,
 * commands) its files and the npm packages whose modules went into it, with module counts.
 * The bundle-size test (test/bench/) reads it to prove that the functions bundle carries no
 * React or Fluent UI and that no add-in bundle carries HyperFormula — from what webpack put in,
 * not from guessing at strings in minified code — and to know the bundles are from one build.
 */

const PLUGIN = "BundleContentsPlugin";
const FILE = "bundle-contents.json";

/** "react-dom" for …/node_modules/react-dom/cjs/x.js, "@fluentui/react-button" for scoped ones. */
function packageOf(resource) {
  const at = resource.lastIndexOf("node_modules/");
  if (at < 0) return null;
  const parts = resource.slice(at + "node_modules/".length).split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

/** The files a module was made of; a concatenated module holds several. */
function resourcesOf(module) {
  if (Array.isArray(module.modules)) return module.modules.flatMap(resourcesOf);
  return typeof module.resource === "string" ? [module.resource.replace(/\\/g, "/")] : [];
}

class BundleContentsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entries = {};
          for (const [name, entrypoint] of compilation.entrypoints) {
            const packages = {};
            const files = new Set();
            let sourceModules = 0;
            for (const chunk of entrypoint.chunks) {
              for (const file of chunk.files) files.add(file);
              for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
                for (const resource of resourcesOf(module)) {
                  const pkg = packageOf(resource);
                  if (pkg) packages[pkg] = (packages[pkg] || 0) + 1;
                  else sourceModules += 1;
                }
              }
            }
            entries[name] = {
              files: [...files].sort(),
              sourceModules,
              packages: Object.fromEntries(Object.entries(packages).sort()),
            };
          }
          const report = { mode: compiler.options.mode, entries };
          compilation.emitAsset(FILE, new sources.RawSource(`${JSON.stringify(report, null, 2)}\n`));
        }
      );
    });
  }
}

module.exports = { BundleContentsPlugin, BUNDLE_CONTENTS_FILE: FILE, packageOf };
