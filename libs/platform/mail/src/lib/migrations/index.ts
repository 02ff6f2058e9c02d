import { CreateMailOutbox1795627054256 } from './1795627054256-CreateMailOutbox';

/** Knows no domain: runs before every context's migrations. */
export const mailMigrations = [CreateMailOutbox1795627054256];
