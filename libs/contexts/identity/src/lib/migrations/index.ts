import { CreateIdentity1795627054280 } from './1795627054280-CreateIdentity';

/** Runs after the gminas and partnerships migrations: accounts reference gminas and partnerships. */
export const identityMigrations = [CreateIdentity1795627054280];
