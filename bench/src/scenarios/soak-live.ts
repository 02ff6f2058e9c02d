import type { Client } from 'graphql-ws';
import type { Pool } from 'pg';
import { wsClient } from '../client';

/** The live streams a board, an activity feed and a pipeline keep open. */
export type LiveKind = 'projectTaskChanges' | 'partnershipActivity' | 'partnershipProjectChanges';

const SUBSCRIPTIONS: Record<LiveKind, string> = {
  projectTaskChanges: `subscription SoakTasks($id: UUID!, $after: Int) { projectTaskChanges(projectId: $id, afterSeq: $after) { seq } }`,
  partnershipActivity: `subscription SoakActivity($id: UUID!, $after: Int) { partnershipActivity(partnershipId: $id, afterSeq: $after) { seq } }`,
  partnershipProjectChanges: `subscription SoakProjects($id: UUID!, $after: Int) { partnershipProjectChanges(partnershipId: $id, afterSeq: $after) { seq } }`,
};
/** projectTaskChanges' allow-list (task.resolver.ts: PROJECT_STREAM_TOPICS). */
const PROJECT_TOPICS = new Set(['task', 'comment', 'project']);

/**
 * One open tab's subscription on its own connection. A reconnect closes the connection and resumes with the last
 * seq seen, as the web app does after a dropped connection; `seqs` is everything it received, across reconnects.
 */
export class LiveSubscription {
  readonly seqs: number[] = [];
  readonly errors: string[] = [];
  reconnects = 0;
  private client?: Client;
  private closing = false;

  constructor(
    private readonly url: string,
    private readonly token: string,
    readonly kind: LiveKind,
    readonly partnershipId: string,
    /** The project of projectTaskChanges; the partnership's id for the other two. */
    readonly subjectId: string,
    readonly startSeq: number,
    private readonly onEvent: () => void,
  ) {}

  get lastSeq(): number {
    return this.seqs.length ? this.seqs[this.seqs.length - 1] : this.startSeq;
  }

  async open(): Promise<void> {
    const client = await wsClient(this.url, this.token);
    this.client = client;
    client.subscribe<Record<LiveKind, { seq: number }>>(
      { query: SUBSCRIPTIONS[this.kind], variables: { id: this.subjectId, after: this.lastSeq } },
      {
        next: ({ data }) => {
          const seq = data?.[this.kind]?.seq;
          if (typeof seq === 'number') this.seqs.push(seq);
          this.onEvent();
        },
        error: (error) => {
          if (this.closing || client !== this.client) return;
          const code =
            (Array.isArray(error) ? error[0]?.extensions?.code : undefined) ?? (error && typeof error === 'object' && 'code' in error ? `SOCKET_${String(error.code)}` : 'SUBSCRIPTION_ERROR');
          this.errors.push(String(code));
        },
        complete: () => undefined,
      },
    );
  }

  async reconnect(): Promise<void> {
    this.reconnects += 1;
    await this.close();
    await this.open();
  }

  async close(): Promise<void> {
    this.closing = true;
    try {
      await this.client?.dispose();
    } finally {
      this.closing = false;
    }
  }

  /** Whether an event of the partnership's stream belongs to this subscription. */
  matches(event: { topic: string; scope_id: string | null }): boolean {
    if (this.kind === 'partnershipActivity') return true;
    if (this.kind === 'partnershipProjectChanges') return event.topic === 'project';
    return event.scope_id === this.subjectId && PROJECT_TOPICS.has(event.topic);
  }
}

/** The head of each partnership's stream: a new subscription resumes from it, so none misses an event while it registers. */
export async function streamHeads(pool: Pool, partnershipIds: string[]): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ stream_id: string; last_seq: string }>(`SELECT stream_id, last_seq FROM event_stream WHERE stream_id::text = ANY($1::text[])`, [partnershipIds]);
  return new Map(partnershipIds.map((id) => [id, Number(rows.find((row) => row.stream_id === id)?.last_seq ?? 0)]));
}

/**
 * Compares what every subscription received with the log: each must have every matching event after its start, in
 * order, once. Waits up to `timeoutMs` for the last deliveries first. Returns the subscriptions that did not.
 */
export async function verifyDeliveries(pool: Pool, subscriptions: LiveSubscription[], timeoutMs: number): Promise<{ incomplete: LiveSubscription[]; expectedEvents: number }> {
  const partnershipIds = [...new Set(subscriptions.map((subscription) => subscription.partnershipId))];
  const from = Math.min(...subscriptions.map((subscription) => subscription.startSeq));
  const { rows } = await pool.query<{ stream_id: string; seq: string; topic: string; scope_id: string | null }>(
    `SELECT stream_id, seq, topic, scope_id FROM stream_event WHERE stream_id::text = ANY($1::text[]) AND seq > $2 ORDER BY stream_id, seq`,
    [partnershipIds, from],
  );
  const expected = new Map(
    subscriptions.map((subscription) => [
      subscription,
      rows.filter((row) => row.stream_id === subscription.partnershipId && Number(row.seq) > subscription.startSeq && subscription.matches(row)).map((row) => Number(row.seq)),
    ]),
  );
  const complete = (subscription: LiveSubscription) => subscription.seqs.join(',') === (expected.get(subscription) ?? []).join(',');
  const deadline = Date.now() + timeoutMs;
  while (subscriptions.some((subscription) => !complete(subscription)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return { incomplete: subscriptions.filter((subscription) => !complete(subscription)), expectedEvents: [...expected.values()].reduce((sum, seqs) => sum + seqs.length, 0) };
}
