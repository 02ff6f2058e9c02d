import { readFileSync } from 'node:fs';
import type { Client } from 'graphql-ws';
import { wsClient } from '../client';
import type { Row, ScenarioResult } from '../report';
import { distribution, ms, sleep } from '../stats';
import type { ScenarioContext } from './context';

const CHANGES = `subscription Changes($project: ID!, $after: Int) { projectTaskChanges(projectId: $project, afterSeq: $after) { seq action subjectId } }`;
const UPDATE = `mutation Update($i: UpdateTaskInput!) { updateTask(input: $i) { version } }`;
const MEASURED_CHANGES = Number(process.env["BENCH_FANOUT_CHANGES"] ?? 5);
const TARGET_P99: Record<number, number> = { 1_000: 50, 10_000: 250 };

/** Resident memory of a process in bytes, from /proc (Linux). */
export function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : NaN;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await sleep(5);
  }
  return true;
}

/** N open tabs follow one project's tasks; one change; how long until every tab has it. */
export async function liveFanOut(context: ScenarioContext, subscribers: number): Promise<ScenarioResult> {
  const { coordinator, pool, data, apiPid } = context;
  const failures: string[] = [];
  const projectId = data.board.projectIds[1] ?? data.board.projectIds[0];
  const task = (await pool.query<{ id: string; version: number }>(`SELECT id, version FROM task WHERE project_id = $1 ORDER BY id LIMIT 1`, [projectId])).rows[0];
  const head = Number((await pool.query(`SELECT last_seq FROM event_stream WHERE stream_id = $1`, [data.board.partnershipId])).rows[0]?.last_seq ?? 0);
  const token = coordinator.accessToken;

  const rssBefore = residentBytes(apiPid);
  const received: number[][] = Array.from({ length: subscribers }, () => []);
  const arrivals = new Map<number, number[]>();
  const clients: Client[] = [];
  const connectStarted = performance.now();
  for (let from = 0; from < subscribers; from += 250) {
    const batch = await Promise.all(Array.from({ length: Math.min(250, subscribers - from) }, () => wsClient(coordinator.url, token)));
    batch.forEach((client, offset) => {
      const index = from + offset;
      clients.push(client);
      client.subscribe<{ projectTaskChanges: { seq: number } }>(
        { query: CHANGES, variables: { project: projectId, after: head } },
        {
          next: ({ data: event }) => {
            const seq = event?.projectTaskChanges.seq;
            if (seq === undefined) return;
            received[index].push(seq);
            const times = arrivals.get(seq) ?? [];
            times.push(performance.now());
            arrivals.set(seq, times);
          },
          error: (error) => failures.push(`subscriber ${index}: ${JSON.stringify(error)}`),
          complete: () => undefined,
        },
      );
    });
  }
  const connectSeconds = (performance.now() - connectStarted) / 1000;

  let version = task.version;
  const change = async (round: number) => {
    const answer = await coordinator.data<{ updateTask: { version: number } }>(UPDATE, { i: { id: task.id, expectedVersion: version, title: `Zmiana na żywo ${round}` } });
    version = answer.updateTask.version;
  };
  // The first change proves every subscription is live (they register asynchronously).
  await change(0);
  if (!(await until(() => received.every((seqs) => seqs.length >= 1), 120_000))) failures.push(`fan-out ${subscribers}: not every subscriber got the first event`);
  await sleep(1_000);
  const rssAfter = residentBytes(apiPid);

  const latencies: number[] = [];
  const everyone: number[] = [];
  for (let round = 1; round <= MEASURED_CHANGES; round += 1) {
    const sent = performance.now();
    await change(round);
    const seq = head + 1 + round;
    await until(() => (arrivals.get(seq)?.length ?? 0) >= subscribers, 60_000);
    const times = (arrivals.get(seq) ?? []).map((at) => at - sent);
    latencies.push(...times);
    everyone.push(Math.max(...times));
    await sleep(300);
  }
  const expected = Array.from({ length: MEASURED_CHANGES + 1 }, (_, i) => head + 1 + i).join(',');
  const complete = received.filter((seqs) => seqs.join(',') === expected).length;
  if (complete !== subscribers) failures.push(`fan-out ${subscribers}: ${subscribers - complete} subscribers missed, repeated or reordered events`);

  await Promise.all(clients.map((client) => client.dispose()));
  await sleep(1_000);

  const dist = distribution(latencies);
  const perSubscription = (rssAfter - rssBefore) / subscribers;
  const label = `live fan-out (${subscribers.toLocaleString('en')} subscribers)`;
  const target = TARGET_P99[subscribers];
  const rows: Row[] = [
    { scenario: label, measure: 'delivery p50 ms', value: ms(dist.p50) },
    { scenario: label, measure: 'delivery p99 ms', value: ms(dist.p99), ...(target ? { target: `≤${target} ms`, met: dist.p99 <= target } : {}) },
    { scenario: label, measure: 'until all have it (max) ms', value: ms(Math.max(...everyone)) },
    { scenario: label, measure: 'memory per idle subscription', value: `${(perSubscription / 1024).toFixed(1)} KiB` },
  ];
  return {
    rows,
    figures: { subscribers, connectSeconds, delivery: dist, untilAllMs: everyone, rssBefore, rssAfter, bytesPerSubscription: perSubscription, complete },
    failures,
  };
}
