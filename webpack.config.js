/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the add-in: the task pane (React + Fluent UI), the custom functions (no React) and
 * the ribbon commands, plus functions.json from the functions' JSDoc (functions-en.json from it and
 * src/functions/translations.en.json) and the manifest.
 *
 *   npm run build        production bundles in dist/
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs, for sideloading
 *
 * The add-in is served from https://localhost:3000/ while developing. A production build for
 * another host takes the address from RAPPORTKOLL_URL (e.g. https://intranet.kommun.se/rapportkoll/)
 * and writes it into the manifest in dist/.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsEnPlugin } = require("./scripts/functions-en-plugin");
const { BundleContentsPlugin } = require("./bench/support/bundle-contents-plugin");
const cliConfig = require("./webpack.cli.config");

const DEV_URL = "https://localhost:3000/";

async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const publicUrl = (process.env.RAPPORTKOLL_URL || DEV_URL).replace(/\/?$/, "/");
  const serving = Boolean(env && env.WEBPACK_SERVE);

  const addin = {
    name: "addin",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // dist/cli/ belongs to the command line's build (webpack.cli.config.js).
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new FunctionsEnPlugin({
        input: "functions.json",
        output: "functions-en.json",
        translations: "./src/functions/translations.en.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime runs the functions in the task pane's page.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      // bundle-contents.json: what went into each bundle, for the bundle budget test (issue 11).
      new BundleContentsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return content.toString().split(DEV_URL).join(publicUrl);
            },
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      liveReload: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: serving ? { type: "https", options: await httpsOptions() } : undefined,
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
  return serving ? addin : [addin, cliConfig(argv)];
};
