import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Actor } from '@wspolnie/platform-graphql';
import { identityMessage } from '../identity-messages';
import { AccessRegistry } from './access-registry';
import { HeldGrants } from './held-grants';
import { PartnershipRole, roleName } from './partnership-role';
import type { GrantSource, PartnershipGrant, ScopeFacts } from './policy';
import { requestGrantsOf } from './request-grants';

/**
 * Identity's grant source: the roles people hold in partnerships (partnership_access), counted
 * in the thing's own partnership and in the further partnerships its facts name.
 */
@Injectable()
export class PartnershipGrants implements GrantSource, OnModuleInit {
  readonly roles = Object.values(PartnershipRole);
  readonly order = 0;
  readonly place = identityMessage('access.inPartnership');
  private readonly held: HeldGrants<PartnershipGrant>;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly registry: AccessRegistry,
  ) {
    this.held = new HeldGrants(
      txHost,
      `SELECT user_id, partnership_id AS held_in, role, gmina_id, NULL::uuid AS team_id FROM partnership_access
       WHERE (user_id, partnership_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
    );
  }

  onModuleInit(): void {
    this.registry.grantSource(this);
  }

  roleName(role: string) {
    return roleName(role as PartnershipRole);
  }

  of(userId: string, partnershipId: string): Promise<PartnershipGrant | null> {
    return this.held.of(userId, partnershipId);
  }

  async grantsOn(userId: string, facts: ScopeFacts, caller?: Actor): Promise<PartnershipGrant[]> {
    const partnershipIds = [...(facts.partnershipId ? [facts.partnershipId] : []), ...(facts.partnershipIds ?? [])];
    // What the request read with its session, unless a transaction runs (its own writes count).
    const known = caller?.userId === userId && !this.txHost.isTransactionActive() ? requestGrantsOf(caller) : null;
    if (!known) return this.held.in(userId, partnershipIds);
    return [...new Set(partnershipIds.map((id) => id.toLowerCase()))].flatMap((id) => known.get(id) ?? []);
  }
}
