import { ActivityFollowUp, ActivityGmina, ActivityParticipant, ActivityThematicArea } from './activity-parts.entity';
import { Activity } from './activity.entity';
import { ActivitiesService } from './activities.service';
import { ActivityCopyService } from './activity-copy.service';
import { ActivityFieldsResolver, ActivityGminaResolver, ActivityParticipantResolver } from './activity-fields.resolver';
import { ActivityPartsService } from './activity-parts.service';
import { ActivityResolver } from './activity.resolver';
import { FollowUpResolver } from './follow-up.resolver';
import { FollowUpsService } from './follow-ups.service';
import { SupportViewsService } from './support-views.service';

/** The activity folder's part of the module. */
export const ACTIVITY_ENTITIES = [Activity, ActivityGmina, ActivityThematicArea, ActivityParticipant, ActivityFollowUp];
export const ACTIVITY_PROVIDERS = [
  ActivityPartsService,
  ActivitiesService,
  ActivityCopyService,
  FollowUpsService,
  SupportViewsService,
  ActivityResolver,
  ActivityFieldsResolver,
  ActivityGminaResolver,
  ActivityParticipantResolver,
  FollowUpResolver,
];
