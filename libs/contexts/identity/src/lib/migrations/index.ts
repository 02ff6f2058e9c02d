import { CreateIdentity1795627054280 } from './1795627054280-CreateIdentity';
import { CreateInvitations1795627054281 } from './1795627054281-CreateInvitations';

/** Runs after the gminas and partnerships migrations: accounts reference gminas and partnerships. */
export const identityMigrations = [CreateIdentity1795627054280, CreateInvitations1795627054281];
