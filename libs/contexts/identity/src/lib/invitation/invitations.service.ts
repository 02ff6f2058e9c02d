import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { formatWarsawTime } from '@wspolnie/kernel';
import { inEachLanguage } from '@wspolnie/platform-i18n';
import { AppConfig } from '@wspolnie/platform-config';
import { DomainError, ErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { MailOutbox } from '@wspolnie/platform-mail';
import { type ConnectionArgs, type ConnectionShape, paginate } from '@wspolnie/platform-pagination';
import { IsNull, MoreThan } from 'typeorm';
import type { PartnershipAccess } from '../access/partnership-access.entity';
import { type PartnershipRole, roleName } from '../access/partnership-role';
import { assertGminaNamed, PeopleService } from '../access/people.service';
import { AccountsService, assertPasswordStrength, normaliseEmail } from '../account/accounts.service';
import type { Language } from '../account/language';
import { AuthService } from '../auth/auth.service';
import type { AuthPayload } from '../auth/auth.types';
import { hashToken, newLinkSecret } from '../auth/tokens.service';
import { identityMessage } from '../identity-messages';
import { Invitation, InvitationStatus } from './invitation.entity';
import { invitationMail, type InvitationWording } from './invitation-mail';
import type { InvitationPreview } from './invitation.types';

export const INVITATION_TTL_DAYS = 7;
const INVALID = identityMessage('invitation.invalid');

export interface NewInvitation {
  readonly partnershipId: string;
  readonly email: string;
  readonly role: PartnershipRole;
  readonly gminaId: string | null;
}

/**
 * Invitations to take a role. The token goes to the invitee's address by e-mail and nowhere
 * else (no answer, no log line); it is stored only as a hash, works once and expires. An
 * invitation for an address with an account is accepted by signing in as that account; one for
 * an address without an account creates it. Nobody else can use it to act as anyone.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly accounts: AccountsService,
    private readonly people: PeopleService,
    private readonly auth: AuthService,
    private readonly mail: MailOutbox,
    private readonly config: AppConfig,
  ) {}

  private get invitations() {
    return this.txHost.tx.getRepository(Invitation);
  }

  /** Records the invitation and queues its e-mail, in one transaction. */
  @Transactional()
  async invite(actor: Actor, invitation: NewInvitation, wording: InvitationWording): Promise<Invitation> {
    assertGminaNamed(invitation.role, invitation.gminaId);
    const email = normaliseEmail(invitation.email);
    const inviter = await this.accounts.findById(actor.userId);
    if (inviter?.email === email) throw new DomainError(ErrorCode.Forbidden, identityMessage('invitation.self'), { field: 'email' });
    // Two coordinators inviting one address at once take turns, so the checks below hold.
    await this.txHost.tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`invitation:${invitation.partnershipId}:${email}`]);
    const member: { role: PartnershipRole; display_name: string }[] = await this.txHost.tx.query(
      `SELECT access.role, account.display_name FROM partnership_access access JOIN user_account account ON account.id = access.user_id WHERE access.partnership_id = $1 AND account.email = $2`,
      [invitation.partnershipId, email],
    );
    if (member.length) {
      throw new DomainError(ErrorCode.Conflict, identityMessage('invitation.takesPart', { name: member[0].display_name, email, role: roleName(member[0].role) }), { field: 'email' });
    }
    const open = await this.invitations.findOneBy({ partnershipId: invitation.partnershipId, email, acceptedAt: IsNull(), cancelledAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (open) {
      throw new DomainError(
        ErrorCode.Conflict,
        // "1.12.2026, 10:05" (Warsaw time) reads the same in Polish and English.
        identityMessage('invitation.pending', { email, sent: inEachLanguage((locale) => formatWarsawTime(open.sentAt, 'compact', locale)) }),
        { field: 'email', invitationId: open.id },
      );
    }
    const secret = newLinkSecret();
    const saved = await this.saving(invitation.partnershipId, () =>
      this.invitations.save(
        this.invitations.create({ ...invitation, email, tokenHash: secret.hash, invitedBy: actor.userId, expiresAt: this.expiry(), sentAt: new Date() }),
      ),
    );
    await this.send(saved, secret.token, inviter?.displayName ?? 'Koordynator', wording);
    return saved;
  }

  /** A new link (the old one stops working) and a new week, in a new e-mail. */
  @Transactional()
  async resend(actor: Actor, id: string, wording: InvitationWording): Promise<Invitation> {
    const invitation = await this.open(id);
    const secret = newLinkSecret();
    Object.assign(invitation, { tokenHash: secret.hash, expiresAt: this.expiry(), sentAt: new Date() });
    await this.invitations.update({ id }, { tokenHash: secret.hash, expiresAt: invitation.expiresAt, sentAt: invitation.sentAt });
    const inviter = await this.accounts.findById(actor.userId);
    await this.send(invitation, secret.token, inviter?.displayName ?? 'Koordynator', wording);
    return invitation;
  }

  @Transactional()
  async cancel(id: string): Promise<Invitation> {
    const invitation = await this.open(id);
    invitation.cancelledAt = new Date();
    await this.invitations.update({ id }, { cancelledAt: invitation.cancelledAt });
    return invitation;
  }

  findById(id: string): Promise<Invitation | null> {
    return this.invitations.findOneBy({ id });
  }

  /** A partnership's invitations in these states, oldest first. */
  list(partnershipId: string, args: ConnectionArgs, statuses: readonly InvitationStatus[]): Promise<ConnectionShape<Invitation>> {
    const query = this.invitations.createQueryBuilder('invitation').where('invitation.partnership_id = :partnershipId', { partnershipId });
    const conditions: Record<InvitationStatus, string> = {
      PENDING: 'invitation.accepted_at IS NULL AND invitation.cancelled_at IS NULL AND invitation.expires_at > now()',
      EXPIRED: 'invitation.accepted_at IS NULL AND invitation.cancelled_at IS NULL AND invitation.expires_at <= now()',
      ACCEPTED: 'invitation.accepted_at IS NOT NULL',
      CANCELLED: 'invitation.cancelled_at IS NOT NULL AND invitation.accepted_at IS NULL',
    };
    query.andWhere(`(${statuses.map((status) => `(${conditions[status]})`).join(' OR ') || 'false'})`);
    return paginate(query, args, [
      { expression: 'invitation.created_at', valueOf: (row) => row.createdAt.toISOString() },
      { expression: 'invitation.id', valueOf: (row) => row.id },
    ]);
  }

  /** What the link offers, without using it. */
  async preview(token: string): Promise<InvitationPreview> {
    const invitation = await this.invitations.findOneBy({ tokenHash: hashToken(token), acceptedAt: IsNull(), cancelledAt: IsNull(), expiresAt: MoreThan(new Date()) });
    if (!invitation) throw DomainError.badInput('token', INVALID);
    const account = await this.accounts.findByEmail(invitation.email);
    return { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, accountExists: Boolean(account), partnershipId: invitation.partnershipId, gminaId: invitation.gminaId };
  }

  /** Takes the role, as the signed-in account the invitation was sent to. Opens no session. */
  @Transactional()
  async accept(actor: Actor, token: string): Promise<PartnershipAccess> {
    const invitation = await this.claim(token);
    const account = await this.accounts.findById(actor.userId);
    if (!account || account.email !== invitation.email) {
      // Thrown inside the transaction: the invitation stays open for the right account.
      throw new DomainError(ErrorCode.Forbidden, identityMessage('invitation.otherAddress', { email: invitation.email }), { field: 'token' });
    }
    return this.people.grantAccepted(invitation.invitedBy, this.roleChangeOf(invitation, account.id), invitation.id);
  }

  /** Creates the account the invitation was sent to, gives it the role and signs it in. */
  @Transactional()
  async createAccount(token: string, displayName: string, password: string, preferredLanguage?: Language): Promise<AuthPayload> {
    assertPasswordStrength(password, 'password');
    const invitation = await this.claim(token);
    if (await this.accounts.findByEmail(invitation.email)) {
      throw new DomainError(ErrorCode.Conflict, identityMessage('invitation.accountExists', { email: invitation.email }), { field: 'token' });
    }
    const account = await this.accounts.create({ email: invitation.email, displayName, password, preferredLanguage });
    await this.people.grantAccepted(invitation.invitedBy, this.roleChangeOf(invitation, account.id), invitation.id);
    return this.auth.openSession(account);
  }

  /**
   * Single use, enforced by the UPDATE that marks it accepted: of two concurrent acceptances
   * only one finds it still open. Undone with the transaction when the acceptance fails.
   */
  private async claim(token: string): Promise<Invitation> {
    const claimed = await this.invitations
      .createQueryBuilder()
      .update()
      .set({ acceptedAt: () => 'now()' })
      .where({ tokenHash: hashToken(token), acceptedAt: IsNull(), cancelledAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .returning('id')
      .execute();
    const id = (claimed.raw as { id: string }[])[0]?.id;
    if (!id) throw DomainError.badInput('token', INVALID);
    return this.invitations.findOneByOrFail({ id });
  }

  private roleChangeOf(invitation: Invitation, userId: string) {
    return { partnershipId: invitation.partnershipId, userId, role: invitation.role, gminaId: invitation.gminaId };
  }

  /** An invitation that can still be sent again or cancelled. */
  private async open(id: string): Promise<Invitation> {
    const invitation = await this.invitations.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!invitation) throw DomainError.notFound(identityMessage('noun.invitation'), id);
    if (invitation.acceptedAt) throw new DomainError(ErrorCode.Conflict, identityMessage('invitation.accepted', { email: invitation.email }));
    if (invitation.cancelledAt) throw new DomainError(ErrorCode.Conflict, identityMessage('invitation.cancelled', { email: invitation.email }));
    return invitation;
  }

  private expiry(): Date {
    return new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
  }

  private send(invitation: Invitation, token: string, inviterName: string, wording: InvitationWording): Promise<void> {
    const link = `${this.config.auth.publicUrl}/accept-invitation#token=${token}`;
    return this.mail.enqueue(invitationMail(invitation.email, inviterName, invitation.role, wording, link, invitation.expiresAt));
  }

  private async saving<T>(partnershipId: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const constraint = postgresErrorOf(error)?.constraint;
      if (constraint === 'invitation_partnership_fk') throw DomainError.notFound(identityMessage('noun.partnership'), partnershipId);
      if (constraint === 'invitation_gmina_fk') throw DomainError.badInput('gminaTerc', identityMessage('invitation.noSuchGmina'));
      throw error;
    }
  }
}

