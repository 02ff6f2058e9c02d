import { AccessRecheck } from '@wspolnie/platform-graphql';
import type { StreamEvent } from './stream-event.entity';

/** Events of this topic change someone's access in the stream; `subjectId` is that person. */
export const ACCESS_TOPIC = 'access';

/** How many of a stream's latest events a process keeps for the followers it serves. */
export const TAIL_SIZE = 1_000;

/** Page size of followers reading the table, when they are behind the kept tail. */
export const PAGE = 500;

export interface EventFilter {
  /** Only events of this scope (e.g. one project). */
  readonly scopeId?: string;
  /** Only events of this topic (e.g. "task"). */
  readonly topic?: string;
  /** Events of this topic too, whatever the scope and topic above. */
  readonly alsoTopic?: string;
}

/** Where a tail reads the table; EventStreams supplies it. */
export interface TailSource {
  /** The newest `limit` events of a stream, newest first. */
  newest(streamId: string, limit: number): Promise<StreamEvent[]>;
  /** Events after a seq, oldest first, at most `limit`. */
  read(streamId: string, afterSeq: number, filter: EventFilter, limit: number): Promise<StreamEvent[]>;
}

export interface Follower {
  stopped: boolean;
  resume?: () => void;
}

const matches = (event: StreamEvent, filter: EventFilter) =>
  (!filter.scopeId || event.scopeId === filter.scopeId) && (!filter.topic || event.topic === filter.topic);

/** A filter for reading the table that lets access changes through too. */
const withAccess = (filter: EventFilter): EventFilter & { alsoTopic?: string } => (filter.scopeId || filter.topic ? { ...filter, alsoTopic: ACCESS_TOPIC } : filter);

/** True when `events` hold consecutive seqs, the only shape the tail can index into. */
const contiguous = (events: StreamEvent[], after: number | null) =>
  events.length === 0 || ((after === null || events[0].seq === after + 1) && events[events.length - 1].seq - events[0].seq === events.length - 1);

/**
 * The latest events of one stream, shared by every follower of it in this process, so a commit
 * costs one query per process however many people watch. Seqs are gapless and commit-ordered
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
    private readonly size = TAIL_SIZE,
    /** Called when the last follower leaves. */
    private readonly onIdle?: (tail: StreamTail) => void,
  ) {}

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
   * Events after `afterSeq` that pass `filter`, then each new one, until the follower stops.
   * An access change is announced (AccessRecheck) in its place whatever the filter.
   */
  async *events(afterSeq: number, filter: EventFilter, follower: Follower): AsyncGenerator<StreamEvent | AccessRecheck> {
    let cursor = afterSeq;
    let seen = 0;
    // However the loop ends (return(), a throw, a stopped follower), the follower leaves.
    try {
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
    const page = this.loaded ? await this.source.read(this.streamId, this.lastSeq, {}, this.size) : [];
    if (this.loaded && page.length < this.size) {
      this.keep(page, this.lastSeq);
    } else {
      // New, or more arrived than it holds (the LISTEN connection was down): the newest page
      // only, not the history before it, which the followers that need it read from the table.
      this.keep((await this.source.newest(this.streamId, this.size)).reverse(), null);
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
      this.kept = [];
      return;
    }
    if (after === null) {
      this.base = page[0].seq - 1;
      this.kept = [];
    }
    this.kept.push(...page);
    const excess = this.kept.length - this.size;
    if (excess > 0) {
      this.kept.splice(0, excess);
      this.base += excess;
    }
  }
}
