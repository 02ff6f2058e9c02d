import { useQuery } from '@apollo/client/react';
import { useLiveReload } from '../../apollo/use-live-reload';
import { CouncilLatestEventDocument, CouncilMeetingChangesDocument, type CouncilMeetingChangesSubscription } from './graphql.generated';

/**
 * Follows the meeting's changes (attendance, agenda, votes, minutes) and reloads the meeting for
 * them. What others changed is said where it shows: the quorum line is a live region, the vote
 * panel says a vote opened or closed (see use-vote-news).
 */
export function useMeetingLive(meetingId: string, partnershipId: string | null | undefined, reload: () => void) {
  // No cache: the partnership's activity pages (another page's list) stay as they are.
  const latest = useQuery(CouncilLatestEventDocument, { variables: { partnershipId: partnershipId ?? '' }, skip: !partnershipId, fetchPolicy: 'no-cache' });
  useLiveReload(CouncilMeetingChangesDocument, { meetingId }, { latest, partnershipId, reload, pick: (data) => (data as CouncilMeetingChangesSubscription | undefined)?.meetingChanges });
}
