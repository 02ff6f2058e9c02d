import { Injectable, type OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccessRegistry, ALLOWED, type ActionTable, everyRole, PartnershipRole, uuidsOf } from '@wspolnie/identity';
import { partnershipsMessage } from './partnerships-messages';

const { COORDINATOR } = PartnershipRole;

/** The partnerships context's rows of the policy table. */
export const PARTNERSHIP_ACTIONS = {
  'partnership.create': { area: 'Partnerships', words: partnershipsMessage('action.create'), roles: {}, platformAdmin: ALLOWED, platformWide: true },
  'partnership.read': { area: 'Partnerships', words: partnershipsMessage('action.read'), roles: everyRole(), platformAdmin: ALLOWED },
  'partnership.update': { area: 'Partnerships', words: partnershipsMessage('action.update'), roles: { [COORDINATOR]: ALLOWED } },
  'partnership.members.manage': { area: 'Partnerships', words: partnershipsMessage('action.members.manage'), roles: { [COORDINATOR]: ALLOWED } },
  'partnership.thematicAreas.manage': { area: 'Partnerships', words: partnershipsMessage('action.thematicAreas.manage'), roles: { [COORDINATOR]: ALLOWED } },
  'partnership.activity.read': { area: 'Partnerships', words: partnershipsMessage('action.activity.read'), roles: everyRole() },
} satisfies ActionTable;

/**
 * Registers the context's actions, the partnership-by-slug scope, and what a partnership may
 * refer to of it: a thematic area from the standard catalogue or of its own.
 */
@Injectable()
export class PartnershipsAccess implements OnModuleInit {
  constructor(
    private readonly registry: AccessRegistry,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  onModuleInit(): void {
    this.registry.define(PARTNERSHIP_ACTIONS);
    this.registry.scope('partnershipSlug', {
      noun: partnershipsMessage('noun.partnership'),
      ids: 'text',
      resolve: async (slugs) => {
        const rows: { id: string; slug: string }[] = await this.txHost.tx.query(`SELECT id, slug FROM partnership WHERE slug = ANY($1::text[])`, [slugs]);
        return new Map(rows.map((row) => [row.slug, { partnershipId: row.id }]));
      },
    });
    this.registry.reference('thematicArea', {
      refusal: (id) => partnershipsMessage('area.reference', { id: id.slice(0, 80) }),
      usable: async (partnershipId, ids) => {
        const rows: { id: string }[] = await this.txHost.tx.query(
          `SELECT id FROM thematic_area WHERE id = ANY($2::uuid[]) AND (partnership_id IS NULL OR partnership_id = $1)`,
          [partnershipId, uuidsOf(ids)],
        );
        return new Set(rows.map((row) => row.id));
      },
    });
  }
}
