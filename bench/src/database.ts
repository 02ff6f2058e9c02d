import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { stopChild, waitForOutput } from './processes';

export interface BenchDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

/**
 * A fresh database for one run: on the server BENCH_DATABASE_URL points to (dropped and
 * created again), or else the product's own embedded PostgreSQL in a throw-away data folder,
 * started by `cli database` so it runs exactly as `npm start` would run it (also as root).
 */
export async function benchDatabase(dataDir: string, serverUrl?: string): Promise<BenchDatabase> {
  if (serverUrl) return freshDatabaseOn(serverUrl);
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'api', 'cli.js'), 'database'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [, url] = await waitForOutput(child, /embedded PostgreSQL running: (\S+)/, 'the embedded database');
  return { url, stop: () => stopChild(child) };
}

async function freshDatabaseOn(serverUrl: string): Promise<BenchDatabase> {
  const name = 'wspolnie_bench';
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop: async () => undefined };
}
