/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AppointCoordinatorInput = {
  /** Who is to coordinate the partnership: they are sent an invitation (it cannot be you). */
  email: string;
  partnershipId: string;
};

export type ChangePartnershipRoleInput = {
  /** TERC code of the member gmina the person acts for; required for gmina officials. */
  gminaTerc?: string | null | undefined;
  partnershipId: string;
  role: PartnershipRole;
  userId: string;
};

export type CreatePartnershipInput = {
  description?: string;
  /** Who will coordinate it: they are sent an invitation (it cannot be you). */
  firstCoordinatorEmail?: string | null | undefined;
  hostOrganisation?: string | null | undefined;
  members?: Array<NewMemberInput>;
  name: string;
  programme?: string | null | undefined;
  slug: string;
  stage?: PartnershipStage;
  /** Thematic areas from the standard catalogue. */
  thematicAreaIds?: Array<string>;
};

/** Type of gmina from the last TERC digit. */
export const GminaType = {
  /** gmina wiejska (2) */
  Rural: 'RURAL',
  /** gmina miejska (1) */
  Urban: 'URBAN',
  /** gmina miejsko-wiejska (3) */
  UrbanRural: 'URBAN_RURAL'
} as const;

export type GminaType = typeof GminaType[keyof typeof GminaType];
export const InvitationStatus = {
  /** The invitee took the role. */
  Accepted: 'ACCEPTED',
  /** Withdrawn by a coordinator; the link no longer works. */
  Cancelled: 'CANCELLED',
  /** Not accepted in time; send it again for a new link. */
  Expired: 'EXPIRED',
  /** Sent, waiting for the invitee. */
  Pending: 'PENDING'
} as const;

export type InvitationStatus = typeof InvitationStatus[keyof typeof InvitationStatus];
export type InviteToPartnershipInput = {
  email: string;
  /** TERC code of the member gmina the invitee will act for; required for gmina officials. */
  gminaTerc?: string | null | undefined;
  partnershipId: string;
  role: PartnershipRole;
};

/** Role of a gmina in a partnership. */
export const MemberRole = {
  /** Lider partnerstwa; at most one per partnership. */
  Leader: 'LEADER',
  /** Partner */
  Member: 'MEMBER'
} as const;

export type MemberRole = typeof MemberRole[keyof typeof MemberRole];
/** A gmina joining a partnership. */
export type NewMemberInput = {
  /** Seven-digit TERC code of the gmina. */
  gminaTerc: string;
  /** Defaults to today. */
  joinedOn?: string | null | undefined;
  role?: MemberRole;
};

export const PartnershipRole = {
  /** Doradca (CWD): reads everything in the partnership, records support, comments. */
  Advisor: 'ADVISOR',
  /** Koordynator: manages members, people, roles and settings. */
  Coordinator: 'COORDINATOR',
  /** Członek Rady Partnerstwa: decides (approves projects and plans). */
  CouncilMember: 'COUNCIL_MEMBER',
  /** Urzędnik gminy członkowskiej: acts for one member gmina; works on its projects and tasks, and comments. */
  GminaOfficial: 'GMINA_OFFICIAL',
  /** Obserwator: reads only. */
  Observer: 'OBSERVER'
} as const;

export type PartnershipRole = typeof PartnershipRole[keyof typeof PartnershipRole];
/** Stage of advisory support the partnership is in. */
export const PartnershipStage = {
  /** Zarys wniosku o dofinansowanie */
  Application: 'APPLICATION',
  /** Diagnoza społeczno-gospodarcza (raport diagnostyczny) */
  Diagnosis: 'DIAGNOSIS',
  /** Zawiązanie partnerstwa i Rady Partnerstwa */
  Formation: 'FORMATION',
  /** Wdrażanie (instrumenty terytorialne ZIT/IIT) */
  Implementation: 'IMPLEMENTATION',
  /** Pakiet projektów kluczowych i zintegrowanych */
  ProjectPipeline: 'PROJECT_PIPELINE',
  /** Strategia terytorialna partnerstwa */
  Strategy: 'STRATEGY'
} as const;

export type PartnershipStage = typeof PartnershipStage[keyof typeof PartnershipStage];
export type RevokePartnershipRoleInput = {
  partnershipId: string;
  userId: string;
};

export type PartnershipsRoleFragment = { partnershipId: string, userId: string, role: PartnershipRole, grantedAt: string, gmina: { id: string, terc: string, name: string } | null };

export type PartnershipsMineQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnershipsMineQuery = { me: { id: string, isPlatformAdmin: boolean, partnershipRoles: Array<{ partnershipId: string, userId: string, role: PartnershipRole, grantedAt: string, gmina: { id: string, terc: string, name: string } | null }> }, partnerships: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, slug: string, stage: PartnershipStage, members: Array<{ role: MemberRole, gmina: { id: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type PartnershipsThematicAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnershipsThematicAreasQuery = { thematicAreas: Array<{ id: string, code: string | null, isStandard: boolean, namePl: string, nameEn: string | null }> };

export type PartnershipsCreateMutationVariables = Exact<{
  input: CreatePartnershipInput;
}>;


export type PartnershipsCreateMutation = { createPartnership: { id: string, slug: string, name: string } };

export type PartnershipsPersonFragment = { partnershipId: string, userId: string, role: PartnershipRole, grantedAt: string, user: { id: string, displayName: string, email: string }, gmina: { id: string, terc: string, name: string } | null };

export type PartnershipsOverviewQueryVariables = Exact<{
  slug: string;
}>;


export type PartnershipsOverviewQuery = { partnership: { id: string, name: string, slug: string, stage: PartnershipStage, description: string, hostOrganisation: string | null, programme: string | null, version: number, members: Array<{ role: MemberRole, joinedOn: string, gmina: { id: string, terc: string, name: string, type: GminaType, population: number | null, populationAsOf: string | null, powiat: { code: string, name: string } } }>, thematicAreas: Array<{ id: string, namePl: string, nameEn: string | null }>, people: Array<{ partnershipId: string, userId: string, role: PartnershipRole, grantedAt: string, user: { id: string, displayName: string, email: string }, gmina: { id: string, terc: string, name: string } | null }> } };

export type PartnershipsInvitationFragment = { id: string, email: string, role: PartnershipRole, status: InvitationStatus, sentAt: string, expiresAt: string, gmina: { id: string, terc: string, name: string } | null };

export type PartnershipsInvitationsQueryVariables = Exact<{
  partnershipId: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PartnershipsInvitationsQuery = { partnership: { id: string, invitations: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, email: string, role: PartnershipRole, status: InvitationStatus, sentAt: string, expiresAt: string, gmina: { id: string, terc: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type PartnershipsInviteMutationVariables = Exact<{
  input: InviteToPartnershipInput;
}>;


export type PartnershipsInviteMutation = { inviteToPartnership: { id: string, email: string, role: PartnershipRole, status: InvitationStatus, sentAt: string, expiresAt: string, gmina: { id: string, terc: string, name: string } | null } };

export type PartnershipsAppointCoordinatorMutationVariables = Exact<{
  input: AppointCoordinatorInput;
}>;


export type PartnershipsAppointCoordinatorMutation = { appointCoordinator: { id: string, email: string, role: PartnershipRole, status: InvitationStatus } };

export type PartnershipsResendInvitationMutationVariables = Exact<{
  id: string;
}>;


export type PartnershipsResendInvitationMutation = { resendInvitation: { id: string, email: string, role: PartnershipRole, status: InvitationStatus, sentAt: string, expiresAt: string, gmina: { id: string, terc: string, name: string } | null } };

export type PartnershipsCancelInvitationMutationVariables = Exact<{
  id: string;
}>;


export type PartnershipsCancelInvitationMutation = { cancelInvitation: { id: string, email: string, role: PartnershipRole, status: InvitationStatus, sentAt: string, expiresAt: string, gmina: { id: string, terc: string, name: string } | null } };

export type PartnershipsChangeRoleMutationVariables = Exact<{
  input: ChangePartnershipRoleInput;
}>;


export type PartnershipsChangeRoleMutation = { changePartnershipRole: { partnershipId: string, userId: string, role: PartnershipRole, grantedAt: string, gmina: { id: string, terc: string, name: string } | null } };

export type PartnershipsRevokeRoleMutationVariables = Exact<{
  input: RevokePartnershipRoleInput;
}>;


export type PartnershipsRevokeRoleMutation = { revokePartnershipRole: boolean };

export const PartnershipsRoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsRoleFragment, unknown>;
export const PartnershipsPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipsRole"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsPersonFragment, unknown>;
export const PartnershipsInvitationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsInvitationFragment, unknown>;
export const PartnershipsMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipsMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"partnershipRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipsRole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsMineQuery, PartnershipsMineQueryVariables>;
export const PartnershipsThematicAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipsThematicAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"isStandard"}},{"kind":"Field","name":{"kind":"Name","value":"namePl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PartnershipsThematicAreasQuery, PartnershipsThematicAreasQueryVariables>;
export const PartnershipsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnershipsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsCreateMutation, PartnershipsCreateMutationVariables>;
export const PartnershipsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipsOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"powiat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"thematicAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"namePl"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipsPerson"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipsRole"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PartnershipsOverviewQuery, PartnershipsOverviewQueryVariables>;
export const PartnershipsInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnershipsInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipsInvitation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsInvitationsQuery, PartnershipsInvitationsQueryVariables>;
export const PartnershipsInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnershipsInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteToPartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteToPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipsInvitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsInviteMutation, PartnershipsInviteMutationVariables>;
export const PartnershipsAppointCoordinatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnershipsAppointCoordinator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointCoordinatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointCoordinator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PartnershipsAppointCoordinatorMutation, PartnershipsAppointCoordinatorMutationVariables>;
export const PartnershipsResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnershipsResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipsInvitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsResendInvitationMutation, PartnershipsResendInvitationMutationVariables>;
export const PartnershipsCancelInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnershipsCancelInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipsInvitation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsInvitation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsCancelInvitationMutation, PartnershipsCancelInvitationMutationVariables>;
export const PartnershipsChangeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnershipsChangeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePartnershipRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePartnershipRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipsRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipsRole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnershipAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnershipId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"gmina"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"terc"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnershipsChangeRoleMutation, PartnershipsChangeRoleMutationVariables>;
export const PartnershipsRevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnershipsRevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokePartnershipRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokePartnershipRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<PartnershipsRevokeRoleMutation, PartnershipsRevokeRoleMutationVariables>;