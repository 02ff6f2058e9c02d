import { AccessRecheck } from '@wspolnie/platform-graphql';
import type { StreamEvent } from './stream-event.entity';
import { streamFailure } from './stream-errors';

/** Events of this topic change someone's access in the stream; `subjectId` is that person. */
export const ACCESS_TOPIC = 'access';

/** How many of a stream's latest events a process keeps for the followers it serves, at most. */
export const TAIL_SIZE = 1_000;

/**
 * How much memory (roughly, see approximateBytes) those events may take, at most: room for the
 * 1,000 of TAIL_SIZE when they are small (a field or two changed, under 1 kB each), and for
 * about 50 that change a 10,000-character text (before and after). The newest event is kept
 * whatever its size.
 */
export const TAIL_BYTES = 2 * 1024 * 1024;

/** What an event is taken to cost besides its texts: the object, its ids, its date. */
const EVENT_OVERHEAD_BYTES = 500;

/** Roughly what an event takes in memory: its texts (UTF-16, two bytes a character) and the rest. */
export function approximateBytes(event: StreamEvent): number {
  const texts = JSON.stringify(event.changes ?? null).length + (event.topic?.length ?? 0) + (event.action?.length ?? 0);
  return EVENT_OVERHEAD_BYTES + 2 * texts;
}

export interface TailLimits {
  /** Events kept, at most (TAIL_SIZE). */
  readonly events?: number;
  /** Their approximate bytes, at most (TAIL_BYTES). */
  readonly bytes?: number;
}

/** Page size of followers reading the table, when they are behind the kept tail. */
export const PAGE = 500;

export interface EventFilter {
  /** Only events of this scope (e.g. one project). */
  readonly scopeId?: string;
  /** Only events of this topic (e.g. "task"), or of any of these (an allow-list: what a subscription may pass on). */
  readonly topic?: string | readonly string[];
  /** Events of this topic too, whatever the scope and topic above. */
  readonly alsoTopic?: string;
}

/** Where a tail reads the table; EventStreams supplies it. */
export interface TailSource {
  /** The stream's last committed seq (0 for a stream without events). */
  head(streamId: string): Promise<number>;
  /** The newest `limit` events of a stream, newest first. */
  newest(streamId: string, limit: number): Promise<StreamEvent[]>;
  /** Events after a seq, oldest first, at most `limit`. */
  read(streamId: string, afterSeq: number, filter: EventFilter, limit: number): Promise<StreamEvent[]>;
}

export interface Follower {
  stopped: boolean;
  resume?: () => void;
}

/** The topics a filter allows, or null for every topic. */
export const topicsOf = (filter: EventFilter): readonly string[] | null => (filter.topic === undefined ? null : typeof filter.topic === 'string' ? [filter.topic] : filter.topic);

const matches = (event: StreamEvent, filter: EventFilter) => {
  const topics = topicsOf(filter);
  return (!filter.scopeId || event.scopeId === filter.scopeId) && (!topics || topics.includes(event.topic));
};

/** A filter for reading the table that lets access changes through too. */
const withAccess = (filter: EventFilter): EventFilter & { alsoTopic?: string } => (filter.scopeId || filter.topic ? { ...filter, alsoTopic: ACCESS_TOPIC } : filter);

/** True when `events` hold consecutive seqs, the only shape the tail can index into. */
const contiguous = (events: StreamEvent[], after: number | null) =>
  events.length === 0 || ((after === null || events[0].seq === after + 1) && events[events.length - 1].seq - events[0].seq === events.length - 1);

/**
 * The latest events of one stream, shared by every follower of it in this process, so a commit
 * costs one query per process however many people watch. It keeps at most TAIL_SIZE events
 * and TAIL_BYTES of them (approximately), dropping the oldest. Seqs are gapless and commit-ordered
 * (EventLog numbers them under the stream's row lock), so reading past the last kept seq never
 * skips an event, and a follower finds its place by arithmetic: index = cursor - base.
 *
 * Wakes bump `generation`; a fetch that started at generation g has seen every commit announced
 * before g. A follower woken at g waits for such a fetch, so one woken while an older fetch is
 * in flight gets a newer one rather than that fetch's stale answer.
 */
export class StreamTail {
  /** The seq just before `kept[0]`. */
  private base = 0;
  private kept: StreamEvent[] = [];
  /** approximateBytes of each kept event, and their sum. */
  private sizes: number[] = [];
  private bytes = 0;
  private readonly maxEvents: number;
  private readonly maxBytes: number;
  private loaded = false;
  private generation = 1;
  private synced = 0;
  /** Generation of the last wake that named no seq (a LISTEN reconnect): only a fetch settles it. */
  private forcedAt = 0;
  private notifiedSeq = 0;
  private fetching?: Promise<void>;
  private readonly followers = new Set<Follower>();

  constructor(
    readonly streamId: string,
    private readonly source: TailSource,
    limits: TailLimits = {},
    /** Called when the last follower leaves. */
    private readonly onIdle?: (tail: StreamTail) => void,
  ) {
    this.maxEvents = limits.events ?? TAIL_SIZE;
    this.maxBytes = limits.bytes ?? TAIL_BYTES;
  }

  /** The approximate bytes of the events kept. */
  get keptBytes(): number {
    return this.bytes;
  }

  get lastSeq(): number {
    return this.base + this.kept.length;
  }

  get idle(): boolean {
    return this.followers.size === 0;
  }

  join(): Follower {
    const follower: Follower = { stopped: false };
    this.followers.add(follower);
    return follower;
  }

  leave(follower: Follower): void {
    follower.stopped = true;
    const left = this.followers.delete(follower);
    follower.resume?.();
    if (left && this.followers.size === 0) this.onIdle?.(this);
  }

  /** A commit was announced (`seq`), or, without one, anything may have been missed. */
  wake(seq?: number): void {
    if (seq === undefined) this.forcedAt = this.generation + 1;
    else if (this.loaded && seq <= this.lastSeq) return;
    else this.notifiedSeq = Math.max(this.notifiedSeq, seq);
    this.generation += 1;
    this.followers.forEach((follower) => follower.resume?.());
  }

  /**
   * Events after `afterSeq` that pass `filter`, then each new one, until the follower stops;
   * without `afterSeq`, only those committed after it started (after the stream's head as
   * read now). An access change is announced (AccessRecheck) in its place whatever the filter.
   * A read that fails ends it with streamFailure's error.
   */
  async *events(afterSeq: number | undefined, filter: EventFilter, follower: Follower): AsyncGenerator<StreamEvent | AccessRecheck> {
    let seen = 0;
    // However the loop ends (return(), a throw, a stopped follower), the follower leaves.
    try {
      // Read after joining: a commit after this read wakes the follower (see EventStreams.follow).
      let cursor = afterSeq ?? (await this.source.head(this.streamId));
      while (!follower.stopped) {
        if (this.loaded && cursor < this.base) {
          // Too far behind for the tail (a client resuming after long away, or a slow consumer).
          const reached = this.lastSeq;
          const page = await this.source.read(this.streamId, cursor, withAccess(filter), PAGE);
          for (const event of page) {
            if (follower.stopped) return;
            cursor = event.seq;
            if (event.topic === ACCESS_TOPIC) yield new AccessRecheck(event.subjectId);
            if (matches(event, filter)) yield event;
          }
          // A short page ran to the table's end, which the tail's events had already reached.
          if (page.length < PAGE) cursor = Math.max(cursor, reached);
        } else if (cursor < this.lastSeq) {
          // A copy: the tail may drop its oldest events while this follower's consumer is slow.
          for (const event of this.kept.slice(cursor - this.base)) {
            if (follower.stopped) return;
            cursor = event.seq;
            if (event.topic === ACCESS_TOPIC) yield new AccessRecheck(event.subjectId);
            if (matches(event, filter)) yield event;
          }
        } else if (seen < this.generation) {
          seen = this.generation;
          await this.sync(seen);
        } else {
          await new Promise<void>((resolve) => (follower.resume = resolve));
          follower.resume = undefined;
        }
      }
    } catch (error) {
      throw streamFailure(error);
    } finally {
      this.leave(follower);
    }
  }

  /** Returns once a fetch that started at `generation` or later has finished. */
  private async sync(generation: number): Promise<void> {
    while (this.synced < generation) {
      this.fetching ??= this.fetch().finally(() => (this.fetching = undefined));
      await this.fetching;
    }
  }

  private async fetch(): Promise<void> {
    const startedAt = this.generation;
    const page = this.loaded ? await this.source.read(this.streamId, this.lastSeq, {}, this.maxEvents) : [];
    if (this.loaded && page.length < this.maxEvents) {
      this.keep(page, this.lastSeq);
    } else {
      // New, or more arrived than it holds (the LISTEN connection was down): the newest page
      // only, not the history before it, which the followers that need it read from the table.
      this.keep((await this.source.newest(this.streamId, this.maxEvents)).reverse(), null);
      this.loaded = true;
    }
    // Wakes since the start that only announced seqs it fetched need no fetch of their own.
    const settled = this.forcedAt <= startedAt && this.lastSeq >= this.notifiedSeq ? this.generation : startedAt;
    this.synced = Math.max(this.synced, settled);
  }

  private keep(page: StreamEvent[], after: number | null): void {
    if (!page.length) return;
    if (!contiguous(page, after)) {
      // Never expected; an empty tail past the page sends every follower to the table instead.
      this.base = page[page.length - 1].seq;
      this.clear();
      return;
    }
    if (after === null) {
      this.base = page[0].seq - 1;
      this.clear();
    }
    for (const event of page) {
      const size = approximateBytes(event);
      this.kept.push(event);
      this.sizes.push(size);
      this.bytes += size;
    }
    // The oldest go first, down to both limits; followers still behind them read the table.
    let excess = 0;
    while (this.kept.length - excess > 1 && (this.kept.length - excess > this.maxEvents || this.bytes > this.maxBytes)) {
      this.bytes -= this.sizes[excess];
      excess += 1;
    }
    if (excess > 0) {
      this.kept.splice(0, excess);
      this.sizes.splice(0, excess);
      this.base += excess;
    }
  }

  private clear(): void {
    this.kept = [];
    this.sizes = [];
    this.bytes = 0;
  }
}
