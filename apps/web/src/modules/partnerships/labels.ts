import { type GminaType, type InvitationStatus, type MemberRole, type PartnershipStage } from './graphql.generated';
import type { MessageId } from '../../i18n/messages';

/** Stages of CWD support in the order a partnership goes through them. */
export const PARTNERSHIP_STAGES: readonly PartnershipStage[] = [
  'FORMATION',
  'DIAGNOSIS',
  'STRATEGY',
  'PROJECT_PIPELINE',
  'APPLICATION',
  'IMPLEMENTATION',
];

// Records over the schema's enums: a value added to the schema fails the type check until labelled.
export const STAGE_LABEL: Record<PartnershipStage, MessageId> = {
  FORMATION: 'partnerships.stage.FORMATION',
  DIAGNOSIS: 'partnerships.stage.DIAGNOSIS',
  STRATEGY: 'partnerships.stage.STRATEGY',
  PROJECT_PIPELINE: 'partnerships.stage.PROJECT_PIPELINE',
  APPLICATION: 'partnerships.stage.APPLICATION',
  IMPLEMENTATION: 'partnerships.stage.IMPLEMENTATION',
};

export const GMINA_TYPE_LABEL: Record<GminaType, MessageId> = {
  URBAN: 'partnerships.gminaType.URBAN',
  RURAL: 'partnerships.gminaType.RURAL',
  URBAN_RURAL: 'partnerships.gminaType.URBAN_RURAL',
};

export const MEMBER_ROLE_LABEL: Record<MemberRole, MessageId> = {
  LEADER: 'partnerships.memberRole.LEADER',
  MEMBER: 'partnerships.memberRole.MEMBER',
};

export const INVITATION_STATUS_LABEL: Record<InvitationStatus, MessageId> = {
  PENDING: 'partnerships.invitationStatus.PENDING',
  EXPIRED: 'partnerships.invitationStatus.EXPIRED',
  ACCEPTED: 'partnerships.invitationStatus.ACCEPTED',
  CANCELLED: 'partnerships.invitationStatus.CANCELLED',
};
