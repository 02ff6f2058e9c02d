import { applyDecorators, SetMetadata } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import type { GraphQLField } from 'graphql';

/**
 * Every query, mutation, subscription and HTTP route says who may call it, where it is
 * written; fields that need more than their parent's access say so too. The rules name an
 * action of the one policy table and where the thing acted on comes from; which roles may take
 * the action, and on what condition, is the table's business (the identity context composes it
 * from every context's actions). An operation that declares nothing is refused: the API does
 * not even start with one (see enforceAccess).
 */
export type AccessRule =
  | { readonly kind: 'public' }
  /** Any signed-in person; the operation only concerns the caller themselves. */
  | { readonly kind: 'self' }
  | { readonly kind: 'action'; readonly action: string; readonly scope: readonly ScopeSource[] };

/**
 * Where the scope comes from: `kind` names a scope resolver ("project"), `from` a path into the
 * arguments ("input.id") or, for fields, into the parent ("parent.partnershipId").
 */
export interface ScopeSource {
  readonly kind: string;
  readonly from: string;
}

export const ACCESS_RULE = 'wspolnie:access';
const EXTENSION = 'access';

const declare = (rule: AccessRule) => applyDecorators(SetMetadata(ACCESS_RULE, rule), Extensions({ [EXTENSION]: rule }));

/** Anyone, signed in or not (the public gmina register, signing in). */
export const Public = () => declare({ kind: 'public' });

/** Any signed-in person, for operations about themselves (me, changePassword). */
export const Authenticated = () => declare({ kind: 'self' });

/**
 * An action of the policy table, on the scope the arguments name. `scope` maps scope kinds to
 * paths; with several, the first one given is used (`{ partnership: 'id', partnershipSlug:
 * 'slug' }`). Without a scope the action is platform-wide (creating partnerships).
 */
export const Can = (action: string, scope: Record<string, string> = {}) =>
  declare({ kind: 'action', action, scope: Object.entries(scope).map(([kind, from]) => ({ kind, from })) });

/** The rule a schema field declares, if any. */
export function accessRuleOf(field: GraphQLField<unknown, unknown>): AccessRule | undefined {
  return field.extensions[EXTENSION] as AccessRule | undefined;
}

/** The scope a rule names for these arguments (and parent): the first source that is given. */
export function scopeOf(rule: AccessRule, args: Record<string, unknown>, parent?: unknown): { kind: string; id: unknown; from: string } | null {
  if (rule.kind !== 'action') return null;
  for (const source of rule.scope) {
    const [root, ...path] = source.from.split('.');
    const start: unknown = root === 'parent' ? parent : args[root];
    const value = path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined), start);
    if (value !== undefined && value !== null) return { kind: source.kind, id: value, from: source.from };
  }
  return null;
}
