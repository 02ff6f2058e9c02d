export { IdentityModule } from './lib/identity.module';
export { AccessService, ALL_PARTNERSHIPS } from './lib/access/access.service';
export { AccessRegistry, policyTableMarkdown, type PolicyRow } from './lib/access/access-registry';
export {
  ALLOWED,
  everyRole,
  FOR_OWN_GMINA,
  FOR_OWN_GMINA_OR_ASSIGNED,
  uuidsOf,
  WHILE_NO_COORDINATOR,
  WITH_OWN_GMINA_TAKING_PART,
  type ActionDefinition,
  type ActionTable,
  type Condition,
  type Grant,
  type GrantSource,
  type PartnershipGrant,
  type ReferenceCheck,
  type ScopeFacts,
  type ScopeResolver,
} from './lib/access/policy';
export { HeldGrants } from './lib/access/held-grants';
export { PartnershipGrants } from './lib/access/partnership-grants';
export { PartnershipReferences, type Reference } from './lib/access/partnership-references';
export { PeopleService, type RoleChange } from './lib/access/people.service';
export { PartnershipRole, ROLE_WORDS, roleName } from './lib/access/partnership-role';
export { PartnershipAccess } from './lib/access/partnership-access.entity';
export { AccountsService, type NewAccount } from './lib/account/accounts.service';
export { AccountsLoader } from './lib/account/accounts.loader';
export { UserAccount } from './lib/account/user-account.entity';
export { Language } from './lib/account/language';
export { Invitation, InvitationStatus } from './lib/invitation/invitation.entity';
export { InvitationPreview } from './lib/invitation/invitation.types';
export { InvitationsService, type NewInvitation } from './lib/invitation/invitations.service';
export type { InvitationWording } from './lib/invitation/invitation-mail';
export { TokensService } from './lib/auth/tokens.service';
export { PUBLIC_MAILS_PER_ADDRESS, PUBLIC_MAILS_PER_RECIPIENT, SignInLimiter } from './lib/auth/sign-in-limiter';
export { CurrentActor } from './lib/auth/current-actor.decorator';
export { identityMigrations } from './lib/migrations';
