import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type AccessRecheck, PUSH, type Pushable, type Sink } from '@wspolnie/platform-graphql';
import { DataSource, In, LessThan, MoreThan } from 'typeorm';
import { EVENTS_CHANNEL } from './event-log';
import { PgListener } from './pg-listener';
import { StreamEvent } from './stream-event.entity';
import { type EventFilter, PAGE, StreamTail, type TailSource, topicsOf } from './stream-tail';

export interface FollowOptions extends EventFilter {
  /**
   * The last seq the client saw: every later event comes first, then live ones; 0 replays the
   * stream from its start. Absent: only events committed after the follower started.
   */
  readonly afterSeq?: number;
}

/**
 * Delivers a stream's events to subscribers in this process, in order, without gaps or
 * repeats, from any point. Subscribers of one stream share a tail of its latest events (see
 * StreamTail), so a commit costs one query here however many follow it; each keeps its own
 * cursor, and one that is further back reads the table until it catches up. The process's
 * LISTEN connection wakes the tail a notification names. While that connection is down, where
 * every followed stream stands is read every second, in one query, and the tails behind it
 * are woken (so nobody waits for a notification that cannot come); once it is back, every
 * tail is woken. Notifications missed meanwhile cost a second at most, never an event.
 *
 * A read that fails because the database went away ends the follower with SERVICE_UNAVAILABLE
 * (see streamFailure): the client subscribes again with its last seq and loses nothing.
 *
 * A change of someone's access in the stream (an event of topic ACCESS_TOPIC) reaches every
 * follower, whatever its filter, as an AccessRecheck in its place in the stream, so a
 * subscription re-checks its caller's access before it passes on anything later.
 */
@Injectable()
export class EventStreams implements OnModuleInit {
  private readonly tails = new Map<string, StreamTail>();
  private polling = false;
  private readonly source: TailSource = {
    head: (streamId) => this.count(streamId),
    newest: (streamId, limit) => this.dataSource.getRepository(StreamEvent).find({ where: { streamId }, order: { seq: 'DESC' }, take: limit }),
    read: (streamId, afterSeq, filter, limit) => this.read(streamId, afterSeq, filter, limit),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly listener: PgListener,
  ) {}

  async onModuleInit(): Promise<void> {
    this.listener.whileDown(() => void this.pollHeads());
    this.listener.onReconnect(() => this.wakeAll());
    await this.listener.listen(EVENTS_CHANNEL, (payload) => this.wake(payload));
  }

  /**
   * Events after `afterSeq` (without it, none before the follower started), then every new
   * one as it commits, until the consumer calls
   * return() (a client unsubscribing or disconnecting), which also ends a pending wait.
   */
  follow(streamId: string, options: FollowOptions = {}): AsyncIterableIterator<StreamEvent | AccessRecheck> {
    let tail = this.tails.get(streamId);
    if (!tail) {
      tail = new StreamTail(streamId, this.source, {}, (idle) => {
        if (this.tails.get(idle.streamId) === idle) this.tails.delete(idle.streamId);
      });
      this.tails.set(streamId, tail);
    }
    // Joined before the first read, so a commit between reading and waiting still wakes it.
    const follower = tail.join();
    const owner = tail;
    // The tail's own generator, not a wrapper around it: each layer of async iteration costs
    // every subscriber a few promises per event, which 10,000 subscribers feel.
    const events = tail.events(options.afterSeq, { scopeId: options.scopeId, topic: options.topic }, follower);
    const followed: AsyncIterableIterator<StreamEvent | AccessRecheck> & Pushable<StreamEvent | AccessRecheck> = {
      next: () => events.next(),
      return: async (value?: unknown) => {
        // Leaving first ends a pending wait, which return() alone would queue behind.
        owner.leave(follower);
        return events.return(value as never);
      },
      throw: async (error?: unknown) => {
        owner.leave(follower);
        return events.throw(error);
      },
      // Its events are handed over as the tail has them, while its consumer waits (see PUSH).
      [PUSH]: (sink: Sink<StreamEvent | AccessRecheck>) => {
        follower.sink = sink;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return followed;
  }

  /** One page of a stream after a seq (the activity feed uses it too). */
  read(streamId: string, afterSeq: number, filter: EventFilter = {}, limit = PAGE): Promise<StreamEvent[]> {
    const after = { streamId, seq: MoreThan(afterSeq) };
    const topics = topicsOf(filter);
    const wanted = { ...after, ...(filter.scopeId ? { scopeId: filter.scopeId } : {}), ...(topics ? { topic: topics.length === 1 ? topics[0] : In([...topics]) } : {}) };
    return this.dataSource.getRepository(StreamEvent).find({
      where: filter.alsoTopic ? [wanted, { ...after, topic: filter.alsoTopic }] : wanted,
      order: { seq: 'ASC' },
      take: limit,
    });
  }

  /** Events before a seq, newest first: the activity feed's pages. */
  readBackwards(streamId: string, beforeSeq: number, limit: number): Promise<StreamEvent[]> {
    return this.dataSource.getRepository(StreamEvent).find({
      where: { streamId, seq: LessThan(beforeSeq) },
      order: { seq: 'DESC' },
      take: limit,
    });
  }

  /** How many events a stream holds; seqs are gapless, so it is the last seq. */
  async count(streamId: string): Promise<number> {
    const head = await this.dataSource.query(`SELECT last_seq FROM event_stream WHERE stream_id = $1`, [streamId]);
    return head.length ? Number(head[0].last_seq) : 0;
  }

  /** A notification's payload is "<streamId>:<seq>". */
  private wake(payload: string): void {
    const [streamId, seqText] = payload.split(':');
    const seq = Number(seqText);
    this.tails.get(streamId)?.wake(Number.isSafeInteger(seq) && seq > 0 ? seq : undefined);
  }

  private wakeAll(): void {
    this.tails.forEach((tail) => tail.wake());
  }

  /**
   * While notifications cannot come: one query for where every followed stream stands, which
   * wakes the tails that are behind it. When that fails too, the database is away: every tail
   * is woken, and its followers learn it from their own read (SERVICE_UNAVAILABLE).
   */
  private async pollHeads(): Promise<void> {
    if (this.polling || this.tails.size === 0) return;
    this.polling = true;
    try {
      const heads: { stream_id: string; last_seq: string }[] = await this.dataSource.query(
        `SELECT stream_id, last_seq FROM event_stream WHERE stream_id = ANY($1::uuid[])`,
        [[...this.tails.keys()]],
      );
      for (const head of heads) this.tails.get(head.stream_id)?.wake(Number(head.last_seq));
    } catch {
      this.wakeAll();
    } finally {
      this.polling = false;
    }
  }
}
