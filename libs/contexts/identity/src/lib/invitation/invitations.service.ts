import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AppConfig } from '@wspolnie/platform-config';
import { DomainError, ErrorCode, postgresErrorOf } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { IsNull, MoreThan } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { PartnershipRole } from '../access/partnership-role';
import { AccountsService, normaliseEmail } from '../account/accounts.service';
import type { UserAccount } from '../account/user-account.entity';
import { hashToken } from '../auth/tokens.service';
import { Invitation } from './invitation.entity';
import { OutboxMessage } from './outbox-message.entity';

export const INVITATION_TTL_DAYS = 7;
const INVALID = 'This invitation link is not valid: it was used already, has expired, or was mistyped. Ask for a new one.';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly access: AccessService,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  private get invitations() {
    return this.txHost.tx.getRepository(Invitation);
  }

  /** Records the invitation and its e-mail in one transaction; answers with the link. */
  @Transactional()
  async invite(actor: Actor | undefined, partnershipId: string, email: string, role: PartnershipRole, now = new Date()) {
    await this.access.assertCan(actor, 'partnership.people.invite', partnershipId);
    const token = randomBytes(32).toString('base64url');
    const invitation = await this.save(
      this.invitations.create({
        partnershipId,
        email: normaliseEmail(email),
        role,
        tokenHash: hashToken(token),
        invitedBy: this.access.requireActor(actor).userId,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000),
      }),
      partnershipId,
    );
    const acceptUrl = `${this.config.auth.publicUrl}/invitations/accept?token=${token}`;
    await this.txHost.tx.getRepository(OutboxMessage).insert({
      recipient: invitation.email,
      subject: 'Zaproszenie do partnerstwa we Wspólnie',
      body: `Zaproszono Cię do partnerstwa we Wspólnie. Aby przyjąć zaproszenie, otwórz w ciągu ${INVITATION_TTL_DAYS} dni: ${acceptUrl}`,
    });
    return { invitation, acceptUrl };
  }

  /**
   * Single use, enforced by the UPDATE that marks it accepted: of two concurrent acceptances
   * only one finds it still open. Creates the account when the e-mail has none.
   */
  @Transactional()
  async accept(token: string, newAccount: { displayName?: string | null; password?: string | null }): Promise<UserAccount> {
    const claimed = await this.invitations
      .createQueryBuilder()
      .update()
      .set({ acceptedAt: () => 'now()' })
      .where({ tokenHash: hashToken(token), acceptedAt: IsNull(), expiresAt: MoreThan(new Date()) })
      .returning('*')
      .execute();
    const row = claimed.raw[0] as { partnership_id: string; email: string; role: PartnershipRole } | undefined;
    if (!row) throw new DomainError(ErrorCode.BadUserInput, INVALID, { field: 'token' });
    let account = await this.accounts.findByEmail(row.email);
    if (!account) {
      if (!newAccount.displayName || !newAccount.password) {
        throw DomainError.invalidFields(
          [
            !newAccount.displayName && { field: 'displayName', message: 'Give your name to create your account.' },
            !newAccount.password && { field: 'password', message: 'Choose a password (at least 12 characters) to create your account.' },
          ].filter((problem): problem is { field: string; message: string } => Boolean(problem)),
        );
      }
      account = await this.accounts.create({ email: row.email, displayName: newAccount.displayName, password: newAccount.password });
    }
    await this.access.grant(account.id, row.partnership_id, row.role);
    return account;
  }

  private async save(invitation: Invitation, partnershipId: string): Promise<Invitation> {
    try {
      return await this.invitations.save(invitation);
    } catch (error) {
      if (postgresErrorOf(error)?.constraint === 'invitation_partnership_fk') throw DomainError.notFound('Partnership', partnershipId);
      throw error;
    }
  }
}
