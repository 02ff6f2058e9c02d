import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, ModuleRef } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { AppConfig } from '@wspolnie/platform-config';
import { GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { formatError } from './format-error';
import { GraphqlExceptionFilter } from './graphql-exception.filter';
import { type Actor, LoaderRegistry, type RequestContext } from './loader-registry';
import { answerPreloadedFields, PreloadedFields } from './preloaded-fields';
import { shareableSubscribe } from './shared-subscription';
import { inputValidationPipe } from './validation.pipe';

/**
 * Query limits. Relay connections add two levels per hop (`edges { node }`), so a legitimate
 * partnerships → members → gmina → powiat → voivodeship read is already depth 8.
 */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 15, maxCost: 20_000, maxTokens: 5_000 } as const;

export interface ApiGraphqlOptions {
  /** Where to write the SDL of the generated schema, or `true` to keep it in memory. */
  readonly schemaFile?: string | true;
  /** A module exporting CONNECTION_AUTHENTICATOR; without one, WebSocket connections are refused. */
  readonly authentication?: Type | DynamicModule;
}

/** Checks the access token a WebSocket client sends in its connection_init payload. */
export const CONNECTION_AUTHENTICATOR = Symbol('ConnectionAuthenticator');

export interface ConnectionAuthenticator {
  authenticate(accessToken: string): Promise<Actor | null>;
}

interface WsExtra {
  actor?: Actor;
  request?: RequestContext['req'];
}

@Module({})
export class ApiGraphqlModule {
  static forRoot(options: ApiGraphqlOptions = {}): DynamicModule {
    return {
      module: ApiGraphqlModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: options.authentication ? [options.authentication] : [],
          inject: [AppConfig, ModuleRef, { token: CONNECTION_AUTHENTICATOR, optional: true }],
          useFactory: (config: AppConfig, moduleRef: ModuleRef, authenticator?: ConnectionAuthenticator): ApolloDriverConfig => {
            const armor = new ApolloArmor({
              maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true },
              maxAliases: { n: QUERY_LIMITS.maxAliases },
              costLimit: { maxCost: QUERY_LIMITS.maxCost },
              maxTokens: { n: QUERY_LIMITS.maxTokens },
              blockFieldSuggestion: { enabled: !config.graphql.introspection },
            }).protect();
            return {
              path: '/graphql',
              autoSchemaFile: options.schemaFile ?? true,
              sortSchema: true,
              introspection: config.graphql.introspection,
              // The in-browser IDE needs the schema, so it follows the introspection setting.
              graphiql: config.graphql.introspection,
              csrfPrevention: true,
              allowBatchedHttpRequests: false,
              includeStacktraceInErrorResponses: false,
              validationRules: armor.validationRules,
              // The armor plugins are typed against their own copy of Apollo's types.
              // Cache control wraps every field resolver to compute HTTP cache hints; every
              // answer here depends on the caller, so it only cost time (measured in bench/).
              plugins: [ApolloServerPluginCacheControlDisabled(), ...(armor.plugins ?? [])] as ApolloDriverConfig['plugins'],
              formatError,
              transformSchema: answerPreloadedFields,
              // HTTP requests carry `req`; graphql-ws operations carry the connection's `extra`,
              // where onConnect left the authenticated actor.
              context: ({ req, extra }: { req?: RequestContext['req']; extra?: WsExtra }): RequestContext => ({
                req: req ?? extra?.request,
                actor: extra?.actor,
                loaders: new LoaderRegistry(),
                preloaded: new PreloadedFields(),
              }),
              subscriptions: {
                'graphql-ws': {
                  path: '/graphql',
                  // One execution per event for subscriptions declared the same for everyone.
                  subscribe: shareableSubscribe,
                  // A connection without a valid access token in connection_init is closed with
                  // 4403; returning false (not throwing) keeps the close code meaningful.
                  onConnect: async (ctx) => {
                    const token = bearerToken(ctx.connectionParams?.['authorization'] ?? ctx.connectionParams?.['Authorization']);
                    const actor = token && authenticator ? await authenticator.authenticate(token) : null;
                    if (!actor) return false;
                    (ctx.extra as WsExtra).actor = actor;
                    return true;
                  },
                  // graphql-ws does not run Apollo's validation rules either: the same limits
                  // (tokens, depth, aliases, cost) are checked here before a subscription starts.
                  onSubscribe: (_ctx: unknown, _id: string, payload: { query: string }) => {
                    const schema = moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
                    try {
                      const document = parse(payload.query, { maxTokens: QUERY_LIMITS.maxTokens });
                      const errors = validate(schema, document, [...specifiedRules, ...(armor.validationRules ?? [])]);
                      // Labelled as Apollo labels them over HTTP, so formatError answers alike.
                      return errors.length ? errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) : undefined;
                    } catch (error) {
                      const message = error instanceof Error ? error.message : String(error);
                      return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
                    }
                  },
                  // graphql-ws bypasses Apollo's formatError: apply the same one to what it sends.
                  onNext: (_ctx, _id, _payload, _args, result) =>
                    result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result,
                  onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) =>
                    errors.map((error) => formatError(error.toJSON(), error)),
                } as NonNullable<ApolloDriverConfig['subscriptions']>['graphql-ws'],
              },
            };
          },
        }),
      ],
      providers: [
        { provide: APP_PIPE, useFactory: inputValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
      ],
    };
  }
}

/** The token of `Bearer <token>` (or a bare token), or null. */
export function bearerToken(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^(?:Bearer\s+)?(\S+)$/i.exec(value.trim());
  return match ? match[1] : null;
}
