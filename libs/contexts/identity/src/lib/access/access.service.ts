import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import DataLoader from 'dataloader';
import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import { type AccessRule, type Actor, scopeOf } from '@wspolnie/platform-graphql';
import { identityMessage } from '../identity-messages';
import { AccessRegistry } from './access-registry';
import { PartnershipAccess } from './partnership-access.entity';
import { PartnershipGrants } from './partnership-grants';
import { PartnershipRole } from './partnership-role';
import { partnershipGrantsChanged, requestGrantsOf } from './request-grants';
import { type ActionDefinition, type ConditionInput, type Grant, type PartnershipGrant, type ScopeFacts, uuidsOf } from './policy';

/** Every partnership, for callers who may see them all. */
export const ALL_PARTNERSHIPS = 'all' as const;

/**
 * The one place that answers "may this caller take this action on this thing?", from the
 * policy table alone, whatever kind of place the role is held in (a partnership, an advisory
 * programme): the action is allowed when any of the caller's grants on the thing allows it.
 * Someone with no role where the thing lives is told it does not exist (NOT_FOUND, the same
 * answer as for an id that does not exist), so ids confirm nothing; someone whose roles do not
 * allow the action is told so (FORBIDDEN, naming the action in `extensions.action`).
 */
@Injectable()
export class AccessService {
  private readonly scopes = new Map<string, DataLoader<string, ScopeFacts | null>>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly registry: AccessRegistry,
    private readonly partnershipGrants: PartnershipGrants,
  ) {}

  private get access() {
    return this.txHost.tx.getRepository(PartnershipAccess);
  }

  requireActor(actor: Actor | undefined): Actor {
    if (!actor) throw new DomainError(ErrorCode.Unauthenticated, errorMessage('signInFirst'));
    return actor;
  }

  /** Checks a declaration (the API's gate asks this for every operation and declared field). */
  async authorize(actor: Actor | undefined, rule: AccessRule, source: { readonly args: Record<string, unknown>; readonly parent?: unknown }): Promise<void> {
    if (rule.kind === 'public') return;
    const caller = this.requireActor(actor);
    if (rule.kind === 'self') return;
    const definition = this.registry.action(rule.action);
    if (definition.platformWide) {
      if (caller.isPlatformAdmin && definition.platformAdmin) return;
      throw new DomainError(ErrorCode.Forbidden, identityMessage('access.platformOnly', { action: definition.words }), { action: rule.action });
    }
    const scope = scopeOf(rule, source.args, source.parent);
    if (!scope) {
      const field = rule.scope[0]?.from.replace(/^parent\./, '') ?? 'id';
      const sources = rule.scope.map((source) => source.from);
      throw DomainError.badInput(
        field,
        sources.length > 1
          ? identityMessage('access.giveEither', { first: sources.slice(0, -1).join(', '), last: sources.at(-1) ?? '' })
          : identityMessage('access.giveOne', { field: sources[0] ?? field }),
      );
    }
    const resolver = this.registry.scopeResolver(scope.kind);
    const textIds = resolver.ids === 'text';
    if (typeof scope.id !== 'string' || (!textIds && !uuidsOf([scope.id]).length)) {
      // Said before any look-up, so it tells nothing about what exists.
      const field = scope.from.split('.').at(-1) ?? 'id';
      throw DomainError.badInput(field, typeof scope.id !== 'string' && textIds ? errorMessage('textType', { field }) : errorMessage('uuid', { value: String(scope.id).slice(0, 80) }));
    }
    await this.assertCan(caller, rule.action, scope.kind, scope.id);
  }

  /** May `actor` take `action` on the thing `kind` + `id` names? Answers what is known of it. */
  async assertCan(actor: Actor | undefined, action: string, kind: string, id: unknown): Promise<ScopeFacts> {
    const caller = this.requireActor(actor);
    const definition = this.registry.action(action);
    const resolver = this.registry.scopeResolver(kind);
    const facts = typeof id === 'string' ? await this.factsOf(kind, id) : null;
    if (!facts) throw DomainError.notFound(resolver.noun, String(id));
    const grants = (await Promise.all(this.registry.grantSources().map((source) => source.grantsOn(caller.userId, facts, caller)))).flat();
    const inputOf = (grant: Grant | null): ConditionInput => ({
      caller,
      grant,
      scope: facts,
      hasCoordinator: () => this.hasCoordinator(grant?.heldIn ?? facts.partnershipId),
    });
    for (const grant of grants) {
      const condition = definition.roles[grant.role];
      if (condition && (await condition.test(inputOf(grant)))) return facts;
    }
    if (grants.length) throw this.refusal(action, definition, grants);
    if (caller.isPlatformAdmin) {
      const condition = definition.platformAdmin;
      if (condition && (await condition.test(inputOf(null)))) return facts;
      const words = definition.words;
      throw new DomainError(
        ErrorCode.Forbidden,
        condition?.refusal ? identityMessage('access.adminOnly', { action: words, condition: condition.refusal }) : identityMessage('access.adminNeedsRole', { action: words }),
        { action },
      );
    }
    throw DomainError.notFound(resolver.noun, String(id));
  }

  /** Names the role that came closest: one the action allows on a condition, else the first held. */
  private refusal(action: string, definition: ActionDefinition, grants: readonly Grant[]): DomainError {
    const grant = grants.find((candidate) => definition.roles[candidate.role]?.refusal) ?? grants[0];
    const condition = definition.roles[grant.role];
    const source = this.registry.sourceOf(grant.role);
    const words = { place: source.place, role: source.roleName(grant.role), action: definition.words };
    return new DomainError(ErrorCode.Forbidden, condition?.refusal ? identityMessage('access.roleOnly', { ...words, condition: condition.refusal }) : identityMessage('access.roleDenied', words), {
      action,
    });
  }

  /** The caller's role in a partnership and the gmina they act for there, or null. */
  grantOf(userId: string, partnershipId: string): Promise<PartnershipGrant | null> {
    return this.partnershipGrants.of(userId, partnershipId);
  }

  /** Partnership ids the caller may read; the platform administrator may read all. */
  async visiblePartnershipIds(actor: Actor | undefined): Promise<string[] | typeof ALL_PARTNERSHIPS> {
    if (!actor) return [];
    const read = this.registry.action('partnership.read');
    if (actor.isPlatformAdmin && read.platformAdmin) return ALL_PARTNERSHIPS;
    const known = this.txHost.isTransactionActive() ? null : requestGrantsOf(actor);
    const grants = known
      ? [...known.values()].map((grant) => ({ partnershipId: grant.heldIn as string, role: grant.role }))
      : await this.access.find({ where: { userId: actor.userId }, select: { partnershipId: true, role: true } });
    return grants.filter((grant) => read.roles[grant.role]).map((grant) => grant.partnershipId);
  }

  async hasCoordinator(partnershipId: string | undefined): Promise<boolean> {
    // Of a thing in no partnership, nothing may be done "while it has no coordinator".
    if (!partnershipId) return true;
    return this.access.existsBy({ partnershipId, role: PartnershipRole.COORDINATOR });
  }

  /** Gives someone a role in a partnership, or changes the one they have (no check: callers decide). */
  async grant(userId: string, partnershipId: string, role: PartnershipRole, gminaId: string | null = null): Promise<void> {
    await this.access.upsert({ userId, partnershipId, role, gminaId }, ['userId', 'partnershipId']);
    partnershipGrantsChanged();
  }

  grantsOf(userIds: readonly string[]): Promise<PartnershipAccess[]> {
    return this.access.createQueryBuilder('access').where('access.user_id IN (:...userIds)', { userIds }).getMany();
  }

  peopleOf(partnershipIds: readonly string[]): Promise<PartnershipAccess[]> {
    return this.access
      .createQueryBuilder('access')
      .where('access.partnership_id IN (:...partnershipIds)', { partnershipIds })
      .orderBy('access.role', 'ASC')
      .addOrderBy('access.granted_at', 'ASC')
      .getMany();
  }

  /**
   * What a scope's id stands for. Inside a transaction it is read there, so a change can check
   * access to what it has just written (a follow-up's task on a project made in the same seed);
   * outside one, look-ups of the same tick go to the database together, and never inside a
   * transaction that happens to be running (a batch must not see anyone's uncommitted rows).
   */
  private async factsOf(kind: string, id: string): Promise<ScopeFacts | null> {
    if (!this.txHost.isTransactionActive()) return this.scopeLoader(kind).load(id);
    const found = await this.registry.scopeResolver(kind).resolve([id]);
    return found.get(id) ?? found.get(id.toLowerCase()) ?? null;
  }

  private scopeLoader(kind: string): DataLoader<string, ScopeFacts | null> {
    let loader = this.scopes.get(kind);
    if (!loader) {
      const resolver = this.registry.scopeResolver(kind);
      loader = new DataLoader(
        async (ids) => {
          const found = await this.txHost.withoutTransaction(() => resolver.resolve(ids));
          return ids.map((id) => found.get(id) ?? found.get(id.toLowerCase()) ?? null);
        },
        { cache: false, maxBatchSize: 5_000 },
      );
      this.scopes.set(kind, loader);
    }
    return loader;
  }
}
