import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { identityMessage } from '../identity-messages';
import { AccessRegistry } from './access-registry';
import { PartnershipRole } from './partnership-role';
import { ALLOWED, type ActionTable, everyRole, uuidsOf, WHILE_NO_COORDINATOR } from './policy';

const { COORDINATOR } = PartnershipRole;

/** Identity's rows of the policy table: who takes part, in which role. */
export const IDENTITY_ACTIONS = {
  'partnership.people.read': { area: 'People and roles', words: identityMessage('action.people.read'), roles: everyRole(), platformAdmin: ALLOWED },
  'partnership.people.invite': { area: 'People and roles', words: identityMessage('action.people.invite'), roles: { [COORDINATOR]: ALLOWED } },
  'partnership.people.manage': { area: 'People and roles', words: identityMessage('action.people.manage'), roles: { [COORDINATOR]: ALLOWED } },
  'partnership.coordinator.appoint': {
    area: 'People and roles',
    words: identityMessage('action.coordinator.appoint'),
    roles: { [COORDINATOR]: ALLOWED },
    platformAdmin: WHILE_NO_COORDINATOR,
  },
} satisfies ActionTable;

/**
 * Registers identity's actions, the scopes its ids stand for (a partnership id is the
 * partnership; an invitation belongs to one) and the "person" reference (someone with a role
 * in the partnership: who a task can be assigned to).
 */
@Injectable()
export class IdentityAccess implements OnModuleInit {
  constructor(
    private readonly registry: AccessRegistry,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.registry.define(IDENTITY_ACTIONS);
    this.registry.scope('partnership', {
      noun: identityMessage('noun.partnership'),
      // Whether it exists shows in the role looked up next: an outsider is told NOT_FOUND either way.
      resolve: async (ids) => new Map(uuidsOf(ids).map((id) => [id, { partnershipId: id }])),
    });
    this.registry.scope('invitation', {
      noun: identityMessage('noun.invitation'),
      resolve: async (ids) => {
        const rows: { id: string; partnership_id: string }[] = await this.txHost.tx.query(`SELECT id, partnership_id FROM invitation WHERE id = ANY($1::uuid[])`, [uuidsOf(ids)]);
        return new Map(rows.map((row) => [row.id, { partnershipId: row.partnership_id }]));
      },
    });
    this.registry.reference('person', {
      refusal: () => identityMessage('people.personReference'),
      usable: async (partnershipId, ids) => {
        const rows: { user_id: string }[] = await this.txHost.tx.query(`SELECT user_id FROM partnership_access WHERE partnership_id = $1 AND user_id = ANY($2::uuid[])`, [partnershipId, uuidsOf(ids)]);
        return new Set(rows.map((row) => row.user_id));
      },
    });
  }
}
