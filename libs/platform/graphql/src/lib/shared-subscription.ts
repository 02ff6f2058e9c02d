import { Extensions } from '@nestjs/graphql';
import {
  createSourceEventStream,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  type FragmentDefinitionNode,
  getOperationAST,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  print,
  type SelectionSetNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { compileOperation } from './compiled-queries';
import { accessRuleOf } from './access/access-rule';
import { PUSH, pushableOf, type Sink } from './live-push';

const EXTENSION = 'sameForEverySubscriber';

/**
 * Declares that a type's fields (on an object type), or a subscription's root resolver (on a
 * resolver method), answer the same whoever is subscribed: they read only the event, never
 * the caller. Subscriptions that select nothing else are executed once per event and the
 * result is sent to every subscriber with the same selection and variables (afterSeq aside).
 */
export const SameForEverySubscriber = () => Extensions({ [EXTENSION]: true });

/**
 * True when every field the document selects is declared the same for every subscriber
 * (fields of fragments included: TypeInfo follows their type conditions), and none below the
 * root declares an access rule of its own.
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
        // A field below the root with an access rule of its own answers by who asks. (The root
        // field's rule is checked when each subscriber subscribes, and in the stream.)
        const rule = field && accessRuleOf(field);
        if (parent !== schema.getSubscriptionType() && rule && rule.kind !== 'public') shareable = false;
      },
    }),
  );
  return shareable;
}

type Outcome = ExecutionResult | Promise<ExecutionResult>;

/**
 * Root-field arguments that only say where a subscriber's stream starts. Every subscriber
 * receives the same answer for the same event whatever they are, so they are left out of the
 * shape that results are shared by.
 */
const CURSOR_ARGUMENTS = new Set(['afterSeq']);

/**
 * At most this many results are held at once in the process, the oldest dropped first. A
 * result usually goes as soon as every subscriber of its shape has been sent it (the live
 * edge); this bounds what subscribers replaying from different points, or lagging, leave.
 * A dropped result costs one more execution if someone still needs it, never a wrong answer.
 */
export const SHARED_RESULTS_LIMIT = 1_000;

/** The subscribers that get the same answer for the same event, and the answers they share. */
interface Shape {
  readonly key: string;
  members: number;
  readonly results: Map<object, Shared>;
  /** The operation compiled by graphql-jit once its first event comes; null when it cannot be. */
  compiled?: CompiledQuery | null;
}

interface Shared {
  readonly shape: Shape;
  readonly event: object;
  readonly outcome: Outcome;
  /** How many of the shape's subscribers it was sent to. */
  sent: number;
}

const shapes = new Map<string, Shape>();
/** Every held result, oldest first. */
const held = new Set<Shared>();

/** How many shared results are held now (tests watch it stay bounded). */
export function sharedResultsHeld(): number {
  return held.size;
}

function drop(shared: Shared): void {
  held.delete(shared);
  shared.shape.results.delete(shared.event);
}

function join(key: string): Shape {
  let shape = shapes.get(key);
  if (!shape) shapes.set(key, (shape = { key, members: 0, results: new Map() }));
  shape.members += 1;
  return shape;
}

function leave(shape: Shape): void {
  shape.members -= 1;
  if (shape.members > 0) return;
  if (shapes.get(shape.key) === shape) shapes.delete(shape.key);
  [...shape.results.values()].forEach(drop);
}

/**
 * One event's answer, from the operation compiled once per shape (graphql-jit, as queries over
 * HTTP): a client catching up through 10,000 events gets 10,000 executions it shares with
 * nobody, and graphql-js reads the variables and arguments again for each. An operation
 * graphql-jit cannot compile is executed by graphql-js.
 */
function executeEvent(args: ExecutionArgs, shape: Shape, payload: object): Outcome {
  if (shape.compiled === undefined) shape.compiled = compileOperation(args.schema, args.document, args.operationName ?? undefined);
  return shape.compiled ? (shape.compiled.query(payload, args.contextValue, args.variableValues ?? {}) as Outcome) : execute({ ...args, rootValue: payload });
}

function executeShared(args: ExecutionArgs, shape: Shape, payload: unknown): Outcome {
  if (typeof payload !== 'object' || payload === null) return execute({ ...args, rootValue: payload });
  let shared = shape.results.get(payload);
  if (!shared) {
    shared = { shape, event: payload, outcome: executeEvent(args, shape, payload), sent: 0 };
    shape.results.set(payload, shared);
    held.add(shared);
    if (held.size > SHARED_RESULTS_LIMIT) drop(held.values().next().value as Shared);
  }
  shared.sent += 1;
  // Everyone who follows this shape now has had it: nobody is left to share it with.
  if (shared.sent >= shape.members) drop(shared);
  return shared.outcome;
}

/**
 * What shapes the answer to an event: the operation's selection (fragments included) and the
 * variables it reads, but neither the operation's name nor the root field's cursor arguments
 * (afterSeq) and the variables only they read. The arguments the access declaration reads
 * (partnershipId, projectId) stay: they pick the stream, and are checked for each subscriber
 * when it subscribes and again in the stream (guardedStream).
 */
export function shapeKey(args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>): string | null {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation) return null;
  const selectionSet: SelectionSetNode = {
    ...operation.selectionSet,
    selections: operation.selectionSet.selections.map((selection) =>
      selection.kind === Kind.FIELD ? { ...selection, arguments: selection.arguments?.filter((argument) => !CURSOR_ARGUMENTS.has(argument.name.value)) } : selection,
    ),
  };
  const fragments = args.document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION);
  const used = new Set<string>();
  for (const node of [selectionSet, ...fragments]) visit(node, { Variable: (variable) => void used.add(variable.name.value) });
  const stripped: OperationDefinitionNode = {
    ...operation,
    name: undefined,
    variableDefinitions: operation.variableDefinitions?.filter((definition) => used.has(definition.variable.name.value)),
    selectionSet,
  };
  const provided = args.variableValues ?? {};
  const variables = [...used].sort().map((name) => [name, provided[name]]);
  return JSON.stringify([print(stripped), fragments.map((fragment) => print(fragment)).sort(), variables]);
}

/**
 * graphql-js's subscribe, except that an operation declared the same for every subscriber is
 * executed once per event for every subscriber with the same shape (see shapeKey): with
 * 10,000 subscribers of one project, resuming from 10,000 different seqs, one execution per
 * event instead of 10,000. Everything else runs as graphql-js runs it.
 */
export async function shareableSubscribe(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult;
  const source = stream as AsyncIterableIterator<unknown>;
  const key = isShareable(args.schema, args.document) ? shapeKey(args) : null;
  if (key === null) return mapAsync(source, (payload) => execute({ ...args, rootValue: payload }));
  const shape = join(key);
  const mapped = mapAsync(
    source,
    (payload) => executeShared(args, shape, payload),
    () => leave(shape),
  );
  const pushable = pushableOf<unknown>(source);
  if (!pushable) return mapped;
  // The shared result of an event, handed to the sink as soon as the source has the event;
  // one that takes time to execute (an async resolver) comes through next().
  return Object.assign(mapped, {
    [PUSH]: (sink: Sink<ExecutionResult>) =>
      pushable[PUSH]((payload) => {
        try {
          const outcome = executeShared(args, shape, payload);
          return !(outcome instanceof Promise) && sink(outcome);
        } catch {
          return false;
        }
      }),
  });
}

/**
 * Maps an async iterator. return() goes straight to the source, as in graphql-js: a
 * subscriber leaving must not wait for the next event to arrive. `onEnd` runs once, however
 * it ends (return(), throw(), the source ending or failing).
 */
function mapAsync<T, R>(source: AsyncIterableIterator<T>, map: (value: T) => R | Promise<R>, onEnd?: () => void): AsyncIterableIterator<R> {
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd?.();
  };
  const close = async () => {
    end();
    await source.return?.();
    return { done: true as const, value: undefined };
  };
  return {
    async next() {
      let next: IteratorResult<T>;
      try {
        next = await source.next();
      } catch (error) {
        end();
        throw error;
      }
      if (next.done) {
        end();
        return { done: true, value: undefined };
      }
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
