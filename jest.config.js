/**
 * Two kinds of tests: pure TypeScript and the command line in Node ("node"), the task pane in
 * jsdom ("dom", *.test.tsx). Type checking is `npm run typecheck`; jest only transpiles.
 */
const transform = { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }] };
const moduleNameMapper = {
  "\\.(png|jpg|svg)$": "<rootDir>/test/support/fileStub.js",
  // office-addin-mock needs only the OfficeApp enum; the package's entry point pulls in ESM-only
  // dependencies that jest cannot require.
  "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js",
};

module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts"],
      transform,
      moduleNameMapper,
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/support/domSetup.ts"],
      transform,
      moduleNameMapper,
    },
  ],
};
