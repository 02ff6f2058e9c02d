import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useSessionStore } from '../../app/providers';
import { InvitedPartnershipSlugDocument, type SessionUserFragment } from './graphql.generated';
import type { ApiProblem } from '../../ui/field-errors';

type Payload = { accessToken: string; accessTokenExpiresAt: string; user: SessionUserFragment };

/**
 * A session opened on the invitation page (a new account, or signing in to accept). The client
 * resets its cache for the new person (apollo/client.ts); what is asked after this is asked as them.
 */
export function useStartSession() {
  const store = useSessionStore();
  return useCallback(
    async (payload: Payload) => {
      store.signedIn(payload);
    },
    [store],
  );
}

/** Into the partnership the invitation gave a role in, with what was cached before the role gone. */
export function useEnterPartnership() {
  const client = useApolloClient();
  const navigate = useNavigate();
  return useCallback(
    async (partnershipId: string, slug?: string) => {
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'partnerships' });
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'me' });
      client.cache.gc();
      let target = slug;
      if (!target) {
        try {
          const { data } = await client.query({ query: InvitedPartnershipSlugDocument, variables: { id: partnershipId }, fetchPolicy: 'network-only' });
          target = data?.partnership.slug;
        } catch {
          // The list of partnerships shows the new one as well.
        }
      }
      await navigate(target ? `/partnerships/${encodeURIComponent(target)}` : '/partnerships', { replace: true });
    },
    [client, navigate],
  );
}

/** When the API refuses the link itself (used meanwhile, withdrawn, expired), the page says so instead of the form. */
export function useLinkRefusal(problem: ApiProblem | null, onLinkRefused: (message: string) => void): void {
  const refused = problem?.fields.some((error) => error.field === 'token') ? problem.message : null;
  useEffect(() => {
    if (refused) onLinkRefused(refused);
  }, [refused, onLinkRefused]);
}
