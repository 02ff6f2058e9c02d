import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useEventStream } from '../../apollo/use-event-stream';
import { PlansLatestEventDocument, PlansPlanChangesDocument, type PlansPlanChangesSubscription } from './graphql.generated';

type PlanEvent = PlansPlanChangesSubscription['planChanges'];

/**
 * Follows the plan's changes (planChanges: revisions, rounds, comments, threads) from the
 * partnership's latest event on, and reloads the plan for each: events are invalidations. A burst
 * of events (a revision carrying many threads) reloads once. The stream's seq counts the whole
 * partnership, so the jumps between this plan's events are not losses: every event reloads anyway.
 */
export function usePlanLive(planId: string, partnershipId: string | null | undefined, reload: () => void, onOthersChange: (event: PlanEvent) => void, myId: string) {
  // No cache: the partnership's activity pages (another page's list) stay as they are.
  const latest = useQuery(PlansLatestEventDocument, { variables: { partnershipId: partnershipId ?? '' }, skip: !partnershipId, fetchPolicy: 'no-cache' });
  // Without the latest event (it could not be read), the stream starts from now.
  const afterSeq = latest.data ? (latest.data.partnership.activity.edges[0]?.node.seq ?? 0) : undefined;
  const ready = Boolean(partnershipId) && (Boolean(latest.data) || Boolean(latest.error));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const soon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(reload, 250);
  };

  useEventStream(
    PlansPlanChangesDocument,
    { planId },
    {
      pick: (data) => (data as PlansPlanChangesSubscription | undefined)?.planChanges,
      afterSeq,
      skip: !ready,
      onEvent: (event) => {
        soon();
        if (event.actorId !== myId) onOthersChange(event);
      },
      onGap: soon,
    },
  );
}
