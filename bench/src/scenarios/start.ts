import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApi } from '@wspolnie/testing-api-process';
import { Client } from 'pg';
import { benchDatabase } from '../database';
import { waitForOutput } from '../processes';
import type { Row, ScenarioResult } from '../report';
import { ms, ratio, until } from '../stats';

const ROOT = join(__dirname, '..', '..', '..');

/** `npm start` (Nx checks the build cache, then runs the API) until it answers a query. */
async function npmStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const [, port] = await waitForOutput(child, /ready at http:\/\/localhost:(\d+)\//, 'npm start');
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ voivodeships { code } }"}' });
    if (!response.ok) throw new Error(`the first query failed: ${response.status}`);
    return performance.now() - started;
  } finally {
    // npm, Nx and the API share the new process group.
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    // The signal also reached the embedded PostgreSQL (same group, as with Ctrl-C in a
    // terminal); the next start must wait until it has shut down.
    await until(() => !existsSync(join(dataDir, 'postgres', 'postmaster.pid')), 20_000, 50);
  }
}

/** The floor: the embedded PostgreSQL alone (`cli database`), started and answering. */
async function databaseAlone(dataDir: string): Promise<number> {
  const started = performance.now();
  const database = await benchDatabase(dataDir);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  await client.query('SELECT 1');
  const elapsed = performance.now() - started;
  await client.end();
  await database.stop();
  return elapsed;
}

async function builtApi(dataDir: string): Promise<number> {
  const api = await startApi({ DATA_DIR: dataDir });
  await api.stop();
  return api.startMs;
}

/** Cold (empty data folder: initdb, migrations, demo seed) and warm starts to the first answer. */
export async function startTimes(withNpmStart: boolean): Promise<ScenarioResult> {
  const rows: Row[] = [];
  const figures: Record<string, number> = {};
  const twice = async (what: string, run: (dataDir: string) => Promise<number>) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wspolnie-bench-start-'));
    try {
      const cold = await run(dataDir);
      const warm = await run(dataDir);
      figures[`${what} cold`] = cold;
      figures[`${what} warm`] = warm;
      return { cold, warm };
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  const database = await twice('database alone', databaseAlone);
  const add = (what: string, times: { cold: number; warm: number }) => {
    rows.push({ scenario: `start: ${what}`, measure: 'cold ms (empty data folder)', value: ms(times.cold), baseline: ms(database.cold), ratio: ratio(times.cold, database.cold), target: '≤10000 ms', met: times.cold <= 10_000 });
    rows.push({ scenario: `start: ${what}`, measure: 'warm ms', value: ms(times.warm), baseline: ms(database.warm), ratio: ratio(times.warm, database.warm), target: '≤3000 ms', met: times.warm <= 3_000 });
  };
  add('built API', await twice('built API', builtApi));
  if (withNpmStart) add('npm start', await twice('npm start', npmStart));
  return { rows, figures, failures: [] };
}
