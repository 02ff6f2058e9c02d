import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Global, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, ModuleRef } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { AppConfig } from '@wspolnie/platform-config';
import { DomainError, ErrorCode, errorMessage } from '@wspolnie/platform-errors';
import { localeOf } from '@wspolnie/platform-i18n';
import { getOperationAST, GraphQLError, OperationTypeNode, specifiedRules } from 'graphql';
import { ACCESS_GATE, type AccessGate } from './access/access-gate';
import { bearerToken } from './access/bearer-token';
import { declaredActions, enforceAccess } from './access/enforce-access';
import { type LiveConnection, LiveConnections } from './access/live-connections';
import { RouteAccessGuard } from './access/route-access.guard';
import { compiledQueries } from './compiled-queries';
import { formatError } from './format-error';
import { answerInCallersLanguage, statusAsMediaTypeSays } from './localized-errors.plugin';
import { GraphqlExceptionFilter } from './graphql-exception.filter';
import { LoaderRegistry, type RequestContext } from './loader-registry';
import { answerPreloadedFields, PreloadedFields } from './preloaded-fields';
import { type CorkableSocket, pushToSocket, type WritableSocket } from './live-push';
import { shareableSubscribe } from './shared-subscription';
import { subscriptionDocuments } from './subscription-documents';
import { inputValidationPipe } from './validation.pipe';

/**
 * Query limits. Relay connections add two levels per hop (`edges { node }`), so a legitimate
 * partnerships → members → gmina → powiat → voivodeship read is already depth 8.
 */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 15, maxCost: 20_000, maxTokens: 5_000 } as const;

export interface ApiGraphqlOptions {
  /** Where to write the SDL of the generated schema, or `true` to keep it in memory. */
  readonly schemaFile?: string | true;
}

interface WsExtra {
  readonly socket: { close(code: number, reason: string): void } & WritableSocket;
  readonly request?: RequestContext['req'];
  connection?: LiveConnection;
}

/** The language of a socket's messages: the Accept-Language of the request that opened it. */
function localeOfSocket(extra: unknown): ReturnType<typeof localeOf> {
  return localeOf((extra as WsExtra | undefined)?.request?.headers['accept-language']);
}

/** The WebSocket connections of this process; global, so the context that ends sessions can reach them. */
@Global()
@Module({ providers: [LiveConnections], exports: [LiveConnections] })
export class LiveConnectionsModule {}

/** Finds the access gate (provided by the identity context) once it exists; null in apps without one. */
function gateOf(moduleRef: ModuleRef): () => AccessGate | undefined {
  let gate: AccessGate | null | undefined;
  return () => {
    if (gate === undefined) {
      try {
        gate = moduleRef.get<AccessGate>(ACCESS_GATE, { strict: false });
      } catch {
        gate = null;
      }
    }
    return gate ?? undefined;
  };
}

@Module({})
export class ApiGraphqlModule implements OnApplicationBootstrap {
  constructor(private readonly moduleRef: ModuleRef) {}

  /** Every action the declarations name must be in the policy table, or the API does not start. */
  onApplicationBootstrap(): void {
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    gateOf(this.moduleRef)()?.assertKnownActions(declaredActions(schema));
  }

  static forRoot(options: ApiGraphqlOptions = {}): DynamicModule {
    return {
      module: ApiGraphqlModule,
      imports: [
        LiveConnectionsModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [LiveConnectionsModule],
          inject: [AppConfig, ModuleRef, LiveConnections],
          useFactory: (config: AppConfig, moduleRef: ModuleRef, live: LiveConnections): ApolloDriverConfig => {
            const gate = gateOf(moduleRef);
            const armor = new ApolloArmor({
              maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
              // Every alias counts, __typename too: 1,000 aliased __typename are as many fields.
              maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [] },
              costLimit: { maxCost: QUERY_LIMITS.maxCost },
              // The parser's own limit (parseOptions) stops a long document before it is parsed;
              // armor's re-parses it in a plugin and its error escapes as HTTP 500.
              maxTokens: { enabled: false },
              blockFieldSuggestion: { enabled: !config.graphql.introspection },
            }).protect();
            const checkedDocument = subscriptionDocuments([...specifiedRules, ...(armor.validationRules ?? [])], QUERY_LIMITS.maxTokens);
            return {
              path: '/graphql',
              autoSchemaFile: options.schemaFile ?? true,
              sortSchema: true,
              introspection: config.graphql.introspection,
              // The explorer is the web app's /explorer page, bundled (Apollo's loads from a CDN).
              graphiql: false,
              csrfPrevention: true,
              allowBatchedHttpRequests: false,
              includeStacktraceInErrorResponses: false,
              validationRules: armor.validationRules,
              parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
              // The armor plugins are typed against their own copy of Apollo's types.
              // Cache control wraps every field resolver to compute HTTP cache hints; every
              // answer here depends on the caller, so it only cost time (measured in bench/).
              plugins: [ApolloServerPluginCacheControlDisabled(), answerInCallersLanguage, statusAsMediaTypeSays, ...(armor.plugins ?? []), compiledQueries()] as ApolloDriverConfig['plugins'],
              formatError,
              transformSchema: (schema) => enforceAccess(answerPreloadedFields(schema), gate),
              // Who is calling is settled once per request (HTTP) or per connection (WebSocket);
              // every declaration of the operation is then checked against it.
              context: async ({ req, res, extra }: { req?: RequestContext['req']; res?: RequestContext['res']; extra?: WsExtra }): Promise<RequestContext> => {
                const base = { loaders: new LoaderRegistry(), preloaded: new PreloadedFields(), res };
                if (extra) {
                  const connection = extra.connection;
                  return connection?.ended
                    ? { ...base, res: undefined, req: extra.request, connection, authFailure: new DomainError(ErrorCode.Unauthenticated, errorMessage('sessionEnded')) }
                    : { ...base, res: undefined, req: extra.request, connection, actor: connection?.session };
                }
                const token = bearerToken(req?.headers['authorization'], true);
                if (token === null) return { ...base, req };
                try {
                  const session = await gate()?.authenticate(token, 'request');
                  return session ? { ...base, req, actor: session } : { ...base, req, authFailure: new DomainError(ErrorCode.Unauthenticated, errorMessage('invalidToken')) };
                } catch (error) {
                  // The database did not answer: the operation is answered with that (SERVICE_UNAVAILABLE).
                  return { ...base, req, authFailure: error instanceof Error ? error : new Error(String(error)) };
                }
              },
              subscriptions: {
                'graphql-ws': {
                  path: '/graphql',
                  // One execution per event for subscriptions declared the same for everyone.
                  subscribe: shareableSubscribe,
                  // A connection without a valid access token in connection_init is closed with
                  // 4403; returning false (not throwing) keeps the close code meaningful. It is
                  // closed again when the token expires or its session ends (LiveConnections).
                  onConnect: async (ctx) => {
                    const token = bearerToken(ctx.connectionParams?.['authorization'] ?? ctx.connectionParams?.['Authorization']);
                    // A database that does not answer refuses the connection too (4403): clients retry it.
                    const session = token ? await gate()?.authenticate(token).catch(() => null) : null;
                    if (!session) return false;
                    const extra = ctx.extra as WsExtra;
                    // A browser opens the socket with its own Accept-Language; the app says the
                    // language its reader chose in connection_init, and the socket's answers follow it.
                    const language = ctx.connectionParams?.['accept-language'];
                    if (typeof language === 'string' && extra.request) extra.request.headers['accept-language'] = language.slice(0, 100);
                    extra.connection = live.open(session, extra.socket);
                    return true;
                  },
                  onClose: (ctx) => live.forget((ctx.extra as WsExtra).connection),
                  // Results shared by a cohort are written to each socket as they come, serialised once (see live-push).
                  onOperation: (ctx: { extra: unknown }, id: string, _payload: unknown, _args: unknown, result: unknown) => {
                    const extra = ctx.extra as WsExtra;
                    pushToSocket(result, extra.socket, id, (extra.request as { socket?: CorkableSocket } | undefined)?.socket);
                  },
                  // graphql-ws does not run Apollo's validation rules either: the same limits
                  // (tokens, depth, aliases, cost) are checked here before a subscription starts.
                  // Queries and mutations go over HTTP, where CSRF prevention, body limits and
                  // sign-in limits by address apply; this socket carries subscriptions only.
                  onSubscribe: (_ctx: unknown, _id: string, payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }) => {
                    const schema = moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
                    try {
                      const { document, errors } = checkedDocument(schema, payload.query);
                      // Labelled as Apollo labels them over HTTP, so formatError answers alike.
                      if (errors.length) return errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
                      if (getOperationAST(document, payload.operationName)?.operation !== OperationTypeNode.SUBSCRIPTION) {
                        return [new GraphQLError('subscriptions only', { originalError: new DomainError(ErrorCode.BadRequest, errorMessage('subscriptionsOnly')) })];
                      }
                      // Checked here, so graphql-ws neither parses nor validates it again.
                      return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
                    } catch (error) {
                      const message = error instanceof Error ? error.message : String(error);
                      return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
                    }
                  },
                  // graphql-ws bypasses Apollo's formatError: apply the same one to what it sends.
                  onNext: (ctx, _id, _payload, _args, result) =>
                    result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error, localeOfSocket(ctx.extra))) } : result,
                  // A stream that ends with an error (access taken away) arrives here wrapped in
                  // a GraphQLError without a path; the error it wraps is what the client is told.
                  onError: (ctx: { extra: unknown }, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
                    errors.map((error) => formatError(error.toJSON(), error.path ? error : (error.originalError ?? error), localeOfSocket(ctx.extra))),
                } as NonNullable<ApolloDriverConfig['subscriptions']>['graphql-ws'],
              },
            };
          },
        }),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: inputValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
        { provide: APP_GUARD, useClass: RouteAccessGuard },
      ],
    };
  }
}
