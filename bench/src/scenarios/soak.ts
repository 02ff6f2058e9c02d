import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Row, ScenarioResult, Series } from '../report';
import type { SoakSize } from '../sizes';
import { distribution, ms, sleep } from '../stats';
import type { ScenarioContext } from './context';
import { residentBytes } from './live-fan-out';
import { type LiveKind, LiveSubscription, streamHeads, verifyDeliveries } from './soak-live';
import { nextKind, OPERATION_KINDS, type OperationKind, operate, signInPeople } from './soak-people';

/** One reporting interval's figures (a minute, unless the smoke run). */
export interface SoakInterval {
  readonly minute: number;
  readonly opsPerSecond: Record<string, number>;
  readonly p99Ms: Record<string, number>;
  readonly errors: Record<string, number>;
  readonly rssMiB: number;
  /** The API's CPU time over the interval, in percent of one core. */
  readonly apiCpuPercent: number;
  /** p99 of an anonymous `{ __typename }` twice a second: what the API and the machine add to any request. */
  readonly probeP99Ms: number;
  /** p99 of this process's event-loop delay: a late timer here is latency the API did not cause. */
  readonly loadLoopDelayP99Ms: number;
  readonly deliveries: number;
  readonly reconnects: number;
}

const LIVE_MIX: LiveKind[] = [
  'projectTaskChanges',
  'projectTaskChanges',
  'projectTaskChanges',
  'projectTaskChanges',
  'projectTaskChanges',
  'projectTaskChanges',
  'projectTaskChanges',
  'partnershipActivity',
  'partnershipActivity',
  'partnershipProjectChanges',
];
// p99 of the last interval against the second's, and RSS growth over the same span, that still count as flat.
const P99_DRIFT = 1.5;
const READS: OperationKind[] = ['board', 'activity', 'notifications', 'my-work'];
const WRITES: OperationKind[] = ['task-update', 'budget'];
const RSS_GROWTH = 0.1;

/** A seeded generator (mulberry32): the same people do the same things in every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** User and system CPU time of a process in seconds, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command; in clock ticks (100 a second).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * A council day held for `seconds`: signed-in people reading boards and feeds and editing tasks and budgets at a paced
 * rate, beside live subscriptions that reconnect now and then. Per interval: throughput and p99 by kind, the API's RSS and
 * CPU, errors by code. CONFLICT is part of the day (stale versions); any other error, and any event a subscription
 * missed, repeated or got out of order, fails the run.
 */
export async function soak(context: ScenarioContext, load: SoakSize, seconds: number): Promise<ScenarioResult> {
  const { pool, api, apiPid } = context;
  const failures: string[] = [];
  const random = seeded(2026);
  const { people, partnerships } = await signInPeople(pool, api, load.people, 2);
  const byId = new Map(partnerships.map((partnership) => [partnership.id, partnership]));
  const heads = await streamHeads(
    pool,
    partnerships.map((partnership) => partnership.id),
  );

  const intervals = Math.max(1, Math.round(seconds / load.intervalSeconds));
  const buckets = Array.from({ length: intervals }, () => ({ latencies: new Map<OperationKind, number[]>(), errors: new Map<string, number>(), deliveries: 0, reconnects: 0 }));
  let started = performance.now();
  const bucketAt = () => buckets[Math.min(intervals - 1, Math.floor((performance.now() - started) / 1000 / load.intervalSeconds))];

  const subscriptions: LiveSubscription[] = [];
  for (let index = 0; index < load.subscriptions; index += 1) {
    const person = people[index % people.length];
    const partnership = byId.get(person.partnershipId);
    if (!partnership) continue;
    const kind = LIVE_MIX[Math.floor(index / people.length) % LIVE_MIX.length];
    const subject = kind === 'projectTaskChanges' ? partnership.projectIds[index % partnership.projectIds.length] : partnership.id;
    subscriptions.push(new LiveSubscription(api.url, person.client.accessToken, kind, partnership.id, subject, heads.get(partnership.id) ?? 0, () => (bucketAt().deliveries += 1)));
  }
  for (let from = 0; from < subscriptions.length; from += 100) await Promise.all(subscriptions.slice(from, from + 100).map((subscription) => subscription.open()));
  // Let the last ones register and the collector settle before the first interval.
  await sleep(Math.min(2_000, load.intervalSeconds * 250));

  started = performance.now();
  const deadline = started + seconds * 1000;
  const samples: { rss: number; cpu: number; loopDelayP99: number }[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const sampler = (async () => {
    let cpu = cpuSeconds(apiPid);
    for (let interval = 0; interval < intervals; interval += 1) {
      const end = started + (interval + 1) * load.intervalSeconds * 1000;
      await sleep(Math.max(0, end - performance.now()));
      const now = cpuSeconds(apiPid);
      samples.push({ rss: residentBytes(apiPid), cpu: (100 * (now - cpu)) / load.intervalSeconds, loopDelayP99: loopDelay.percentile(99) / 1e6 });
      loopDelay.reset();
      cpu = now;
    }
  })();
  const meanThinkMs = (1000 * people.length) / load.ratePerSecond;
  const workers = people.map(async (person) => {
    const partnership = byId.get(person.partnershipId);
    if (!partnership) return;
    // People arrive spread over the first think time, not all at the first instant.
    await sleep(random() * meanThinkMs);
    while (performance.now() < deadline) {
      const kind = nextKind(person, random);
      const outcome = await operate(kind, person, partnership, random).catch((error: unknown) => ({ ms: NaN, error: `THROWN ${error instanceof Error ? error.message : String(error)}` }));
      const bucket = bucketAt();
      if (outcome.error) bucket.errors.set(`${kind}: ${outcome.error}`, (bucket.errors.get(`${kind}: ${outcome.error}`) ?? 0) + 1);
      else
        bucket.latencies
          .set(kind, bucket.latencies.get(kind) ?? [])
          .get(kind)
          ?.push(outcome.ms);
      await sleep(-Math.log(1 - random()) * meanThinkMs);
    }
  });
  const reconnector = (async () => {
    const perSecond = subscriptions.length / load.reconnectEverySeconds;
    while (performance.now() < deadline) {
      await sleep(1_000);
      const count = Math.floor(perSecond + random());
      for (let n = 0; n < count && performance.now() < deadline; n += 1) {
        bucketAt().reconnects += 1;
        await subscriptions[Math.floor(random() * subscriptions.length)].reconnect();
      }
    }
  })();
  const probes = Array.from({ length: intervals }, () => [] as number[]);
  const bucketIndex = (at: number) => probes[Math.min(intervals - 1, Math.floor((at - started) / 1000 / load.intervalSeconds))];
  const prober = (async () => {
    while (performance.now() < deadline) {
      const sent = performance.now();
      await api.gql('{ __typename }');
      bucketIndex(sent)?.push(performance.now() - sent);
      await sleep(500);
    }
  })();
  await Promise.all([...workers, reconnector, sampler, prober]);
  loopDelay.disable();

  const { incomplete, expectedEvents } = await verifyDeliveries(pool, subscriptions, 30_000);
  for (const subscription of incomplete.slice(0, 5)) {
    failures.push(
      `soak: a ${subscription.kind} subscription (${subscription.reconnects} reconnects) received ${subscription.seqs.length} events, not the log's, in order, once: …${subscription.seqs.slice(-5).join(',')}`,
    );
  }
  if (incomplete.length > 5) failures.push(`soak: ${incomplete.length} subscriptions in all missed, repeated or reordered events`);
  const liveErrors = subscriptions.flatMap((subscription) => subscription.errors);
  if (liveErrors.length) failures.push(`soak: ${liveErrors.length} subscription errors (${[...new Set(liveErrors)].join(', ')})`);
  await Promise.all(subscriptions.map((subscription) => subscription.close()));

  const series: SoakInterval[] = buckets.map((bucket, index) => {
    const all = [...bucket.latencies.values()].flat();
    return {
      minute: index + 1,
      opsPerSecond: Object.fromEntries([['all', all.length / load.intervalSeconds], ...OPERATION_KINDS.map((kind) => [kind, (bucket.latencies.get(kind)?.length ?? 0) / load.intervalSeconds])]),
      p99Ms: Object.fromEntries([
        ['all', distribution(all).p99],
        ['reads', distribution(READS.flatMap((kind) => bucket.latencies.get(kind) ?? [])).p99],
        ['writes', distribution(WRITES.flatMap((kind) => bucket.latencies.get(kind) ?? [])).p99],
        ...OPERATION_KINDS.map((kind) => [kind, distribution(bucket.latencies.get(kind) ?? []).p99]),
      ]),
      errors: Object.fromEntries(bucket.errors),
      rssMiB: (samples[index]?.rss ?? NaN) / 2 ** 20,
      apiCpuPercent: samples[index]?.cpu ?? NaN,
      probeP99Ms: distribution(probes[index]).p99,
      loadLoopDelayP99Ms: samples[index]?.loopDelayP99 ?? NaN,
      deliveries: bucket.deliveries,
      reconnects: bucket.reconnects,
    };
  });
  const errorCounts = new Map<string, number>();
  for (const interval of series) for (const [key, n] of Object.entries(interval.errors)) errorCounts.set(key, (errorCounts.get(key) ?? 0) + n);
  const unexpected = [...errorCounts].filter(([key]) => !key.endsWith(': CONFLICT'));
  for (const [key, n] of unexpected) failures.push(`soak: ${n} × ${key}`);
  const conflicts = [...errorCounts].filter(([key]) => key.endsWith(': CONFLICT')).reduce((sum, [, n]) => sum + n, 0);

  const label = `soak (${people.length} people, ${subscriptions.length} subscriptions, ${load.ratePerSecond} ops/s offered)`;
  const unit = load.intervalSeconds === 60 ? 'minute' : `${load.intervalSeconds} s`;
  const rows: Row[] = series.map((interval) => ({
    scenario: `${label}, ${unit} ${interval.minute}`,
    measure: 'ops/s; p99 ms all/board/activity/notifications/my-work/task/budget; RSS; API CPU; probe p99 ms; load generator loop delay p99 ms',
    value: `${interval.opsPerSecond['all'].toFixed(1)}; ${['all', ...OPERATION_KINDS].map((kind) => ms(interval.p99Ms[kind])).join(' / ')}; ${interval.rssMiB.toFixed(0)} MiB; ${interval.apiCpuPercent.toFixed(0)}%; ${ms(interval.probeP99Ms)}; ${ms(interval.loadLoopDelayP99Ms)}`,
  }));
  // Flat from the second interval to the last: the first holds the warm-up (JIT, caches, pool).
  const second = series[Math.min(1, series.length - 1)];
  const last = series[series.length - 1];
  const drifts = OPERATION_KINDS.map((kind) => ({ kind, drift: last.p99Ms[kind] / second.p99Ms[kind] })).filter(({ drift }) => Number.isFinite(drift));
  const worst = drifts.reduce((a, b) => (b.drift > a.drift ? b : a), { kind: 'all', drift: last.p99Ms['all'] / second.p99Ms['all'] });
  const growth = (last.rssMiB - second.rssMiB) / second.rssMiB;
  rows.push(
    { scenario: label, measure: `p99 last ${unit} / second (worst kind)`, value: `${worst.drift.toFixed(2)}× (${worst.kind})`, target: `≤${P99_DRIFT}×`, met: worst.drift <= P99_DRIFT },
    {
      scenario: label,
      measure: `RSS last ${unit} / second`,
      value: `${last.rssMiB.toFixed(0)} / ${second.rssMiB.toFixed(0)} MiB (${(100 * growth).toFixed(1)}%)`,
      target: `≤+${100 * RSS_GROWTH}%`,
      met: growth <= RSS_GROWTH,
    },
    { scenario: label, measure: 'errors not CONFLICT; CONFLICTs', value: `${unexpected.reduce((sum, [, n]) => sum + n, 0)}; ${conflicts}`, target: '0 errors', met: unexpected.length === 0 },
    {
      scenario: label,
      measure: 'live events lost, repeated or reordered (of expected); reconnects',
      value: `${incomplete.length ? `${incomplete.length} subscriptions` : 0} (of ${expectedEvents.toLocaleString('en')}); ${subscriptions.reduce((sum, subscription) => sum + subscription.reconnects, 0)}`,
      target: '0',
      met: incomplete.length === 0,
    },
  );
  // Charted against the second interval's figures: a flat line is the goal, the first interval holds the warm-up.
  const work = load.intervalSeconds === 60 ? 'minute' : `interval of ${load.intervalSeconds} s`;
  const chartSeries: Series[] = [
    {
      id: 'soak-p99',
      title: 'Soak: p99 of reads (boards, feeds, my work) and writes (tasks, budgets) over time',
      work,
      unit: 'ms',
      baseline: 'the second interval held flat',
      stats: ['reads', 'writes'],
      points: series.map((interval) => ({
        work: interval.minute,
        api: { reads: interval.p99Ms['reads'], writes: interval.p99Ms['writes'] },
        baseline: { reads: second.p99Ms['reads'], writes: second.p99Ms['writes'] },
      })),
    },
    {
      id: 'soak-rss',
      title: "Soak: the API's resident memory over time",
      work,
      unit: 'MiB',
      baseline: 'the second interval held flat',
      stats: ['rss'],
      points: series.map((interval) => ({
        work: interval.minute,
        api: { rss: interval.rssMiB },
        baseline: { rss: second.rssMiB },
        details: { apiCpuPercent: interval.apiCpuPercent, opsPerSecond: interval.opsPerSecond['all'] },
      })),
    },
  ];
  return {
    series: chartSeries,
    rows,
    figures: { seconds, load, people: people.length, subscriptions: subscriptions.length, expectedEvents, conflicts, errors: Object.fromEntries(errorCounts), series },
    failures,
  };
}
