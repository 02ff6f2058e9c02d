import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useApiSocket } from '../app/providers';

/** What every resumable stream of the API sends: a position in its stream (consecutive from 1). */
export interface StreamEvent {
  readonly seq: number;
}

export interface EventStreamOptions<TEvent extends StreamEvent> {
  /** Picks the event out of a subscription result. */
  readonly pick: (data: unknown) => TEvent | null | undefined;
  /** Each event once, in order. Events are invalidations: refetch or update what they name. */
  readonly onEvent: (event: TEvent) => void;
  /** Events were missed (a jump in seq): reload what the page shows. */
  readonly onGap?: () => void;
  /**
   * The last seq the page's data already reflects, if known: the stream replays from there, so
   * nothing committed between loading the page and subscribing is lost.
   */
  readonly afterSeq?: number;
  readonly skip?: boolean;
}

/**
 * Follows one of the API's resumable streams without a gap or a repeat. graphql-ws re-sends the
 * first payload after a reconnect (a stale afterSeq, or none); so after an abrupt close this
 * restarts the subscription from the last seq seen, drops what it has seen, and reports a gap.
 */
export function useEventStream<TData, TVariables extends Record<string, unknown>, TEvent extends StreamEvent>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: Omit<TVariables, 'afterSeq'>,
  options: EventStreamOptions<TEvent>,
): void {
  const client = useApolloClient();
  const socket = useApiSocket();
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const key = JSON.stringify(variables);

  useEffect(() => {
    if (options.skip) return;
    let lastSeq: number | undefined = options.afterSeq;
    let subscription: { unsubscribe(): void } | undefined;
    let dropped = false;

    const start = () => {
      subscription?.unsubscribe();
      const vars = { ...(JSON.parse(key) as object), ...(lastSeq === undefined ? {} : { afterSeq: lastSeq }) } as unknown as TVariables;
      subscription = client.subscribe({ query: document, variables: vars }).subscribe({
        next: (result) => {
          const event = latest.current.pick(result.data);
          if (!event) return;
          if (lastSeq !== undefined && event.seq <= lastSeq) return;
          if (lastSeq !== undefined && event.seq > lastSeq + 1) latest.current.onGap?.();
          lastSeq = event.seq;
          latest.current.onEvent(event);
        },
        // The stream ended with an error (access taken away, say): the page's own queries will say so.
        error: () => undefined,
      });
    };

    const offClosed = socket.on('closed', (event) => {
      if ((event as { code?: number } | undefined)?.code !== 1000) dropped = true;
    });
    const offConnected = socket.on('connected', () => {
      if (!dropped) return;
      dropped = false;
      start();
    });
    start();
    return () => {
      offClosed();
      offConnected();
      subscription?.unsubscribe();
    };
    // The stream is the document and its variables; the callbacks are read through a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, socket, document, key, options.skip]);
}
