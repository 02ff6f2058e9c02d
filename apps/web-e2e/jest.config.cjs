// The web app in a real browser (Debian's chromium driven by playwright-core), against the
// built app served by the built API on its own embedded PostgreSQL, as `npm start` runs it.
// One API for the whole run (globalSetup), each test file in its own browser contexts.
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // A busy 2-core machine: a page may take seconds to settle while the API seeds or builds.
  testTimeout: 90_000,
  maxWorkers: 1,
  setupFilesAfterEnv: ['<rootDir>/src/support/retry.ts'],
};
