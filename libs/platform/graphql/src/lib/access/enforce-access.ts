import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import {
  defaultFieldResolver,
  type DocumentNode,
  execute,
  getNamedType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSchema,
  isObjectType,
  Kind,
  OperationTypeNode,
} from 'graphql';
import { assertCleanText } from '../clean-text';
import { PUSH, type Pushable, pushableOf, type Sink } from '../live-push';
import type { RequestContext } from '../loader-registry';
import { AccessRecheck, type AccessGate } from './access-gate';
import { accessRuleOf, type AccessRule } from './access-rule';

type Resolver = GraphQLFieldResolver<unknown, RequestContext, Record<string, unknown>>;

/**
 * Enforces every access declaration on the schema itself: each query, mutation and
 * subscription, and each field that declares a rule of its own, checks it before it runs.
 * The schema is refused (the API does not start) when an operation declares nothing.
 * Subscriptions keep being checked while they run: see guardedStream.
 */
export function enforceAccess(schema: GraphQLSchema, gate: () => AccessGate | undefined): GraphQLSchema {
  const roots = new Map<GraphQLObjectType | null | undefined, OperationTypeNode>([
    [schema.getQueryType(), OperationTypeNode.QUERY],
    [schema.getMutationType(), OperationTypeNode.MUTATION],
    [schema.getSubscriptionType(), OperationTypeNode.SUBSCRIPTION],
  ]);
  const undeclared: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const operation = roots.get(type);
    for (const field of Object.values(type.getFields())) {
      const rule = accessRuleOf(field);
      if (!rule) {
        if (operation) undeclared.push(`${type.name}.${field.name}`);
        continue;
      }
      const authorize = (parent: unknown, args: Record<string, unknown>, context: RequestContext) => check(gate, rule, parent, args, context, Boolean(operation));
      if (operation === OperationTypeNode.SUBSCRIPTION) field.subscribe = guardSubscribe((field.subscribe ?? defaultFieldResolver) as Resolver, authorize);
      else field.resolve = guardResolve((field.resolve ?? defaultFieldResolver) as Resolver, authorize, operation === OperationTypeNode.MUTATION);
    }
  }
  if (undeclared.length) throw new Error(`These operations declare no access rule, so nobody could call them: ${undeclared.join(', ')}`);
  return schema;
}

/** The policy actions the schema's declarations name (checked against the table at start). */
export function declaredActions(schema: GraphQLSchema): string[] {
  const actions = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const rule = accessRuleOf(field);
      if (rule?.kind === 'action') actions.add(rule.action);
    }
  }
  return [...actions].sort();
}

async function check(gate: () => AccessGate | undefined, rule: AccessRule, parent: unknown, args: Record<string, unknown>, context: RequestContext, root: boolean) {
  // A bad token is refused even on public operations, so clients learn to refresh it.
  if (root && context.authFailure) throw context.authFailure;
  assertCleanText(args);
  if (rule.kind === 'public') return;
  const access = gate();
  if (!access) throw new DomainError(ErrorCode.Unauthenticated, errorMessage('signInFirst'));
  await access.authorize(context.actor, rule, { args, parent });
}

function guardResolve(resolve: Resolver, authorize: (parent: unknown, args: Record<string, unknown>, context: RequestContext) => Promise<void>, mutation: boolean): Resolver {
  return async (parent, args, context, info) => {
    await authorize(parent, args, context);
    if (!mutation) return resolve(parent, args, context, info);
    // Nest hands a resolver's error back as its value (graphql-js then raises it), or throws it.
    let outcome: unknown;
    try {
      outcome = await resolve(parent, args, context, info);
    } catch (error) {
      outcome = error;
    }
    if (!(outcome instanceof Error)) return outcome;
    if (outcome instanceof DomainError && outcome.currentState) outcome.details['current'] = await selectionOf(info, outcome.currentState, context);
    throw outcome;
  };
}

function guardSubscribe(subscribe: Resolver, authorize: (parent: unknown, args: Record<string, unknown>, context: RequestContext) => Promise<void>): Resolver {
  return async (parent, args, context, info) => {
    await authorize(parent, args, context);
    const source = (await subscribe(parent, args, context, info)) as unknown;
    if (!source || typeof source !== 'object' || !(Symbol.asyncIterator in source)) return source;
    return guardedStream(source as unknown as AsyncIterator<unknown>, context, () => authorize(parent, args, context));
  };
}

/**
 * A subscription's events while its caller may still have them. When the source announces
 * that the caller's access in the stream changed (AccessRecheck, in the stream's own order),
 * the declaration is checked again before anything later is passed on, and a refusal ends the
 * subscription with that error: the same NOT_FOUND or FORBIDDEN an HTTP call would get. When
 * the socket's session ends, nothing more is passed on while the socket closes.
 */
export function guardedStream<T>(source: AsyncIterator<T | AccessRecheck>, context: Pick<RequestContext, 'actor' | 'connection'>, recheck: () => Promise<void>): AsyncIterableIterator<T> {
  const done = { done: true as const, value: undefined };
  const stop = async () => {
    await source.return?.();
    return done;
  };
  const guarded: AsyncIterableIterator<T> & Pushable<T> = {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        if (context.connection?.ended) return stop();
        const result = await source.next();
        if (result.done) return done;
        if (context.connection?.ended) return stop();
        if (!(result.value instanceof AccessRecheck)) return result as IteratorResult<T>;
        if (result.value.userId && result.value.userId !== context.actor?.userId) continue;
        try {
          await recheck();
        } catch (error) {
          await source.return?.();
          throw error;
        }
      }
    },
    return: () => stop(),
    async throw(error?: unknown) {
      await source.return?.();
      throw error;
    },
    // Handed over only while nothing needs checking: the caller's access change, or an ended session, comes through next().
    [PUSH](sink: Sink<T>) {
      pushableOf<T | AccessRecheck>(source)?.[PUSH]((value) =>
        context.connection?.ended ? false : value instanceof AccessRecheck ? Boolean(value.userId && value.userId !== context.actor?.userId) : sink(value),
      );
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return guarded;
}

const rootSchemas = new WeakMap<GraphQLObjectType, GraphQLSchema>();

/**
 * `value` answered as the field being resolved would answer it: the same type, the same
 * selection (fragments and variables included), its nested fields resolved as usual. A
 * CONFLICT thus carries the current state in exactly the shape the client asked for.
 */
export async function selectionOf(info: GraphQLResolveInfo, value: object, context: unknown): Promise<unknown> {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return value;
  let schema = rootSchemas.get(type);
  if (!schema) rootSchemas.set(type, (schema = new GraphQLSchema({ query: type })));
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      { kind: Kind.OPERATION_DEFINITION, operation: OperationTypeNode.QUERY, selectionSet: { kind: Kind.SELECTION_SET, selections: info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []) } },
      ...Object.values(info.fragments),
    ],
  };
  const result = await execute({ schema, document, rootValue: value, contextValue: context, variableValues: info.variableValues });
  return result.data ?? null;
}
