const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('node:path');

// One bundle of the app and its libs; node_modules stay external and load at run time.
module.exports = {
  output: { path: join(__dirname, '../../dist/apps/api'), clean: true },
  // Keep Node's own __filename: the embedded PostgreSQL launcher resolves binaries from it.
  node: { __dirname: false, __filename: false },
  module: { rules: [{ test: /\.csv$/, type: 'asset/source' }] },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [{ entryName: 'cli', entryPath: './src/cli.ts' }],
      tsConfig: './tsconfig.app.json',
      outputHashing: 'none',
      optimization: false,
      generatePackageJson: false,
      skipTypeChecking: true,
      sourceMap: true,
    }),
  ],
};
