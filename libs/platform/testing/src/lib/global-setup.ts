import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresServer } from '@wspolnie/platform-database';

declare global {
  var __WSPOLNIE_TEST_POSTGRES__: EmbeddedPostgresServer | undefined;
}

/**
 * One PostgreSQL server per test run. TEST_DATABASE_URL points the run at an existing server
 * (its database is used only to create and drop the test databases); otherwise a throw-away
 * embedded server is started, so `npm test` needs nothing installed on the machine.
 */
export async function setup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) return;
  const server = new EmbeddedPostgresServer({
    dataDir: mkdtempSync(join(tmpdir(), 'wspolnie-test-')),
    database: 'wspolnie_test',
    persistent: false,
  });
  // Workers are started after global setup and inherit this variable.
  process.env['TEST_DATABASE_URL'] = await server.start();
  globalThis.__WSPOLNIE_TEST_POSTGRES__ = server;
}

export async function teardown(): Promise<void> {
  await globalThis.__WSPOLNIE_TEST_POSTGRES__?.stop();
}
