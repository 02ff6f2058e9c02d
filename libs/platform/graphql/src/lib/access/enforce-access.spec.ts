import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import { defineMessages } from '@wspolnie/platform-i18n';

const says = defineMessages('enforce-access.spec', {
  en: { not: 'not {{action}}', badToken: 'bad token', gone: 'gone' },
  pl: { not: 'nie {{action}}', badToken: 'zły token', gone: 'nie ma' },
});
import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { LoaderRegistry, type RequestContext } from '../loader-registry';
import { AccessRecheck, type AccessGate } from './access-gate';
import type { AccessRule } from './access-rule';
import { declaredActions, enforceAccess, guardedStream } from './enforce-access';

const rule = (value: AccessRule) => ({ access: value });

function schemaWith(fields: Record<string, AccessRule | undefined>): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: Object.fromEntries(
        Object.entries(fields).map(([name, access]) => [name, { type: GraphQLString, extensions: access ? rule(access) : {}, resolve: () => `${name} answered` }]),
      ),
    }),
  });
}

const gate = (allowed: string[]): AccessGate => ({
  authenticate: async () => null,
  authorize: async (_actor, access) => {
    if (access.kind === 'action' && !allowed.includes(access.action)) throw new DomainError(ErrorCode.Forbidden, says('not', { action: access.action }));
  },
  assertKnownActions: () => undefined,
});

const context = (extra: Partial<RequestContext> = {}): RequestContext => ({ loaders: new LoaderRegistry(), actor: { userId: 'u', isPlatformAdmin: false }, ...extra });

describe('enforceAccess', () => {
  it('refuses to build a schema with an operation that declares nothing', () => {
    expect(() => enforceAccess(schemaWith({ open: { kind: 'public' }, forgotten: undefined }), () => gate([]))).toThrow(
      'These operations declare no access rule, so nobody could call them: Query.forgotten',
    );
  });

  it('checks each declaration before the resolver runs, and answers the refusal', async () => {
    const schema = enforceAccess(
      schemaWith({ open: { kind: 'public' }, allowed: { kind: 'action', action: 'a.read', scope: [] }, refused: { kind: 'action', action: 'a.write', scope: [] } }),
      () => gate(['a.read']),
    );
    const result = await graphql({ schema, source: '{ open allowed refused }', contextValue: context() });
    expect(result.data).toEqual({ open: 'open answered', allowed: 'allowed answered', refused: null });
    expect(result.errors?.map((error) => error.message)).toEqual(['not a.write']);
    expect(declaredActions(schema)).toEqual(['a.read', 'a.write']);
  });

  it('answers a bad token on every operation, public ones included, and refuses all but public ones without a gate', async () => {
    const schema = enforceAccess(schemaWith({ open: { kind: 'public' }, mine: { kind: 'self' } }), () => undefined);
    const bad = await graphql({ schema, source: '{ open }', contextValue: context({ authFailure: new DomainError(ErrorCode.Unauthenticated, says('badToken')) }) });
    expect(bad.errors?.[0]?.message).toBe('bad token');
    const ungated = await graphql({ schema, source: '{ open mine }', contextValue: context() });
    expect(ungated.data).toEqual({ open: 'open answered', mine: null });
  });
});

describe('guardedStream', () => {
  async function* source(...items: unknown[]) {
    for (const item of items) yield item;
  }

  it('re-checks at an access change of the caller and ends with its refusal, passing nothing after it', async () => {
    let allowed = true;
    const recheck = jest.fn(async () => {
      if (!allowed) throw new DomainError(ErrorCode.NotFound, says('gone'));
    });
    const stream = guardedStream(source(1, new AccessRecheck('someone else'), 2, new AccessRecheck('u'), 3, new AccessRecheck('u'), 4), context(), recheck);
    expect((await stream.next()).value).toBe(1);
    expect((await stream.next()).value).toBe(2);
    expect(recheck).not.toHaveBeenCalled();
    expect((await stream.next()).value).toBe(3);
    expect(recheck).toHaveBeenCalledTimes(1);
    allowed = false;
    await expect(stream.next()).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('passes nothing more once the connection\'s session has ended', async () => {
    const connection = { session: { userId: 'u', isPlatformAdmin: false, sessionId: 's', expiresAt: new Date() }, ended: false };
    const stream = guardedStream(source(1, 2), context({ connection }), async () => undefined);
    expect((await stream.next()).value).toBe(1);
    connection.ended = true;
    expect(await stream.next()).toEqual({ done: true, value: undefined });
  });
});
