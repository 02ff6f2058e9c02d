// Black-box tests of the built API (dist/apps/api), started as a user would start it: each
// test starts its own processes with their own embedded PostgreSQL, so no shared server.
const preset = require('../../jest.preset.cjs');

module.exports = {
  ...preset,
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['**/*.e2e-spec.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 60_000,
  maxWorkers: 1,
};
