/**
 * Lets `node -r ./bench/support/register.js bench/run.ts` load the benchmarks and the sources
 * they measure straight from TypeScript: each .ts file is transpiled on load (CommonJS, the
 * project's target) without type checking — `npm run typecheck` covers bench/ already. The
 * output is cached in the temp folder by content, because loading the TypeScript compiler and
 * transpiling a few hundred files costs seconds on a busy machine, in every benchmark process.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CACHE = path.join(os.tmpdir(), "rapportkoll-bench-ts");
// A new compiler may emit differently: its version is part of every cache key.
const TS_VERSION = require("typescript/package.json").version;
let ts = null;

function transpile(source, filename) {
  ts = ts || require("typescript");
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      jsx: ts.JsxEmit.ReactJSX,
      esModuleInterop: true,
      resolveJsonModule: true,
      inlineSourceMap: true,
    },
  }).outputText;
}

function compile(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const key = crypto.createHash("sha1").update(`${TS_VERSION}\0${filename}\0`).update(source).digest("hex");
  const cached = path.join(CACHE, `${key}.js`);
  let output;
  try {
    output = fs.readFileSync(cached, "utf8");
  } catch {
    output = transpile(source, filename);
    fs.mkdirSync(CACHE, { recursive: true });
    // Written whole then renamed, so that a benchmark process started beside never reads half.
    const partial = `${cached}.${process.pid}`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
  }
  module._compile(output, filename);
}

require.extensions[".ts"] = compile;
require.extensions[".tsx"] = compile;
