// One bundle per entry (the API and the CLI) holding the app and its libs; node_modules stay
// external and are loaded at run time, so native and ESM-only packages work as installed.
const { join } = require('node:path');
const nodeExternals = require('webpack-node-externals');

const root = join(__dirname, '..', '..');
// The same path aliases as tsconfig.base.json (and jest.preset.cjs), one exact alias per lib.
const { compilerOptions } = require('../../tsconfig.base.json');
const alias = Object.fromEntries(Object.entries(compilerOptions.paths).map(([name, [target]]) => [`${name}$`, join(root, target)]));

module.exports = {
  mode: 'none',
  target: 'node',
  context: __dirname,
  entry: { main: './src/main.ts', cli: './src/cli.ts' },
  output: { path: join(root, 'dist', 'apps', 'api'), filename: '[name].js', clean: true },
  devtool: 'source-map',
  // Keep Node's own __filename: the embedded PostgreSQL launcher resolves binaries from it.
  node: { __dirname: false, __filename: false },
  externalsPresets: { node: true },
  // The workspace's own libraries are bundled; everything installed stays external.
  externals: [nodeExternals({ modulesDir: join(root, 'node_modules'), allowlist: [/^@wspolnie\//] })],
  resolve: { extensions: ['.ts', '.js'], alias },
  module: {
    rules: [
      // Type checking is the typecheck target's job; the build only transpiles.
      { test: /\.ts$/, loader: 'ts-loader', options: { transpileOnly: true, configFile: join(__dirname, 'tsconfig.app.json') } },
      // The TERC register ships as CSV and is bundled as text.
      { test: /\.csv$/, type: 'asset/source' },
    ],
  },
  optimization: { minimize: false },
  stats: 'errors-warnings',
};
