import { accessRuleOf, type AccessRule } from '@wspolnie/platform-graphql';
import type { GraphqlClient, TestApp } from '@wspolnie/platform-testing';
import {
  getNamedType,
  type GraphQLField,
  GraphQLEnumType,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLScalarType,
  type GraphQLSchema,
  isLeafType,
  isObjectType,
} from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * What the walk aims at: a real id of every kind an argument can name (scope kinds of the
 * access declarations, and what arguments refer to by name), and text only the victim's data
 * holds, so an answer that leaks it is seen. A new context is walked by adding its kinds here.
 */
export interface Victim {
  readonly ids: Readonly<Record<string, string>>;
  readonly markers: readonly string[];
}

export interface Operation {
  readonly kind: 'query' | 'mutation' | 'subscription';
  readonly name: string;
  readonly rule: AccessRule;
  readonly document: string;
  readonly variables: Record<string, unknown>;
}

export interface Finding {
  readonly operation: string;
  readonly problem: string;
}

/** Arguments named for what they refer to (besides the scope the declaration names). */
const KIND_OF_NAME: Record<string, string> = {
  userId: 'person',
  assigneeId: 'person',
  thematicAreaId: 'thematicArea',
  afterTaskId: 'task',
  projectId: 'project',
  partnershipId: 'partnership',
  invitationId: 'invitation',
  gminaTerc: 'gminaTerc',
  slug: 'partnershipSlug',
  planId: 'plan',
  revisionId: 'planRevision',
  commentId: 'planComment',
  inReplyToId: 'comment',
  programmeId: 'programme',
  teamId: 'programmeTeam',
  engagementId: 'engagement',
  activityId: 'activity',
  followUpId: 'activityFollowUp',
  meetingId: 'meeting',
  agendaItemId: 'agendaItem',
  voteId: 'vote',
};

function idOf(victim: Victim, kind: string, where: string): string {
  const id = victim.ids[kind];
  if (!id) throw new Error(`the walk has no victim of kind "${kind}" (for ${where}): add one to the victim`);
  return id;
}

/** A value the argument accepts, aimed at the victim's data where it names something. */
export function valueFor(name: string, type: GraphQLInputType, victim: Victim, where: string): unknown {
  if (type instanceof GraphQLNonNull) return valueFor(name, type.ofType, victim, where);
  if (type instanceof GraphQLList) return [];
  if (type instanceof GraphQLEnumType) return type.getValues()[type.getValues().length - 1].name;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => field.type instanceof GraphQLNonNull || KIND_OF_NAME[field.name])
        .map((field) => [field.name, valueFor(field.name, field.type, victim, `${where}.${field.name}`)]),
    );
  }
  const scalar = (type as GraphQLScalarType).name;
  const lower = name.toLowerCase();
  if (KIND_OF_NAME[name]) return idOf(victim, KIND_OF_NAME[name], where);
  if (scalar === 'ID' || scalar === 'UUID') return idOf(victim, 'partnership', where);
  if (scalar === 'Int') return name === 'afterSeq' ? 0 : 1;
  if (scalar === 'Boolean') return true;
  if (scalar === 'LocalDate') return '2024-01-01';
  if (scalar === 'DateTime') return new Date().toISOString();
  if (scalar === 'PLN') return '0.00';
  if (lower.includes('terc')) return idOf(victim, 'gminaTerc', where);
  if (lower.includes('email')) return 'someone@test.example';
  if (lower.includes('password')) return 'an-attempt-1234';
  if (lower.includes('token')) return 'not-a-real-token';
  return 'Próba';
}

/** Whether the argument at a dotted path (`input.programmeId`) must be given. */
function isRequired(field: GraphQLField<unknown, unknown>, path: string): boolean {
  const [name, ...rest] = path.split('.');
  let type: GraphQLInputType | undefined = field.args.find((arg) => arg.name === name)?.type;
  for (const key of rest) {
    const named = type && getNamedType(type);
    type = named instanceof GraphQLInputObjectType ? named.getFields()[key]?.type : undefined;
  }
  return type instanceof GraphQLNonNull;
}

/** Writes `value` at a dotted path of the arguments. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = target;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys[keys.length - 1]] = value;
}

/** Every leaf of a type, and of the objects below it to `depth`: whatever could leak is asked for. */
function selectionOf(type: GraphQLObjectType, depth: number): string {
  const parts = Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => !(arg.type instanceof GraphQLNonNull)))
    .flatMap((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return [field.name];
      if (depth > 0 && isObjectType(named)) return [`${field.name} { ${selectionOf(named, depth - 1)} }`];
      return [];
    });
  return parts.length ? parts.join(' ') : '__typename';
}

function operationOf(kind: Operation['kind'], field: GraphQLField<unknown, unknown>, victim: Victim): Operation {
  const rule = accessRuleOf(field);
  if (!rule) throw new Error(`${field.name} declares no access rule`);
  const args = field.args.filter((arg) => arg.type instanceof GraphQLNonNull || arg.name === 'id' || KIND_OF_NAME[arg.name]);
  const variables: Record<string, unknown> = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.name, arg.type, victim, `${field.name}.${arg.name}`)]));
  if (rule.kind === 'action' && rule.scope[0]) {
    // The declaration's own scope gets the victim's id of that kind; the alternatives stay empty,
    // unless the schema requires them (a team's programme): then they name the victim's too.
    for (const source of rule.scope.slice(1)) {
      if (!isRequired(field, source.from)) setPath(variables, source.from, undefined);
    }
    setPath(variables, rule.scope[0].from, idOf(victim, rule.scope[0].kind, field.name));
  }
  const used = args.filter((arg) => variables[arg.name] !== undefined);
  const declarations = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passing = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isObjectType(named) ? ` { ${selectionOf(named, 2)} }` : '';
  const document = `${kind} ${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`;
  return { kind, name: field.name, rule, document, variables };
}

/** Every operation of the schema, aimed at the victim. New operations are walked without touching this file. */
export function operationsAgainst(schema: GraphQLSchema, victim: Victim): Operation[] {
  const roots: [Operation['kind'], GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  return roots.flatMap(([kind, root]) => Object.values(root?.getFields() ?? {}).map((field) => operationOf(kind, field, victim)));
}

/** What someone with no role in the victim's partnership must be answered. */
function expectedCode(rule: AccessRule): string | null {
  if (rule.kind !== 'action') return null;
  // Platform-wide actions (creating partnerships) are refused as such; the rest as if nothing existed.
  return rule.scope.length ? 'NOT_FOUND' : 'FORBIDDEN';
}

/**
 * Calls every operation as `outsider` (signed in, with no role in the victim's partnership):
 * queries and mutations over HTTP, subscriptions over graphql-ws while the victim's
 * partnership changes. Answers what went wrong: a wrong refusal, or victim data in an answer.
 */
export async function walkAsOutsider(
  api: TestApp,
  outsider: GraphqlClient & { accessToken: string },
  victim: Victim,
  operations: readonly Operation[],
  changeVictim: () => Promise<unknown>,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const leaks = (answer: unknown) => victim.markers.filter((marker) => JSON.stringify(answer).includes(marker));
  const call = async (operation: Operation) => {
    const result = await outsider.gql(operation.document, operation.variables);
    const code = result.errors?.[0]?.extensions?.code;
    const expected = expectedCode(operation.rule);
    if (expected && (code !== expected || result.data)) findings.push({ operation: operation.name, problem: `answered ${code ?? 'data'}, not ${expected}` });
    for (const marker of leaks(result)) findings.push({ operation: operation.name, problem: `answer holds "${marker}"` });
  };
  const http = operations.filter((op) => op.kind !== 'subscription' && op.rule.kind !== 'public');
  for (const operation of http.filter((op) => op.rule.kind !== 'self')) await call(operation);
  const subscriptions = operations.filter((op) => op.kind === 'subscription');
  const answers = await Promise.all(subscriptions.map((operation) => firstAnswers(api, outsider.accessToken, operation)));
  await changeVictim();
  for (const [index, answer] of (await Promise.all(answers.map((pending) => pending.settle()))).entries()) {
    const operation = subscriptions[index];
    const expected = expectedCode(operation.rule);
    if (answer.data.length) findings.push({ operation: operation.name, problem: `streamed ${answer.data.length} event(s)` });
    if (expected && answer.code !== expected) findings.push({ operation: operation.name, problem: `ended with ${answer.code ?? 'nothing'}, not ${expected}` });
    for (const marker of leaks(answer)) findings.push({ operation: operation.name, problem: `stream holds "${marker}"` });
  }
  // Last: operations about oneself (signOutEverywhere ends the outsider's own session).
  for (const operation of http.filter((op) => op.rule.kind === 'self')) await call(operation);
  return findings;
}

/** Subscribes; `settle` waits a little for what arrived (events, or the refusal). */
async function firstAnswers(api: TestApp, token: string, operation: Operation) {
  const client = createClient({ url: api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  const data: unknown[] = [];
  let code: string | undefined;
  let ended = false;
  client.subscribe(
    { query: operation.document, variables: operation.variables },
    {
      next: (message) => {
        if (message.errors) code = String(message.errors[0]?.extensions?.['code']);
        // An event with some fields refused still carries the rest: that is streamed too.
        if (message.data) data.push(message.data);
      },
      error: (error) => {
        code = String((Array.isArray(error) ? error[0] : error)?.extensions?.code ?? (error as { code?: number }).code);
        ended = true;
      },
      complete: () => (ended = true),
    },
  );
  return {
    async settle() {
      const deadline = Date.now() + 3_000;
      while (!ended && data.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      await client.dispose();
      return { data, code };
    },
  };
}
