import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import DataLoader from 'dataloader';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { ACTION_WORDS, PLATFORM_ADMIN_ACTIONS, type PartnershipAction, roleAllows } from './access-policy';
import { PartnershipAccess } from './partnership-access.entity';
import type { PartnershipRole } from './partnership-role';

/** Every partnership, for callers who may see them all. */
export const ALL_PARTNERSHIPS = 'all' as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** "<userId>:<partnershipId>", lower-cased as PostgreSQL prints uuids, so rows match their keys. */
const keyOf = (userId: string, partnershipId: string) => `${userId}:${partnershipId}`.toLowerCase();

/**
 * The one place that answers "may this caller do this in this partnership?". Someone with no
 * role in a partnership is told it does not exist (NOT_FOUND, the same answer as for an id that
 * does not exist), so ids confirm nothing; someone whose role does not allow the action is told
 * so (FORBIDDEN).
 */
@Injectable()
export class AccessService {
  /**
   * Role look-ups made outside a transaction in the same tick, as a crowd of live subscribers
   * re-checking their access on one event does, go to the database as one query. Nothing is
   * cached (`cache: false`): a role taken away must count at the very next check.
   */
  private readonly roles = new DataLoader<string, PartnershipRole | null>((keys) => this.rolesOf(keys), { cache: false, maxBatchSize: 5_000 });

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get grants() {
    return this.txHost.tx.getRepository(PartnershipAccess);
  }

  requireActor(actor: Actor | undefined): Actor {
    if (!actor) throw new DomainError(ErrorCode.Unauthenticated, 'Sign in first.');
    return actor;
  }

  /** Partnership ids the caller may read; the platform administrator may read all. */
  async visiblePartnershipIds(actor: Actor | undefined): Promise<string[] | typeof ALL_PARTNERSHIPS> {
    if (!actor) return [];
    if (actor.isPlatformAdmin) return ALL_PARTNERSHIPS;
    const grants = await this.grants.find({ where: { userId: actor.userId }, select: { partnershipId: true } });
    return grants.map((grant) => grant.partnershipId);
  }

  async roleOf(userId: string, partnershipId: string): Promise<PartnershipRole | null> {
    // A mutation's transaction must read its own writes, which a shared batch outside it cannot.
    if (this.txHost.isTransactionActive()) return (await this.grants.findOneBy({ userId, partnershipId }))?.role ?? null;
    return this.roles.load(keyOf(userId, partnershipId));
  }

  async assertCan(actor: Actor | undefined, action: PartnershipAction, partnershipId: string): Promise<void> {
    const caller = this.requireActor(actor);
    const role = await this.roleOf(caller.userId, partnershipId);
    if (role && roleAllows(role, action)) return;
    if (caller.isPlatformAdmin && PLATFORM_ADMIN_ACTIONS.includes(action)) return;
    if (!role && !caller.isPlatformAdmin) throw DomainError.notFound('Partnership', partnershipId);
    throw new DomainError(
      ErrorCode.Forbidden,
      role
        ? `Your role in this partnership (${role.toLowerCase().replace('_', ' ')}) does not allow ${ACTION_WORDS[action]}.`
        : `A platform administrator needs a role in this partnership for ${ACTION_WORDS[action]}.`,
    );
  }

  assertPlatformAdmin(actor: Actor | undefined, what: string): void {
    if (!this.requireActor(actor).isPlatformAdmin) {
      throw new DomainError(ErrorCode.Forbidden, `Only a platform administrator may ${what}.`);
    }
  }

  /** Gives someone a role in a partnership, or changes the one they have. */
  async grant(userId: string, partnershipId: string, role: PartnershipRole): Promise<void> {
    await this.grants.upsert({ userId, partnershipId, role }, ['userId', 'partnershipId']);
  }

  grantsOf(userIds: readonly string[]): Promise<PartnershipAccess[]> {
    return this.grants.createQueryBuilder('access').where('access.user_id IN (:...userIds)', { userIds }).getMany();
  }

  private async rolesOf(keys: readonly string[]): Promise<(PartnershipRole | null)[]> {
    // One malformed id must not fail the whole batch with a uuid cast error; it holds no role.
    const valid = keys.map((key) => key.split(':')).filter(([userId, partnershipId]) => UUID.test(userId) && UUID.test(partnershipId ?? ''));
    const rows: { user_id: string; partnership_id: string; role: PartnershipRole }[] = valid.length
      ? await this.txHost.withoutTransaction(() =>
          this.txHost.tx.query(
            `SELECT user_id, partnership_id, role FROM partnership_access
             WHERE (user_id, partnership_id) IN (SELECT * FROM unnest($1::uuid[], $2::uuid[]))`,
            [valid.map(([userId]) => userId), valid.map(([, partnershipId]) => partnershipId)],
          ),
        )
      : [];
    const roles = new Map(rows.map((row) => [keyOf(row.user_id, row.partnership_id), row.role]));
    return keys.map((key) => roles.get(key) ?? null);
  }

  peopleOf(partnershipIds: readonly string[]): Promise<PartnershipAccess[]> {
    return this.grants
      .createQueryBuilder('access')
      .where('access.partnership_id IN (:...partnershipIds)', { partnershipIds })
      .orderBy('access.role', 'ASC')
      .addOrderBy('access.granted_at', 'ASC')
      .getMany();
  }
}
