import type { TypedDocumentNode } from '@apollo/client';
import { useEffect, useRef } from 'react';
import { type StreamEvent, useEventStream } from './use-event-stream';

/** A burst's reload waits this long after its last event… */
const QUIET_MS = 200;
/** …but no longer than this after its first, so a steady stream of events still shows. */
const MAX_WAIT_MS = 1000;

/** What a page read of its partnership's activity: the latest event's seq, the position the page's data reflects. */
export interface LatestEvent {
  readonly data?: { readonly partnership: { readonly activity: { readonly edges: readonly { readonly node: { readonly seq: number } }[] } } } | null;
  readonly error?: unknown;
}

export interface LiveReloadOptions<TEvent extends StreamEvent> {
  /** The page's read of its partnership's latest event (skipped while the partnership is unknown). */
  readonly latest: LatestEvent;
  readonly partnershipId: string | null | undefined;
  readonly pick: (data: unknown) => TEvent | null | undefined;
  /** Reloads what the page shows: events are invalidations. */
  readonly reload: () => void;
  /** Each event as it comes, besides the reload (to say what someone else changed). */
  readonly onEvent?: (event: TEvent) => void;
}

/**
 * Follows a page's scoped stream (a plan's or a meeting's changes, in the partnership's stream)
 * from the partnership's latest event on, and reloads the page once per burst of events. The
 * stream's seq counts the whole partnership, so jumps between this page's events are not losses:
 * every event reloads anyway. The page may have been read before the seq was known, so it is
 * read once more from it on.
 */
export function useLiveReload<TData, TVariables extends Record<string, unknown>, TEvent extends StreamEvent>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'afterSeq'>,
  { latest, partnershipId, pick, reload, onEvent }: LiveReloadOptions<TEvent>,
): void {
  // Without the latest event (it could not be read), the stream starts from now.
  const afterSeq = latest.data ? (latest.data.partnership.activity.edges[0]?.node.seq ?? 0) : undefined;
  const ready = Boolean(partnershipId) && (Boolean(latest.data) || Boolean(latest.error));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // When the first event of the burst waiting for its reload came.
  const burstStart = useRef<number | null>(null);
  const reloadRef = useRef(reload);
  useEffect(() => {
    reloadRef.current = reload;
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  useEffect(() => {
    if (afterSeq !== undefined) reloadRef.current();
  }, [afterSeq]);

  const soon = () => {
    clearTimeout(timer.current);
    const now = Date.now();
    burstStart.current ??= now;
    const wait = Math.max(0, Math.min(QUIET_MS, burstStart.current + MAX_WAIT_MS - now));
    timer.current = setTimeout(() => {
      burstStart.current = null;
      reloadRef.current();
    }, wait);
  };

  useEventStream(document, variables, {
    pick,
    afterSeq,
    skip: !ready,
    onEvent: (event) => {
      soon();
      onEvent?.(event);
    },
    onGap: soon,
  });
}
