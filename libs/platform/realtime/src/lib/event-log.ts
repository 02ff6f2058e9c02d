import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { StreamEvent } from './stream-event.entity';

export const EVENTS_CHANNEL = 'wspolnie_events';

export interface NewEvent {
  readonly topic: string;
  readonly subjectId: string;
  readonly scopeId?: string | null;
  readonly action: string;
  readonly actorId?: string | null;
  readonly changes?: StreamEvent['changes'];
}

/** An event and the stream it goes to (EventLog.appendEach). */
export interface StreamAppend extends NewEvent {
  readonly streamId: string;
}

/**
 * Appends events in the caller's transaction: the change and its event commit together or not
 * at all (the activity log is the outbox). NOTIFY carries only "<stream>:<seq>", is sent at
 * commit, and only wakes readers, who then read the table; a lost notification costs latency,
 * never an event. (NOTIFY payloads are limited to 8,000 bytes, which Polish text reaches fast.)
 */
@Injectable()
export class EventLog {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async append(streamId: string, event: NewEvent): Promise<StreamEvent> {
    if (!this.txHost.isTransactionActive()) throw new Error('EventLog.append must run inside the transaction of the change it records');
    // One statement: the counter row stays locked from here to COMMIT, and every writer of the
    // stream waits for it, so each round trip spent while holding it is paid by all of them.
    const [row] = (await this.txHost.tx.query(
      `WITH head AS (
         INSERT INTO event_stream (stream_id, last_seq) VALUES ($1, 1)
         ON CONFLICT (stream_id) DO UPDATE SET last_seq = event_stream.last_seq + 1
         RETURNING last_seq),
       saved AS (
         INSERT INTO stream_event (stream_id, seq, topic, subject_id, scope_id, action, actor_id, changes)
         SELECT $1, last_seq, $2, $3, $4, $5, $6, $7 FROM head
         RETURNING seq, occurred_at)
       SELECT seq, occurred_at, pg_notify($8, $1 || ':' || seq) FROM saved`,
      [streamId, event.topic, event.subjectId, event.scopeId ?? null, event.action, event.actorId ?? null, event.changes ?? {}, EVENTS_CHANNEL],
    )) as { seq: string; occurred_at: Date }[];
    return saved(streamId, event, row);
  }

  /**
   * A write and its event in one statement, for a change that reads nothing first: `write` is a
   * data-modifying statement (an UPDATE … RETURNING) of at most one row, whose RETURNING names
   * `stream_id`, `subject_id`, `scope_id` and `changes` (jsonb) beside whatever its caller needs.
   * The stream's counter is taken only once the row is written (the row's lock first, as every
   * write then append takes them), and only if one was: a write that changes nothing appends
   * nothing. Answers the written row with its event's `event_seq`, or null.
   */
  async appendWith<R extends object>(
    write: { readonly sql: string; readonly parameters: readonly unknown[] },
    event: Pick<NewEvent, 'topic' | 'action' | 'actorId'>,
  ): Promise<(R & { event_seq: string }) | null> {
    if (!this.txHost.isTransactionActive()) throw new Error('EventLog.appendWith must run inside the transaction of the change it records');
    const at = write.parameters.length;
    const rows = (await this.txHost.tx.query(
      `WITH written AS (${write.sql}),
       head AS (
         INSERT INTO event_stream (stream_id, last_seq) SELECT stream_id, 1 FROM written
         ON CONFLICT (stream_id) DO UPDATE SET last_seq = event_stream.last_seq + 1
         RETURNING stream_id, last_seq),
       saved AS (
         INSERT INTO stream_event (stream_id, seq, topic, subject_id, scope_id, action, actor_id, changes)
         SELECT head.stream_id, head.last_seq, $${at + 1}, written.subject_id, written.scope_id, $${at + 2}, $${at + 3}::uuid, written.changes
         FROM written JOIN head ON head.stream_id = written.stream_id
         RETURNING stream_id, seq)
       SELECT written.*, saved.seq AS event_seq, pg_notify($${at + 4}, saved.stream_id::text || ':' || saved.seq) FROM written JOIN saved ON saved.stream_id = written.stream_id`,
      [...write.parameters, event.topic, event.action, event.actorId ?? null, EVENTS_CHANNEL],
    )) as (R & { event_seq: string })[];
    return rows[0] ?? null;
  }

  /**
   * Events to several streams in one statement: a notification to each of its recipients, or
   * a job's reminders, several to one person. A stream's events get consecutive seqs in the
   * order given. The streams' counter rows are taken in id order, so two transactions
   * appending to overlapping streams wait for each other instead of deadlocking.
   * Answers the events in the order given.
   */
  async appendEach(events: readonly StreamAppend[]): Promise<StreamEvent[]> {
    if (!this.txHost.isTransactionActive()) throw new Error('EventLog.appendEach must run inside the transaction of the change it records');
    if (!events.length) return [];
    const streamIds = events.map((event) => event.streamId.toLowerCase());
    const rows = (await this.txHost.tx.query(
      `WITH input AS (
         SELECT event.*, row_number() OVER (PARTITION BY event.stream_id ORDER BY event.n) AS nth, count(*) OVER (PARTITION BY event.stream_id) AS total
         FROM jsonb_to_recordset($1::jsonb)
           AS event (n int, stream_id uuid, topic text, subject_id uuid, scope_id uuid, action text, actor_id uuid, changes jsonb)),
       head AS (
         INSERT INTO event_stream (stream_id, last_seq) SELECT stream_id, total FROM input WHERE nth = 1 ORDER BY stream_id
         ON CONFLICT (stream_id) DO UPDATE SET last_seq = event_stream.last_seq + EXCLUDED.last_seq
         RETURNING stream_id, last_seq),
       saved AS (
         INSERT INTO stream_event (stream_id, seq, topic, subject_id, scope_id, action, actor_id, changes)
         SELECT input.stream_id, head.last_seq - input.total + input.nth, input.topic, input.subject_id, input.scope_id, input.action, input.actor_id, input.changes
         FROM input JOIN head ON head.stream_id = input.stream_id
         RETURNING stream_id, seq, occurred_at)
       SELECT stream_id, seq, occurred_at, pg_notify($2, stream_id::text || ':' || seq) FROM saved ORDER BY stream_id, seq`,
      [
        JSON.stringify(
          events.map((event, index) => ({
            n: index,
            stream_id: streamIds[index],
            topic: event.topic,
            subject_id: event.subjectId,
            scope_id: event.scopeId ?? null,
            action: event.action,
            actor_id: event.actorId ?? null,
            changes: event.changes ?? {},
          })),
        ),
        EVENTS_CHANNEL,
      ],
    )) as { stream_id: string; seq: string; occurred_at: Date }[];
    // Each stream's rows in seq order are its events in the order given.
    const written = new Map<string, { seq: string; occurred_at: Date }[]>();
    for (const row of rows) written.set(row.stream_id, [...(written.get(row.stream_id) ?? []), row]);
    return events.map((event, index) => {
      const row = written.get(streamIds[index])?.shift();
      if (!row) throw new Error(`EventLog.appendEach wrote no event to stream ${event.streamId}`);
      return saved(event.streamId, event, row);
    });
  }

  /**
   * Takes `keys` out of the changes of a subject's events in a stream (a text its author
   * withdrew), in the caller's transaction. The scope narrows the rows read to the scope's
   * index (stream_event_scope_idx); without one the whole stream is read. Followers' tails
   * in memory keep what they hold until it leaves them. Answers how many events it changed.
   */
  async redact(streamId: string, subject: { readonly topic: string; readonly subjectId: string; readonly scopeId?: string | null }, keys: readonly string[]): Promise<number> {
    if (!this.txHost.isTransactionActive()) throw new Error('EventLog.redact must run inside the transaction of the change it records');
    const [, count] = (await this.txHost.tx.query(
      `UPDATE stream_event SET changes = changes - $4::text[]
       WHERE stream_id = $1 AND topic = $2 AND subject_id = $3 AND ($5::uuid IS NULL OR scope_id = $5) AND changes ?| $4::text[]`,
      [streamId, subject.topic, subject.subjectId, [...keys], subject.scopeId ?? null],
    )) as [unknown, number];
    return count;
  }
}

/** The event as written: what was appended, with the seq and time the database gave it. */
function saved(streamId: string, event: NewEvent, row: { seq: string; occurred_at: Date }): StreamEvent {
  return Object.assign(new StreamEvent(), {
    streamId,
    seq: Number(row.seq),
    topic: event.topic,
    subjectId: event.subjectId,
    scopeId: event.scopeId ?? null,
    action: event.action,
    actorId: event.actorId ?? null,
    changes: event.changes ?? {},
    occurredAt: row.occurred_at,
  });
}

/** The fields that differ between two versions of a row, as { field: { before, after } }. */
export function changesBetween<T extends object>(before: T | null, after: T, fields: readonly (keyof T & string)[]): StreamEvent['changes'] {
  const changes: StreamEvent['changes'] = {};
  for (const field of fields) {
    const was = before?.[field] ?? null;
    const is = after[field] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) changes[field] = before ? { before: was, after: is } : { after: is };
  }
  return changes;
}
