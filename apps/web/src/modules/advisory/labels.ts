import { type ActivityFormat, type ActivityKind, type ActivityStatus, type GminaType, type OperatorKind, type PartnershipStage, type ProgrammeRole, type RegistrationStatus, type TopicKind } from './graphql.generated';
import type { MessageId } from '../../i18n/messages';

// Records over the generated enums: a value the schema adds fails the type check until labelled.
export const KIND_LABEL: Record<ActivityKind, MessageId> = {
  CONSULTATION: 'advisory.kind.CONSULTATION',
  EDUCATIONAL_MEETING: 'advisory.kind.EDUCATIONAL_MEETING',
  TRAINING: 'advisory.kind.TRAINING',
  WORKSHOP: 'advisory.kind.WORKSHOP',
  SEMINAR: 'advisory.kind.SEMINAR',
  CONFERENCE: 'advisory.kind.CONFERENCE',
  STUDY_VISIT: 'advisory.kind.STUDY_VISIT',
};

export const FORMAT_LABEL: Record<ActivityFormat, MessageId> = {
  ON_SITE: 'advisory.format.ON_SITE',
  ONLINE: 'advisory.format.ONLINE',
  HYBRID: 'advisory.format.HYBRID',
};

export const STATUS_LABEL: Record<ActivityStatus, MessageId> = {
  DRAFT: 'advisory.status.DRAFT',
  RECORDED: 'advisory.status.RECORDED',
};

export const REGISTRATION_STATUS_LABEL: Record<RegistrationStatus, MessageId> = {
  PENDING: 'advisory.registrationStatus.PENDING',
  CONFIRMED: 'advisory.registrationStatus.CONFIRMED',
  WAITLISTED: 'advisory.registrationStatus.WAITLISTED',
  CANCELLED: 'advisory.registrationStatus.CANCELLED',
};

export const ROLE_LABEL: Record<ProgrammeRole, MessageId> = {
  PROGRAMME_MANAGER: 'advisory.role.PROGRAMME_MANAGER',
  CONSULTANT: 'advisory.role.CONSULTANT',
};

export const TOPIC_KIND_LABEL: Record<TopicKind, MessageId> = {
  MODULE: 'advisory.topicKind.MODULE',
  ADDITIONAL_TOPIC: 'advisory.topicKind.ADDITIONAL_TOPIC',
};

export const OPERATOR_KIND_LABEL: Record<OperatorKind, MessageId> = {
  MINISTRY: 'advisory.operatorKind.MINISTRY',
  MARSHAL_OFFICE: 'advisory.operatorKind.MARSHAL_OFFICE',
  ASSOCIATION: 'advisory.operatorKind.ASSOCIATION',
  OTHER: 'advisory.operatorKind.OTHER',
};

export const STAGE_LABEL: Record<PartnershipStage, MessageId> = {
  FORMATION: 'advisory.stage.FORMATION',
  DIAGNOSIS: 'advisory.stage.DIAGNOSIS',
  STRATEGY: 'advisory.stage.STRATEGY',
  PROJECT_PIPELINE: 'advisory.stage.PROJECT_PIPELINE',
  APPLICATION: 'advisory.stage.APPLICATION',
  IMPLEMENTATION: 'advisory.stage.IMPLEMENTATION',
};

export const GMINA_TYPE_LABEL: Record<GminaType, MessageId> = {
  URBAN: 'advisory.gminaType.URBAN',
  RURAL: 'advisory.gminaType.RURAL',
  URBAN_RURAL: 'advisory.gminaType.URBAN_RURAL',
};

/** The kinds in the order a consultant meets them most often. */
export const KINDS = Object.keys(KIND_LABEL) as ActivityKind[];
export const FORMATS = Object.keys(FORMAT_LABEL) as ActivityFormat[];

/** Kinds that take registrations (the API's REGISTRABLE_KINDS). */
export const REGISTRABLE_KINDS: readonly ActivityKind[] = ['SEMINAR', 'CONFERENCE', 'EDUCATIONAL_MEETING'];
