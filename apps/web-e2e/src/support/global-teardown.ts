import type { RunningApi } from '@wspolnie/testing-api-process';
import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const api = (globalThis as { __WEB_E2E_API__?: RunningApi }).__WEB_E2E_API__;
  await api?.stop();
  const dataDir = process.env['WEB_E2E_DATA_DIR'];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
