import { CreateIdentity1795627054280 } from './1795627054280-CreateIdentity';
import { CreateInvitations1795627054281 } from './1795627054281-CreateInvitations';
import { CreateSessions1795627054282 } from './1795627054282-CreateSessions';
import { RepresentGminas1795627054283 } from './1795627054283-RepresentGminas';
import { CreatePasswordResets1795627054284 } from './1795627054284-CreatePasswordResets';
import { MoveOutboxToMail1795627054285 } from './1795627054285-MoveOutboxToMail';
import { RememberPreferredLanguage1795627054286 } from './1795627054286-RememberPreferredLanguage';

/**
 * Runs after the mail, gminas and partnerships migrations: accounts reference gminas,
 * partnerships and their members, and the outbox moved to the mail platform.
 */
export const identityMigrations = [
  CreateIdentity1795627054280,
  CreateInvitations1795627054281,
  CreateSessions1795627054282,
  RepresentGminas1795627054283,
  CreatePasswordResets1795627054284,
  MoveOutboxToMail1795627054285,
  RememberPreferredLanguage1795627054286,
];
