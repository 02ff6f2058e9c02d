import { skipToken, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { useLiveReload } from '../../apollo/use-live-reload';
import { DiscussionPartnershipDocument, DiscussionProjectChangesDocument, type DiscussionProjectChangesSubscription } from './graphql.generated';

/**
 * The partnership's people (for mentions and rights) and the project's live stream: every change
 * to the project (a comment on it or on one of its tasks, a file) reloads what the page shows,
 * once per burst, from the partnership's latest event on.
 */
export function useProjectLive(projectId: string | undefined, partnershipId: string | undefined, reload: () => void) {
  // Not cached: `activity(first: 1)` would replace the pages the activity feed keeps.
  const partnership = useQuery(DiscussionPartnershipDocument, partnershipId ? { variables: { id: partnershipId }, fetchPolicy: 'no-cache' } : skipToken);
  useLiveReload(
    DiscussionProjectChangesDocument,
    { projectId: projectId ?? '' },
    {
      latest: partnership,
      partnershipId: projectId ? partnershipId : undefined,
      reload,
      pick: (data) => (data as DiscussionProjectChangesSubscription | undefined)?.projectTaskChanges,
    },
  );
  return partnership;
}

/** A polite announcement: the same sentence twice is still said (a no-break space tells them apart). */
export function useAnnouncer() {
  const [said, setSaid] = useState({ text: '', n: 0 });
  const announce = useCallback((text: string) => setSaid((last) => ({ text, n: last.n + 1 })), []);
  return { said: `${said.text}${said.n % 2 ? '\u00a0' : ''}`, announce };
}
