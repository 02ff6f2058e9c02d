import { AccessRecheck, type Sink } from '@wspolnie/platform-graphql';
import { BacklogPages, PAGE } from './backlog-pages';
import type { StreamEvent } from './stream-event.entity';
import { ACCESS_TOPIC, type EventFilter, matcher, withAccess } from './event-filter';
import { streamFailure } from './stream-errors';

export { ACCESS_TOPIC, type EventFilter, topicsOf } from './event-filter';

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

export { PAGE };

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
  /** The last seq it has passed on, or passed over. */
  cursor: number;
  /** Takes its events synchronously when set (see PUSH in platform-graphql); what it refuses comes through next(). */
  sink?: Sink<StreamEvent | AccessRecheck>;
  /** Waiting at the tail's end with a sink: the tail hands it each event as it fetches it. */
  parked: boolean;
  matches?: (event: StreamEvent) => boolean;
}

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
 *
 * A follower whose consumer gave it a sink (a subscription writing to its socket, see PUSH)
 * is handed its events synchronously: from a page or the kept tail as its loop goes, and,
 * once it waits at the end, by the tail itself as each fetch brings events (deliver), with
 * no promise per follower and event. What a sink refuses comes through next() as before.
 * Followers behind the tail share their reads of the table (BacklogPages).
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
  private readonly parked = new Set<Follower>();
  private pumping = false;
  private pumpAgain = false;
  private readonly backlog: BacklogPages;

  constructor(
    readonly streamId: string,
    private readonly source: TailSource,
    limits: TailLimits = {},
    /** Called when the last follower leaves. */
    private readonly onIdle?: (tail: StreamTail) => void,
  ) {
    this.maxEvents = limits.events ?? TAIL_SIZE;
    this.maxBytes = limits.bytes ?? TAIL_BYTES;
    this.backlog = new BacklogPages((afterSeq, filter, limit) => source.read(streamId, afterSeq, filter, limit));
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
    const follower: Follower = { stopped: false, cursor: 0, parked: false };
    this.followers.add(follower);
    return follower;
  }

  leave(follower: Follower): void {
    follower.stopped = true;
    this.parked.delete(follower);
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
    this.followers.forEach((follower) => follower.parked || follower.resume?.());
    if (this.parked.size) void this.pump();
  }

  /**
   * Events after `afterSeq` that pass `filter`, then each new one, until the follower stops;
   * without `afterSeq`, only those committed after it started (after the stream's head as
   * read now). An access change is announced (AccessRecheck) in its place whatever the filter.
   * A read that fails ends it with streamFailure's error.
   */
  async *events(afterSeq: number | undefined, filter: EventFilter, follower: Follower): AsyncGenerator<StreamEvent | AccessRecheck> {
    let seen = 0;
    const matches = (follower.matches = matcher(filter));
    // However the loop ends (return(), a throw, a stopped follower), the follower leaves.
    try {
      // Read after joining: a commit after this read wakes the follower (see EventStreams.follow).
      follower.cursor = afterSeq ?? (await this.source.head(this.streamId));
      while (!follower.stopped) {
        if (this.loaded && follower.cursor < this.base) {
          // Too far behind for the tail (a client resuming after long away, or a slow consumer).
          const page = await this.backlog.after(follower.cursor, withAccess(filter), this.lastSeq);
          for (const event of page.events) {
            // A shared page may begin before this follower's cursor.
            if (event.seq <= follower.cursor) continue;
            if (follower.stopped) return;
            follower.cursor = event.seq;
            if (event.topic === ACCESS_TOPIC) {
              const recheck = new AccessRecheck(event.subjectId);
              if (!follower.sink?.(recheck)) yield recheck;
            }
            if (matches(event) && !follower.sink?.(event)) yield event;
          }
          follower.cursor = Math.max(follower.cursor, page.through);
        } else if (follower.cursor < this.lastSeq) {
          // A copy: the tail may drop its oldest events while this follower's consumer is slow.
          for (const event of this.kept.slice(follower.cursor - this.base)) {
            if (follower.stopped) return;
            follower.cursor = event.seq;
            if (event.topic === ACCESS_TOPIC) {
              const recheck = new AccessRecheck(event.subjectId);
              if (!follower.sink?.(recheck)) yield recheck;
            }
            if (matches(event) && !follower.sink?.(event)) yield event;
          }
        } else if (seen < this.generation) {
          seen = this.generation;
          await this.sync(seen);
        } else {
          // With a sink, it waits here while the tail hands it each event (see deliver).
          if (follower.sink) {
            follower.parked = true;
            this.parked.add(follower);
          }
          await new Promise<void>((resolve) => (follower.resume = resolve));
          follower.resume = undefined;
          this.unpark(follower);
        }
      }
    } catch (error) {
      throw streamFailure(error);
    } finally {
      this.leave(follower);
    }
  }

  private unpark(follower: Follower): void {
    follower.parked = false;
    this.parked.delete(follower);
  }

  /**
   * Hands each parked follower the events it has not had, synchronously, in order. One that
   * refuses an event, or that the tail has left behind, goes back to its own loop from there.
   */
  private deliver(): void {
    for (const follower of this.parked) {
      if (follower.cursor >= this.lastSeq) continue;
      if (follower.cursor >= this.base && this.handOver(follower)) continue;
      this.unpark(follower);
      follower.resume?.();
    }
  }

  private handOver(follower: Follower): boolean {
    const sink = follower.sink;
    const matches = follower.matches;
    if (!sink || !matches) return false;
    for (let index = follower.cursor - this.base; index < this.kept.length; index += 1) {
      const event = this.kept[index];
      // Refused: its loop takes this event again, access change first.
      if ((event.topic === ACCESS_TOPIC && !sink(new AccessRecheck(event.subjectId))) || (matches(event) && !sink(event))) {
        follower.cursor = event.seq - 1;
        return false;
      }
      follower.cursor = event.seq;
    }
    return true;
  }

  /** Fetches for the parked followers after a wake (deliver hands them what came). */
  private async pump(): Promise<void> {
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        await this.sync(this.generation);
      } while (this.pumpAgain && this.parked.size);
    } catch {
      // Each reads for itself again, and its own read tells its consumer what went wrong.
      for (const follower of [...this.parked]) {
        this.unpark(follower);
        follower.resume?.();
      }
    } finally {
      this.pumping = false;
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
    if (this.parked.size) this.deliver();
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
