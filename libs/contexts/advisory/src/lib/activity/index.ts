import { ActivityFollowUp, ActivityGmina, ActivityParticipant, ActivityThematicArea } from './activity-parts.entity';
import { Activity } from './activity.entity';

/** The activity folder's part of the module. */
export const ACTIVITY_ENTITIES = [Activity, ActivityGmina, ActivityThematicArea, ActivityParticipant, ActivityFollowUp];
export const ACTIVITY_PROVIDERS = [];
