import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * How the cache identifies and merges what the API sends. Per-parent rows (a partnership's
 * members, a project's participants) have no identity of their own: keyed by gmina they would
 * merge across parents. Tokens are never cached.
 */
export const typePolicies: TypePolicies = {
  Powiat: { keyFields: ['code'] },
  Voivodeship: { keyFields: ['code'] },
  ActivityEvent: { keyFields: ['streamId', 'seq'] },
  PartnershipAccess: { keyFields: ['partnershipId', 'userId'] },
  PartnershipMember: { keyFields: false },
  ProjectParticipant: { keyFields: false },
  PipelineStageSummary: { keyFields: false },
  AuthPayload: { keyFields: false },
  // The council: an invitee is a person at one meeting; minutes and settings are one per meeting and partnership.
  Invitee: { keyFields: ['meetingId', 'userId'] },
  Minutes: { keyFields: ['meetingId'] },
  CouncilSettings: { keyFields: ['partnershipId'] },
  Meeting: {
    fields: {
      agenda: { merge: false },
      invitees: { merge: false },
      minutesCorrections: { merge: false },
    },
  },
  AgendaItem: { fields: { votes: { merge: false } } },
  Vote: { fields: { ballots: { merge: false } } },
  Query: {
    fields: {
      gminas: relayStylePagination(['filter']),
      partnerships: relayStylePagination(['filter']),
      projects: relayStylePagination(['partnershipId', 'filter', 'includeArchived']),
    },
  },
  // My work has no id: one per reader, its lists paged per bucket and order.
  MyWork: {
    merge: true,
    fields: {
      tasks: relayStylePagination(['filter', 'sort']),
      projects: relayStylePagination(['sort']),
    },
  },
  SearchHit: { keyFields: false },
  Partnership: {
    fields: {
      activity: relayStylePagination(),
      members: { merge: false },
      people: { merge: false },
    },
  },
  Project: {
    fields: {
      tasks: { merge: false },
      participants: { merge: false },
      // A discussion and a file list are read whole: a removed file leaves the list.
      comments: { merge: false },
      attachments: { merge: false },
    },
  },
  Task: { fields: { comments: { merge: false }, attachments: { merge: false } } },
  // A deleted comment's earlier texts go with it.
  Comment: { fields: { edits: { merge: false } } },
};
