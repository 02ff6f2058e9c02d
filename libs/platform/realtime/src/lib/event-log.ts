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
