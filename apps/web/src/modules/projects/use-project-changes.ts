import { useQuery } from '@apollo/client/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useEventStream } from '../../apollo/use-event-stream';
import { ProjectsChangesDocument, type ProjectsChangesSubscription, ProjectsLatestEventDocument } from './graphql.generated';

type ProjectEvent = ProjectsChangesSubscription['partnershipProjectChanges'];

/**
 * Follows the partnership's project changes from its newest event on. The page's data may have
 * been read before that seq was known, so it is read once more when the seq arrives; from then
 * on the stream replays anything after it. Without the seq (it could not be read) the stream
 * starts from now.
 */
export function useProjectChanges(partnershipId: string | null | undefined, onEvent: (event: ProjectEvent) => void, onGap: () => void) {
  const latest = useQuery(ProjectsLatestEventDocument, { variables: { partnershipId: partnershipId ?? '' }, skip: !partnershipId, fetchPolicy: 'no-cache' });
  const afterSeq = latest.data ? (latest.data.partnership.activity.edges[0]?.node.seq ?? 0) : undefined;
  const ready = Boolean(partnershipId) && (Boolean(latest.data) || Boolean(latest.error));
  const reread = useRef(onGap);
  useLayoutEffect(() => {
    reread.current = onGap;
  });
  useEffect(() => {
    if (afterSeq !== undefined) reread.current();
  }, [afterSeq]);

  useEventStream(
    ProjectsChangesDocument,
    { partnershipId: partnershipId ?? '' },
    {
      pick: (data) => (data as ProjectsChangesSubscription | undefined)?.partnershipProjectChanges,
      afterSeq,
      skip: !ready,
      onEvent,
      onGap,
    },
  );
}
