import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import createSubscriber, { type Subscriber } from 'pg-listen';
import { DataSource, LessThan, MoreThan } from 'typeorm';
import { EVENTS_CHANNEL } from './event-log';
import { StreamEvent } from './stream-event.entity';

const PAGE = 500;

interface FollowState {
  woken: boolean;
  stopped: boolean;
  resume?: () => void;
}

export interface FollowOptions {
  /** The last seq the client saw; 0 (or absent) replays the stream from its start. */
  readonly afterSeq?: number;
  /** Only events of this scope (e.g. one project). */
  readonly scopeId?: string;
  /** Only events of this topic (e.g. "task"). */
  readonly topic?: string;
}

/**
 * Delivers a stream's events to subscribers in this process, in order, without gaps or
 * repeats, from any point: each subscriber keeps its own cursor and reads the table past it
 * whenever it is woken. One LISTEN connection per process wakes subscribers of the stream a
 * notification names; when that connection comes back after a loss, every subscriber is woken,
 * so notifications missed meanwhile cost nothing.
 */
@Injectable()
export class EventStreams implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('EventStreams');
  private subscriber?: Subscriber;
  private readonly wakers = new Map<string, Set<() => void>>();

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const options = this.dataSource.options as { url?: string };
    this.subscriber = createSubscriber(
      { connectionString: options.url, application_name: 'wspolnie-listener' },
      { retryInterval: (attempt) => Math.min(5_000, 100 * 2 ** attempt), retryTimeout: 24 * 3_600_000, parse: (raw) => raw },
    );
    this.subscriber.notifications.on(EVENTS_CHANNEL, (payload: string) => this.wake(String(payload).split(':')[0]));
    this.subscriber.events.on('connected', () => this.wakeAll());
    this.subscriber.events.on('reconnect', (attempt) => this.logger.warn(`listen connection lost; reconnecting (attempt ${attempt})`));
    this.subscriber.events.on('error', (error) => this.logger.error(`listen connection failed: ${error.message}`));
    await this.subscriber.connect();
    await this.subscriber.listenTo(EVENTS_CHANNEL);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber?.close().catch(() => undefined);
    this.subscriber = undefined;
  }

  /**
   * Events after `afterSeq`, then every new one as it commits, until the consumer calls
   * return() (a client unsubscribing or disconnecting), which also ends a pending wait.
   */
  follow(streamId: string, options: FollowOptions = {}): AsyncIterableIterator<StreamEvent> {
    const state: FollowState = { woken: true, stopped: false };
    // Registered before the first read, so a commit between reading and waiting still wakes it.
    const wake = () => {
      state.woken = true;
      state.resume?.();
    };
    this.register(streamId, wake);
    const events = this.run(streamId, options, state);
    const stop = () => {
      state.stopped = true;
      this.unregister(streamId, wake);
      wake();
    };
    return {
      next: () => events.next(),
      return: async (value?: unknown) => {
        stop();
        return events.return(value as never);
      },
      throw: async (error?: unknown) => {
        stop();
        return events.throw(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private async *run(streamId: string, options: FollowOptions, state: FollowState): AsyncGenerator<StreamEvent> {
    let cursor = options.afterSeq ?? 0;
    while (!state.stopped) {
      if (!state.woken) await new Promise<void>((resolve) => (state.resume = resolve));
      state.woken = false;
      state.resume = undefined;
      for (;;) {
        if (state.stopped) return;
        const events = await this.read(streamId, cursor, options);
        for (const event of events) {
          cursor = event.seq;
          yield event;
        }
        if (events.length < PAGE) break;
      }
    }
  }

  /** One page of a stream after a seq (the activity feed uses it too). */
  read(streamId: string, afterSeq: number, filter: Pick<FollowOptions, 'scopeId' | 'topic'> = {}, limit = PAGE): Promise<StreamEvent[]> {
    return this.dataSource.getRepository(StreamEvent).find({
      where: { streamId, seq: MoreThan(afterSeq), ...(filter.scopeId ? { scopeId: filter.scopeId } : {}), ...(filter.topic ? { topic: filter.topic } : {}) },
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

  private register(streamId: string, wake: () => void): void {
    let set = this.wakers.get(streamId);
    if (!set) this.wakers.set(streamId, (set = new Set()));
    set.add(wake);
  }

  private unregister(streamId: string, wake: () => void): void {
    const set = this.wakers.get(streamId);
    set?.delete(wake);
    if (set?.size === 0) this.wakers.delete(streamId);
  }

  private wake(streamId: string): void {
    this.wakers.get(streamId)?.forEach((wake) => wake());
  }

  private wakeAll(): void {
    this.wakers.forEach((set) => set.forEach((wake) => wake()));
  }
}
