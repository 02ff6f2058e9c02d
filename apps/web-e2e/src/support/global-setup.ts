import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningApi } from '@wspolnie/testing-api-process';

/**
 * One API for the run, as a user starts it: the built API serving the built web app, on its
 * own embedded PostgreSQL in a new data folder, seeded with the demo.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'wspolnie-web-e2e-'));
  // Global setup runs outside Jest's module map: the workspace's path aliases are registered here.
  const root = join(__dirname, '..', '..', '..', '..');
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
  require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
  // This run's screenshots and axe results only.
  rmSync(join(root, 'dist', 'web-e2e'), { recursive: true, force: true });
  const { startApi } = require('@wspolnie/testing-api-process') as { startApi(env: Record<string, string>): Promise<RunningApi> };
  const api = await startApi({ DATA_DIR: dataDir });
  (globalThis as { __WEB_E2E_API__?: unknown }).__WEB_E2E_API__ = api;
  process.env['WEB_E2E_URL'] = api.url.replace(/\/graphql$/, '');
  process.env['WEB_E2E_DATA_DIR'] = dataDir;
}
