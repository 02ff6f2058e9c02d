import { EngagementFieldsResolver } from './engagement-fields.resolver';
import { EngagementConsultant, Engagement, EngagementGmina } from './engagement.entity';
import { EngagementResolver } from './engagement.resolver';
import { EngagementsService } from './engagements.service';

/** The engagement folder's part of the module. */
export const ENGAGEMENT_ENTITIES = [Engagement, EngagementGmina, EngagementConsultant];
export const ENGAGEMENT_PROVIDERS = [EngagementsService, EngagementResolver, EngagementFieldsResolver];
