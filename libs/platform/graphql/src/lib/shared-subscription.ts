import { Extensions } from '@nestjs/graphql';
import {
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  Kind,
  print,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';

const EXTENSION = 'sameForEverySubscriber';

/**
 * Declares that a type's fields (on an object type), or a subscription's root resolver (on a
 * resolver method), answer the same whoever is subscribed: they read only the event, never
 * the caller. Subscriptions that select nothing else are executed once per event and the
 * result is sent to every subscriber with the same query and variables.
 */
export const SameForEverySubscriber = () => Extensions({ [EXTENSION]: true });

/**
 * True when every field the document selects is declared the same for every subscriber
 * (fields of fragments included: TypeInfo follows their type conditions).
 */
export function isShareable(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let shareable = document.definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'subscription');
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: (node) => {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || !(parent.extensions[EXTENSION] === true || field.extensions[EXTENSION] === true)) shareable = false;
      },
    }),
  );
  return shareable;
}

type Outcome = ExecutionResult | Promise<ExecutionResult>;

/** Per event object: results by query, variables and operation. Collected with the event. */
const results = new WeakMap<object, Map<string, Outcome>>();

function executeShared(args: ExecutionArgs, key: string, payload: unknown): Outcome {
  if (typeof payload !== 'object' || payload === null) return execute({ ...args, rootValue: payload });
  let byQuery = results.get(payload);
  if (!byQuery) results.set(payload, (byQuery = new Map()));
  let outcome = byQuery.get(key);
  if (!outcome) byQuery.set(key, (outcome = execute({ ...args, rootValue: payload })));
  return outcome;
}

/**
 * graphql-js's subscribe, except that an operation declared the same for every subscriber is
 * executed once per event however many subscribe to it: with 10,000 subscribers of one
 * project, one execution instead of 10,000. Everything else runs as graphql-js runs it.
 */
export async function shareableSubscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
  const source = stream as AsyncIterableIterator<unknown>;
  const key = isShareable(args.schema, args.document)
    ? `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${args.document.loc?.source.body ?? print(args.document)}`
    : null;
  return mapAsync(source, (payload) => (key ? executeShared(args, key, payload) : execute({ ...args, rootValue: payload })));
}

/**
 * Maps an async iterator. return() goes straight to the source, as in graphql-js: a
 * subscriber leaving must not wait for the next event to arrive.
 */
function mapAsync<T, R>(source: AsyncIterableIterator<T>, map: (value: T) => R | Promise<R>): AsyncIterableIterator<R> {
  const close = async () => {
    await source.return?.();
    return { done: true as const, value: undefined };
  };
  return {
    async next() {
      const next = await source.next();
      if (next.done) return { done: true, value: undefined };
      try {
        return { done: false, value: await map(next.value) };
      } catch (error) {
        await close();
        throw error;
      }
    },
    return: close,
    async throw(error?: unknown) {
      await close();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
