import type { ApolloCache } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { AdvisoryEngagementsDocument, AdvisoryProgrammeDocument } from './graphql.generated';
import { forcedTeam, roleOf, useReaderId } from './programme-role';

/** What a form recording support needs of its programme: topics, teams, engagements, the reader's role. */
export function useRecordingContext(programmeId: string | undefined) {
  const readerId = useReaderId();
  const programmeQuery = useQuery(AdvisoryProgrammeDocument, { variables: { id: programmeId ?? '' }, skip: !programmeId });
  const programme = programmeQuery.data?.programme ?? null;
  const role = roleOf(programme?.people, readerId);
  const lockedTeamId = forcedTeam(role);
  const engagementsQuery = useQuery(AdvisoryEngagementsDocument, { variables: { programmeId: programmeId ?? '', teamId: lockedTeamId, first: 100 }, skip: !programme || !role });
  return {
    programme,
    role,
    lockedTeamId,
    engagements: engagementsQuery.data?.engagements.edges.map((edge) => edge.node) ?? [],
    loading: programmeQuery.loading || engagementsQuery.loading,
    error: programmeQuery.error ?? engagementsQuery.error,
  };
}

/** Lists and reports counted before a write are stale after it: they load again when next shown. */
export function forgetSupportLists(cache: ApolloCache): void {
  for (const fieldName of ['activities', 'engagements', 'programmeReport', 'engagement']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
