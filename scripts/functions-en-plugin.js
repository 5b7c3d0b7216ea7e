/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Writes functions-en.json, the English metadata of the KOLL.* custom functions, from the
 * Swedish functions.json that custom-functions-metadata-plugin emits and the translation table
 * src/functions/translations.en.json. The manifest points en-US Excel at it
 * (<bt:Override Locale="en-US">); ids, parameter counts, types and dimensionality stay the same,
 * only names and descriptions change. A function or parameter missing from the table, or one
 * the table has but the functions do not, fails the build with a message saying which.
 */
const fs = require("fs");
const path = require("path");

/** The English metadata for Swedish metadata `sv` by `table`; throws listing every problem. */
function translateMetadata(sv, table) {
  const problems = [];
  const ids = new Set(sv.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!ids.has(id)) problems.push(`the table translates ${id}, which no function has`);
  }
  const functions = sv.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry) {
      problems.push(`${fn.id} has no English translation`);
      return fn;
    }
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(entry.parameters || {})) {
      if (!names.has(name)) problems.push(`${fn.id}: the table translates parameter ${name}, which the function does not have`);
    }
    const parameters = fn.parameters.map((parameter) => {
      const translated = (entry.parameters || {})[parameter.name];
      if (!translated) {
        problems.push(`${fn.id}: parameter ${parameter.name} has no English translation`);
        return parameter;
      }
      return { ...parameter, name: translated.name, description: translated.description };
    });
    return { ...fn, name: entry.name, description: entry.description, parameters };
  });
  if (problems.length > 0) {
    throw new Error(`functions-en.json: ${problems.join("; ")}.`);
  }
  return { ...sv, functions };
}

class FunctionsEnPlugin {
  /** @param {{ input: string, output: string, translations: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "FunctionsEnPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const swedish = compilation.getAsset(this.options.input);
          // Without functions.json the metadata plugin has already reported why.
          if (!swedish) return;
          const tablePath = path.resolve(compiler.context, this.options.translations);
          compilation.fileDependencies.add(tablePath);
          try {
            const table = JSON.parse(fs.readFileSync(tablePath, "utf8"));
            const sv = JSON.parse(swedish.source.source().toString());
            const en = translateMetadata(sv, table);
            compilation.emitAsset(
              this.options.output,
              new sources.RawSource(JSON.stringify(en, null, 4))
            );
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        }
      );
    });
  }
}

module.exports = { FunctionsEnPlugin, translateMetadata };
