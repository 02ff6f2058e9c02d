// Jest loads global setup outside its module registry, so the workspace's path aliases
// (moduleNameMapper) do not apply there; register them for this file's imports.
const path = require('node:path');
const root = path.join(__dirname, '..', '..');
require('tsconfig-paths').register({ baseUrl: root, paths: require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths });
module.exports = require('../../libs/platform/testing/src/lib/global-setup.ts').setup;
