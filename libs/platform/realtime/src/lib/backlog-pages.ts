import type { EventFilter } from './event-filter';
import type { StreamEvent } from './stream-event.entity';

/** Page size of followers reading the table, when they are behind the kept tail. */
export const PAGE = 1_000;

/** How many of the pages read last a stream's tail keeps for other followers catching up. */
export const PAGES_KEPT = 4;

/** A stream's events after `after` that pass a filter, all of them up to `through`, oldest first. */
export interface BacklogPage {
  readonly after: number;
  readonly through: number;
  readonly events: readonly StreamEvent[];
}

type ReadPage = (afterSeq: number, filter: EventFilter, limit: number) => Promise<StreamEvent[]>;

interface Entry {
  readonly key: string;
  readonly after: number;
  readonly page: Promise<BacklogPage>;
  /** The page, once read. */
  read?: BacklogPage;
}

const keyOf = (filter: EventFilter) => JSON.stringify([filter.scopeId ?? null, filter.topic ?? null, filter.alsoTopic ?? null]);

/**
 * The backlog pages one stream's followers read from the table, shared: followers resuming
 * from nearby seqs (every tab of a project reconnecting after the same outage) wait for a read
 * that is already in flight, or take a page read a moment ago, whenever it covers their
 * cursor, and each follows the page it took with the same next page as the others. So N
 * followers catching up cost one read of each page, not N. Events do not change once
 * committed (a redaction aside, which the kept tail does not follow either).
 */
export class BacklogPages {
  private entries: Entry[] = [];

  constructor(
    private readonly readPage: ReadPage,
    private readonly limit = PAGE,
  ) {}

  /**
   * A page that holds every event after `cursor` up to its `through` (past the cursor), read
   * now or shared. `reached`: where the kept tail ends, which a short page has run into.
   */
  async after(cursor: number, filter: EventFilter, reached: number): Promise<BacklogPage> {
    const key = keyOf(filter);
    const covers = (page: BacklogPage | undefined) => page !== undefined && page.after <= cursor && page.through > cursor;
    // Decided without waiting, so followers arriving together agree on one read.
    const kept = this.entries.find((entry) => entry.key === key && covers(entry.read));
    if (kept?.read) return kept.read;
    const inFlight = this.entries.find((entry) => entry.key === key && !entry.read && entry.after <= cursor);
    if (inFlight) {
      const page = await inFlight.page.catch(() => undefined);
      return covers(page) && page ? page : this.after(cursor, filter, reached);
    }
    const entry: Entry = { key, after: cursor, page: this.read(cursor, filter, reached) };
    this.entries.push(entry);
    if (this.entries.length > PAGES_KEPT) this.entries.shift();
    entry.page.then(
      (page) => (entry.read = page),
      // A failed read is not kept: the next follower tries for itself.
      () => (this.entries = this.entries.filter((other) => other !== entry)),
    );
    return entry.page;
  }

  private async read(after: number, filter: EventFilter, reached: number): Promise<BacklogPage> {
    const events = await this.readPage(after, filter, this.limit);
    const last = events.length ? events[events.length - 1].seq : after;
    // A short page ran to the table's end, which the tail's events had already reached.
    return { after, through: events.length < this.limit ? Math.max(last, reached) : last, events };
  }
}
