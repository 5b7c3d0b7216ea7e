// Lint rules for `npm run lint` (office-addin-lint): Microsoft's Office add-in rules and React
// rules, plus the globals the add-in runs with.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The recommended set lints .ts/.js; the same plugins and rules are applied to .tsx below.
const typescriptBlock = officeAddins.configs.recommended.find((c) => c.files && c.plugins);

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-results/**"] },
  ...officeAddins.configs.recommended,
  ...officeAddins.configs.react,
  {
    ...typescriptBlock,
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      ...typescriptBlock.languageOptions,
      parser: tsParser,
      globals: {
        ...globals.browser,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
        OfficeRuntime: "readonly",
      },
    },
    rules: {
      ...typescriptBlock.rules,
      // The new JSX transform (tsconfig "jsx": "react-jsx") needs no React in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/preview/server/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
  },
];
