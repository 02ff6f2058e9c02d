import { readFileSync } from 'node:fs';
import type { RunningApi } from '@wspolnie/testing-api-process';
import type { Pool } from 'pg';
import { HttpClient, wsClient } from '../client';
import { BENCH_PASSWORD } from '../generate';
import type { Row, ScenarioResult } from '../report';
import { type Distribution, distribution, ms, ratio } from '../stats';
import type { ScenarioContext } from './context';
import { type Deliveries, measure } from './live-fan-out';

const CHANGES = `subscription Changes($project: UUID!, $after: Int) { projectTaskChanges(projectId: $project, afterSeq: $after) { seq action subjectId } }`;
const UPDATE = `mutation Update($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`;
/** pg-listener.ts: LISTENER_APPLICATION_NAME. */
const LISTENER = 'wspolnie-listener';

/** CPU seconds (user and system) of a process, from /proc (Linux); 0 once it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** Where the time of the measured changes went: each API, every PostgreSQL process of the database, and the load generator. */
async function cpuSnapshot(pool: Pool, apiPids: number[]): Promise<{ api: number[]; database: Map<number, number>; load: number }> {
  const backends = await pool.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid()`);
  return {
    api: apiPids.map(cpuSeconds),
    database: new Map(backends.rows.map(({ pid }) => [pid, cpuSeconds(pid)])),
    load: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
  };
}

async function streamEventReads(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(`SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) AS n FROM pg_stat_user_tables WHERE relname = 'stream_event'`);
  return Number(rows[0]?.n ?? 0);
}

/**
 * The fan-out of live-fan-out.ts with its subscribers alternating between the bench's API and a second API process on the
 * same database, every change made through the first. Beside it, the one-process figure of the same run (fanout-N) when
 * that ran, else measured here. Also what the scaling paragraph needs: LISTEN connections, reads of the log per change,
 * and the CPU time of each process while the changes were delivered.
 */
export async function fanOutTwoProcesses(context: ScenarioContext, second: RunningApi, subscribers: number, oneProcess?: Record<string, unknown>): Promise<ScenarioResult> {
  const { coordinator, pool, data, apiPid } = context;
  const failures: string[] = [];
  const label = `live fan-out over two API processes (${subscribers.toLocaleString('en')} subscribers, half on each)`;
  const projectId = data.board.projectIds[1] ?? data.board.projectIds[0];
  const task = (await pool.query<{ id: string; version: number }>(`SELECT id, version FROM task WHERE project_id = $1 ORDER BY id LIMIT 1`, [projectId])).rows[0];
  const lastSeq = async () => Number((await pool.query(`SELECT last_seq FROM event_stream WHERE stream_id = $1`, [data.board.partnershipId])).rows[0]?.last_seq ?? 0);
  const secondCoordinator = await new HttpClient(second.url).signIn(data.board.coordinatorEmail, BENCH_PASSWORD);
  let version = task.version;
  let round = 0;
  const change = async () => {
    const answer = await coordinator.data<{ updateTask: { version: number } }>(UPDATE, { i: { id: task.id, expectedVersion: version, title: `Zmiana na żywo, dwa procesy ${++round}` } });
    version = answer.updateTask.version;
    return lastSeq();
  };

  const run = async (processes: HttpClient[]) => {
    // Each run's subscribers resume from the head as it is then, so an earlier run's changes are not replayed to them.
    const head = await lastSeq();
    let connected = 0;
    let changes = 0;
    let before: Awaited<ReturnType<typeof cpuSnapshot>> | undefined;
    let after: Awaited<ReturnType<typeof cpuSnapshot>> | undefined;
    let readsBefore = 0;
    let readsAfter = 0;
    const deliveries: Deliveries = await measure(
      subscribers,
      async (onSeq) => {
        const via = processes[connected++ % processes.length];
        const client = await wsClient(via.url, via.accessToken);
        client.subscribe<{ projectTaskChanges: { seq: number } }>(
          { query: CHANGES, variables: { project: projectId, after: head } },
          { next: ({ data: event }) => event && onSeq(event.projectTaskChanges.seq), error: (error) => failures.push(`${label}: ${JSON.stringify(error)}`), complete: () => undefined },
        );
        return async () => {
          // The first close ends the measured changes (measure closes every subscriber after its last round).
          if (!after) {
            after = await cpuSnapshot(pool, [apiPid, second.process.pid ?? NaN]);
            readsAfter = await streamEventReads(pool);
          }
          await client.dispose();
        };
      },
      async () => {
        // The first change proves every subscriber live; the measured ones follow it.
        if (++changes === 2) {
          before = await cpuSnapshot(pool, [apiPid, second.process.pid ?? NaN]);
          readsBefore = await streamEventReads(pool);
        }
        return change();
      },
      apiPid,
      failures,
    );
    if (deliveries.complete !== subscribers) failures.push(`${label}: ${subscribers - deliveries.complete} subscribers missed, repeated or reordered events`);
    const cpu =
      before && after
        ? {
            api: after.api.map((seconds, i) => seconds - (before?.api[i] ?? 0)),
            database: [...after.database].reduce((sum, [pid, seconds]) => sum + seconds - (before?.database.get(pid) ?? seconds), 0),
            load: after.load - before.load,
          }
        : undefined;
    return { deliveries, distribution: distribution(deliveries.latencies), cpu, readsPerChange: (readsAfter - readsBefore) / Math.max(1, changes - 1) };
  };

  const listeners = Number((await pool.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1`, [LISTENER])).rows[0].n);
  const two = await run([coordinator, secondCoordinator]);
  const given = oneProcess?.['api'] as (Distribution & { untilAllMs: number[] }) | undefined;
  const one = given
    ? { distribution: given, untilAll: Math.max(...given.untilAllMs) }
    : await run([coordinator]).then((result) => ({ distribution: result.distribution, untilAll: Math.max(...result.deliveries.untilAll) }));
  const twoAll = Math.max(...two.deliveries.untilAll);

  const cpu = two.cpu;
  const total = cpu ? cpu.api[0] + cpu.api[1] + cpu.database + cpu.load : NaN;
  const share = (seconds: number) => `${((100 * seconds) / total).toFixed(0)}%`;
  const rows: Row[] = [
    {
      scenario: label,
      measure: 'delivery p50 ms (beside: one process)',
      value: ms(two.distribution.p50),
      baseline: ms(one.distribution.p50),
      ratio: ratio(two.distribution.p50, one.distribution.p50),
    },
    {
      scenario: label,
      measure: 'delivery p99 ms (beside: one process)',
      value: ms(two.distribution.p99),
      baseline: ms(one.distribution.p99),
      ratio: ratio(two.distribution.p99, one.distribution.p99),
    },
    { scenario: label, measure: 'until all have it (max) ms (beside: one process)', value: ms(twoAll), baseline: ms(one.untilAll), ratio: ratio(twoAll, one.untilAll) },
    { scenario: label, measure: 'LISTEN connections; reads of the log per change (both processes)', value: `${listeners}; ${two.readsPerChange.toFixed(1)}` },
    ...(cpu
      ? [
          {
            scenario: label,
            measure: 'CPU while delivering: API 1 / API 2 / PostgreSQL / load generator',
            value: `${share(cpu.api[0])} / ${share(cpu.api[1])} / ${share(cpu.database)} / ${share(cpu.load)} of ${total.toFixed(1)} s`,
          },
        ]
      : []),
  ];
  return {
    rows,
    figures: {
      subscribers,
      listeners,
      readsPerChange: two.readsPerChange,
      cpuSeconds: cpu,
      twoProcesses: { ...two.distribution, untilAllMs: two.deliveries.untilAll },
      oneProcess: { ...one.distribution, untilAllMs: one.untilAll, measuredHere: !given },
    },
    failures,
  };
}
