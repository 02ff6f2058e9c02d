import { useQuery } from '@apollo/client/react';
import { useLiveReload } from '../../apollo/use-live-reload';
import { PlansLatestEventDocument, PlansPlanChangesDocument, type PlansPlanChangesSubscription } from './graphql.generated';

type PlanEvent = PlansPlanChangesSubscription['planChanges'];

/**
 * Follows the plan's changes (planChanges: revisions, rounds, comments, threads) and reloads the
 * plan for them; a burst (a revision carrying many threads) reloads once.
 */
export function usePlanLive(planId: string, partnershipId: string | null | undefined, reload: () => void, onOthersChange: (event: PlanEvent) => void, myId: string) {
  // No cache: the partnership's activity pages (another page's list) stay as they are.
  const latest = useQuery(PlansLatestEventDocument, { variables: { partnershipId: partnershipId ?? '' }, skip: !partnershipId, fetchPolicy: 'no-cache' });
  useLiveReload(
    PlansPlanChangesDocument,
    { planId },
    {
      latest,
      partnershipId,
      reload,
      pick: (data) => (data as PlansPlanChangesSubscription | undefined)?.planChanges,
      onEvent: (event) => {
        if (event.actorId !== myId) onOthersChange(event);
      },
    },
  );
}
