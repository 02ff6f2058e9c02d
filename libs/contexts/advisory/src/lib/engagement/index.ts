import { EngagementConsultant, Engagement, EngagementGmina } from './engagement.entity';

/** The engagement folder's part of the module. */
export const ENGAGEMENT_ENTITIES = [Engagement, EngagementGmina, EngagementConsultant];
export const ENGAGEMENT_PROVIDERS = [];
