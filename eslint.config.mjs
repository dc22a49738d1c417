import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** Data access has one home: everything else asks lib/db, so tenant scoping is in one place to review. */
const prismaOnlyInLibDb = {
  files: ["app/**", "components/**", "lib/**", "server.mjs"],
  ignores: ["lib/db/**"],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["**/db/client", "**/generated/prisma/*", "@prisma/client", "@prisma/adapter-*"],
            allowTypeImports: true,
            message: "Only lib/db talks to the database: add a function there and import that.",
          },
        ],
      },
    ],
  },
};

/**
 * Citizen pages and mails are Preact rendered once to a string (docs/decisions/0015): no
 * reconciliation, so no keys; plain links and <head> are what they must contain.
 */
const renderedToString = {
  files: ["components/public/**", "lib/public/**", "lib/mail/**"],
  rules: { "react/jsx-key": "off", "@next/next/no-html-link-for-pages": "off", "@next/next/no-head-element": "off" },
};

/**
 * Tests and scripts call functions named use… that are not React hooks (node:test set-ups),
 * render with createElement(…, { children }), and read untyped JSON (log lines, API answers).
 */
const testsAndScripts = {
  files: ["tests/**", "scripts/**", "**/*.test.ts", "**/*.test.tsx"],
  rules: { "react-hooks/rules-of-hooks": "off", "react/no-children-prop": "off", "@typescript-eslint/no-explicit-any": "off" },
};

const conventions = {
  rules: {
    // A leading underscore marks what is left out on purpose (e.g. a field dropped by destructuring).
    "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  conventions,
  prismaOnlyInLibDb,
  renderedToString,
  testsAndScripts,
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  globalIgnores([".next/**", "generated/**", "node_modules/**", "tests/.tmp/**", ".bench/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
