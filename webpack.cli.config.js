/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the `rapportkoll` command line into dist/cli/rapportkoll.js: one Node file with the
 * core bundled in, exceljs and jszip required from node_modules at run time.
 *
 *   npm run build       the add-in and the command
 *   npm run build:cli   the command alone (what the CLI tests run when it is out of date)
 *
 * Types are checked by `npm run typecheck`, so ts-loader only transpiles here.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const OUTPUT = path.resolve(__dirname, "dist/cli");

/** Makes the built file executable, as a `bin` should be. */
class ExecutablePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap("ExecutablePlugin", () => {
      const file = path.join(OUTPUT, "rapportkoll.js");
      if (fs.existsSync(file)) fs.chmodSync(file, 0o755);
    });
  }
}

module.exports = (argv = {}) => ({
  name: "cli",
  target: "node20",
  mode: argv.mode === "development" ? "development" : "production",
  devtool: false,
  entry: { rapportkoll: "./src/cli/main.ts" },
  output: { path: OUTPUT, filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js", ".json"] },
  // exceljs (also its deep modules, see src/cli/exceljs.ts) and jszip stay in node_modules.
  externals: [/^exceljs(\/.*)?$/, /^jszip$/],
  externalsType: "commonjs",
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            configFile: "tsconfig.json",
            transpileOnly: true,
            compilerOptions: { sourceMap: false },
          },
        },
      },
    ],
  },
  // Readable output: a stack of a user's bug report should point at real names.
  optimization: { minimize: false },
  performance: { hints: false },
  plugins: [
    new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true }),
    new ExecutablePlugin(),
  ],
});
