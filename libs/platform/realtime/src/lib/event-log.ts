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
    const manager = this.txHost.tx;
    const [{ last_seq: seq }] = (await manager.query(
      `INSERT INTO event_stream (stream_id, last_seq) VALUES ($1, 1)
       ON CONFLICT (stream_id) DO UPDATE SET last_seq = event_stream.last_seq + 1
       RETURNING last_seq`,
      [streamId],
    )) as { last_seq: string }[];
    const saved = await manager.getRepository(StreamEvent).save(
      manager.getRepository(StreamEvent).create({
        streamId,
        seq: Number(seq),
        topic: event.topic,
        subjectId: event.subjectId,
        scopeId: event.scopeId ?? null,
        action: event.action,
        actorId: event.actorId ?? null,
        changes: event.changes ?? {},
      }),
    );
    await manager.query(`SELECT pg_notify($1, $2)`, [EVENTS_CHANNEL, `${streamId}:${seq}`]);
    return saved;
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
