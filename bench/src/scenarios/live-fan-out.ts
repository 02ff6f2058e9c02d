import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { wsClient } from '../client';
import { stopChild, waitForOutput } from '../processes';
import type { Row, ScenarioResult } from '../report';
import { distribution, ms, percentiles, ratio, sleep, until } from '../stats';
import type { ScenarioContext } from './context';
import { baselineUpdate } from './task-updates';

const CHANGES = `subscription Changes($project: UUID!, $after: Int) { projectTaskChanges(projectId: $project, afterSeq: $after) { seq action subjectId } }`;
const UPDATE = `mutation Update($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`;
const MEASURED_CHANGES = Number(process.env['BENCH_FANOUT_CHANGES'] ?? 10);
const TARGET_P99: Record<number, number> = { 1_000: 50, 10_000: 250 };

/** Resident memory of a process in bytes, from /proc (Linux). */
export function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

export interface Deliveries {
  readonly latencies: number[];
  /** Per change: until the last subscriber had it. */
  readonly untilAll: number[];
  /** Subscribers that got every change, in order, once. */
  readonly complete: number;
  readonly rssBefore: number;
  readonly rssAfter: number;
}

/**
 * Opens `subscribers` connections, makes one change to prove they are all live, then measures
 * MEASURED_CHANGES changes one after another: for each, the time from starting the change to
 * its arrival at every subscriber.
 */
export async function measure(
  subscribers: number,
  connect: (onSeq: (seq: number) => void) => Promise<() => Promise<void>>,
  change: () => Promise<number>,
  pid: number,
  failures: string[],
): Promise<Deliveries> {
  const rssBefore = residentBytes(pid);
  const received: number[][] = Array.from({ length: subscribers }, () => []);
  const arrivals = new Map<number, number[]>();
  const closers: (() => Promise<void>)[] = [];
  for (let from = 0; from < subscribers; from += 250) {
    const batch = Array.from({ length: Math.min(250, subscribers - from) }, (_, offset) =>
      connect((seq) => {
        received[from + offset].push(seq);
        const times = arrivals.get(seq) ?? [];
        times.push(performance.now());
        arrivals.set(seq, times);
      }),
    );
    closers.push(...(await Promise.all(batch)));
  }
  // They register asynchronously: the first change proves every one is live.
  const first = await change();
  if (!(await until(() => (arrivals.get(first)?.length ?? 0) >= subscribers, 120_000))) failures.push(`fan-out ${subscribers}: not every subscriber got the first event`);
  await sleep(1_000);
  const rssAfter = residentBytes(pid);

  const latencies: number[] = [];
  const untilAll: number[] = [];
  const expected = [first];
  for (let round = 1; round <= MEASURED_CHANGES; round += 1) {
    const sent = performance.now();
    const seq = await change();
    expected.push(seq);
    await until(() => (arrivals.get(seq)?.length ?? 0) >= subscribers, 60_000);
    const times = (arrivals.get(seq) ?? []).map((at) => at - sent);
    latencies.push(...times);
    untilAll.push(Math.max(...times));
    await sleep(300);
  }
  const complete = received.filter((seqs) => seqs.join(',') === expected.join(',')).length;
  await Promise.all(closers.map((close) => close()));
  await sleep(1_000);
  return { latencies, untilAll, complete, rssBefore, rssAfter };
}

/** The broadcast baseline (./baselines/broadcast-server.ts) as its own process; resolves its port. */
async function startBroadcastServer(databaseUrl: string): Promise<{ port: number; pid: number; stop: () => Promise<void> }> {
  // process.execArgv carries tsx's loader, so the child runs TypeScript as this process does.
  const child = spawn(process.execPath, [...process.execArgv, join(__dirname, '..', 'baselines', 'broadcast-server.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [, port] = await waitForOutput(child, /listening on (\d+)/, 'the broadcast baseline');
  return { port: Number(port), pid: child.pid ?? NaN, stop: () => stopChild(child) };
}

/** N open tabs follow one project's tasks; one change; how long until every tab has it. */
export async function liveFanOut(context: ScenarioContext, subscribers: number): Promise<ScenarioResult> {
  const { coordinator, pool, data, apiPid, databaseUrl } = context;
  const failures: string[] = [];
  const projectId = data.board.projectIds[1] ?? data.board.projectIds[0];
  const task = (await pool.query<{ id: string; version: number }>(`SELECT id, version FROM task WHERE project_id = $1 ORDER BY id LIMIT 1`, [projectId])).rows[0];
  const head = Number((await pool.query(`SELECT last_seq FROM event_stream WHERE stream_id = $1`, [data.board.partnershipId])).rows[0]?.last_seq ?? 0);
  let version = task.version;
  let round = 0;

  const api = await measure(
    subscribers,
    async (onSeq) => {
      const client = await wsClient(coordinator.url, coordinator.accessToken);
      client.subscribe<{ projectTaskChanges: { seq: number } }>(
        { query: CHANGES, variables: { project: projectId, after: head } },
        {
          next: ({ data: event }) => event && onSeq(event.projectTaskChanges.seq),
          error: (error) => failures.push(`fan-out ${subscribers}: ${JSON.stringify(error)}`),
          complete: () => undefined,
        },
      );
      return async () => {
        await client.dispose();
      };
    },
    async () => {
      const answer = await coordinator.data<{ updateTask: { version: number } }>(UPDATE, { i: { id: task.id, expectedVersion: version, title: `Zmiana na żywo ${++round}` } });
      version = answer.updateTask.version;
      return Number((await pool.query(`SELECT last_seq FROM event_stream WHERE stream_id = $1`, [data.board.partnershipId])).rows[0].last_seq);
    },
    apiPid,
    failures,
  );
  if (api.complete !== subscribers) failures.push(`fan-out ${subscribers}: ${subscribers - api.complete} subscribers missed, repeated or reordered events`);

  const server = await startBroadcastServer(databaseUrl);
  let baseline: Deliveries;
  try {
    baseline = await measure(
      subscribers,
      async (onSeq) => {
        const socket = new WebSocket(`ws://127.0.0.1:${server.port}`);
        socket.on('message', (message) => onSeq(JSON.parse(String(message)).payload.data.projectTaskChanges.seq));
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
        return async () => socket.close();
      },
      async () => {
        version = await baselineUpdate(pool, task.id, version, `Zmiana na żywo ${++round}`);
        return Number((await pool.query(`SELECT last_seq FROM event_stream WHERE stream_id = $1`, [data.board.partnershipId])).rows[0].last_seq);
      },
      server.pid,
      failures,
    );
  } finally {
    await server.stop();
  }

  const apiDist = distribution(api.latencies);
  const baseDist = distribution(baseline.latencies);
  const apiAll = Math.max(...api.untilAll);
  const baseAll = Math.max(...baseline.untilAll);
  const label = `live fan-out (${subscribers.toLocaleString('en')} subscribers)`;
  const target = TARGET_P99[subscribers];
  const perSubscription = (api.rssAfter - api.rssBefore) / subscribers;
  const rows: Row[] = [
    { scenario: label, measure: 'delivery p50 ms', value: ms(apiDist.p50), baseline: ms(baseDist.p50), ratio: ratio(apiDist.p50, baseDist.p50) },
    {
      scenario: label,
      measure: 'delivery p99 ms',
      value: ms(apiDist.p99),
      baseline: ms(baseDist.p99),
      ratio: ratio(apiDist.p99, baseDist.p99),
      ...(target ? { target: `≤${target} ms`, met: apiDist.p99 <= target } : {}),
    },
    { scenario: label, measure: 'until all have it (max) ms', value: ms(apiAll), baseline: ms(baseAll), ratio: ratio(apiAll, baseAll) },
    // Below a few thousand subscriptions the garbage collector moves RSS by more than they add.
    { scenario: label, measure: 'memory per idle subscription', value: subscribers >= 5_000 ? `${(perSubscription / 1024).toFixed(1)} KiB` : 'too few to measure' },
  ];
  return {
    rows,
    figures: { subscribers, changes: MEASURED_CHANGES, api: { ...apiDist, untilAllMs: api.untilAll, rssBefore: api.rssBefore, rssAfter: api.rssAfter, bytesPerSubscription: perSubscription }, baseline: { ...baseDist, untilAllMs: baseline.untilAll } },
    failures,
    // One point; the run's fan-outs at other counts add theirs to the same curve.
    series: [
      {
        id: 'fanout',
        title: 'Live fan-out: subscribers of one project, one change at a time',
        work: 'subscribers',
        unit: 'ms',
        baseline: 'a bare LISTEN-and-broadcast WebSocket server',
        stats: ['p50', 'p99'],
        points: [
          { work: subscribers, api: percentiles(apiDist), baseline: percentiles(baseDist), details: { untilAllMs: apiAll, baselineUntilAllMs: baseAll, bytesPerSubscription: perSubscription } },
        ],
      },
    ],
  };
}
