#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * `npm run preview`: builds the preview with webpack.preview.js into dist-preview/ and serves it
 * on http://localhost:3000/ (PORT overrides). `--build-only` builds and stops; `--no-build`
 * serves what is there; `--dev` builds without minifying (faster; the end-to-end tests use it).
 * Errors end in one readable line, never a stack trace.
 */
const path = require("path");
const { startServer } = require("./preview-server");

const root = path.resolve(__dirname, "..");
const out = path.join(root, "dist-preview");
const args = new Set(process.argv.slice(2));

function fail(message) {
  console.error(`rapportkoll preview: ${message}`);
  process.exit(1);
}

function build() {
  const webpack = require("webpack");
  const config = require(path.join(root, "webpack.preview.js"))(
    {},
    { mode: args.has("--dev") ? "development" : "production" },
  );
  console.log("Bygger förhandsvisningen … (Building the preview …)");
  return new Promise((resolve, reject) => {
    webpack({ ...config, context: root }, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) {
        const first = stats.toJson({ all: false, errors: true }).errors[0];
        return reject(
          new Error(
            first ? first.message.split("\n")[0] : "webpack misslyckades",
          ),
        );
      }
      resolve();
    });
  });
}

async function main() {
  if (!args.has("--no-build")) await build();
  if (args.has("--build-only")) return;
  const port = process.env.PORT ? Number(process.env.PORT) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`PORT måste vara ett portnummer, inte "${process.env.PORT}".`);
  const { url } = await startServer({ root: out, port }).catch((error) =>
    fail(
      error.code === "EADDRINUSE"
        ? `porten ${port} används redan; välj en annan med PORT=…`
        : error.message,
    ),
  );
  console.log(`Rapportkoll förhandsvisning: ${url}`);
  console.log("Avsluta med Ctrl+C. (Stop with Ctrl+C.)");
}

main().catch((error) =>
  fail(error && error.message ? error.message : String(error)),
);
