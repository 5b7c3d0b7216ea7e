/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Builds the browser preview (src/preview): the workbook grid over HyperFormula beside the real
 * task pane, into dist-preview/. HyperFormula (GPLv3) is bundled here and only here; the add-in
 * bundles (webpack.config.js) never include it.
 *
 *   npm run preview     builds and serves http://localhost:3000/ (scripts/preview.js)
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

module.exports = (_env, argv = {}) => {
  const dev = argv.mode === "development";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: { preview: "./src/preview/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
          use: {
            loader: "ts-loader",
            options: { configFile: "tsconfig.json", transpileOnly: true },
          },
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
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/index.html",
      }),
      new CopyWebpackPlugin({
        patterns: [{ from: "assets/icon-32.png", to: "assets/[name][ext]" }],
      }),
    ],
  };
};
