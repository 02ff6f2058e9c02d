import { DomainError, type FieldProblem } from '@wspolnie/platform-errors';
import { advisoryMessage } from '../advisory-messages';
import { ActivityFormat, ActivityKind } from './activity-enums';
import { activityMessage } from './activity-messages';

/** How long an activity of each kind usually lasts, when the consultant does not say. */
export const DEFAULT_MINUTES: Readonly<Record<ActivityKind, number>> = {
  [ActivityKind.CONSULTATION]: 60,
  [ActivityKind.WORKSHOP]: 180,
  [ActivityKind.TRAINING]: 360,
  [ActivityKind.EDUCATIONAL_MEETING]: 360,
  [ActivityKind.SEMINAR]: 240,
  [ActivityKind.CONFERENCE]: 480,
  [ActivityKind.STUDY_VISIT]: 480,
};

/** On site needs a place, online a link, hybrid both (the activity_where check). */
export function assertWhere(format: ActivityFormat, place: string | null, link: string | null): void {
  if (format !== ActivityFormat.ONLINE && !place) throw DomainError.badInput('place', activityMessage('placeNeeded'));
  if (format !== ActivityFormat.ON_SITE && !link) throw DomainError.badInput('link', activityMessage('linkNeeded'));
}

/** What the activity's constraints guard, as the input names it (for writes that raced the checks). */
export const ACTIVITY_REFUSALS: Readonly<Record<string, FieldProblem>> = {
  activity_registration_kind: {
    field: 'kind',
    message: activityMessage('kindWhileRegistering'),
  },
  activity_topic_fk: {
    field: 'topicId',
    message: activityMessage('topicOfOtherProgramme'),
  },
  activity_team_fk: {
    field: 'teamId',
    message: advisoryMessage('team.notInProgramme'),
  },
  activity_engagement_fk: {
    field: 'engagementId',
    message: activityMessage('engagementOfOtherProgramme'),
  },
  activity_duration: {
    field: 'durationMinutes',
    message: activityMessage('duration'),
  },
  activity_where: { field: 'place', message: activityMessage('placeNeeded') },
  activity_gmina_participants: {
    field: 'gminas',
    message: activityMessage('participants'),
  },
  activity_thematic_area_area_fk: {
    field: 'thematicAreaIds',
    message: activityMessage('areaNotStandard'),
  },
  activity_participant_gmina_fk: {
    field: 'participants',
    message: activityMessage('participantsGminas'),
  },
  activity_gmina_pk: {
    field: 'gminas',
    message: activityMessage('participantsGminas'),
  },
};
