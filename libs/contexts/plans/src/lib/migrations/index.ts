import { CreatePlans1795627054310 } from './1795627054310-CreatePlans';
import { CreatePlanComments1795627054311 } from './1795627054311-CreatePlanComments';

/** After projects and identity: plans link projects and name people. */
export const plansMigrations = [CreatePlans1795627054310, CreatePlanComments1795627054311];
