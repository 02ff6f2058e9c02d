import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useEventStream } from '../../apollo/use-event-stream';
import { CouncilLatestEventDocument, CouncilMeetingChangesDocument, type CouncilMeetingChangesSubscription } from './graphql.generated';

/** A burst's reload waits this long after its last event… */
const QUIET_MS = 200;
/** …but no longer than this after its first, so a steady stream of events still shows. */
const MAX_WAIT_MS = 1000;

/**
 * Follows the meeting's changes (attendance, agenda, votes, minutes) from the partnership's
 * latest event on, and reloads the meeting for each: events are invalidations. A burst (a vote
 * closing with its resolution) reloads once. The stream's seq counts the whole partnership, so
 * jumps between this meeting's events are not losses: every event reloads anyway. What others
 * changed is said where it shows: the quorum line is a live region, the vote panel says a vote
 * opened or closed (see use-vote-news).
 */
export function useMeetingLive(meetingId: string, partnershipId: string | null | undefined, reload: () => void) {
  // No cache: the partnership's activity pages (another page's list) stay as they are.
  const latest = useQuery(CouncilLatestEventDocument, { variables: { partnershipId: partnershipId ?? '' }, skip: !partnershipId, fetchPolicy: 'no-cache' });
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
  // The page may have been read before the seq was known: read once more from it on.
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

  useEventStream(
    CouncilMeetingChangesDocument,
    { meetingId },
    {
      pick: (data) => (data as CouncilMeetingChangesSubscription | undefined)?.meetingChanges,
      afterSeq,
      skip: !ready,
      onEvent: soon,
      onGap: soon,
    },
  );
}
