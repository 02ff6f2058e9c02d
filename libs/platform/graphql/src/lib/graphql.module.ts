import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AppConfig } from '@wspolnie/platform-config';
import { formatError } from './format-error';
import { GraphqlExceptionFilter } from './graphql-exception.filter';
import { LoaderRegistry, type RequestContext } from './loader-registry';
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

@Module({})
export class ApiGraphqlModule {
  static forRoot(options: ApiGraphqlOptions = {}): DynamicModule {
    return {
      module: ApiGraphqlModule,
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [AppConfig],
          useFactory: (config: AppConfig): ApolloDriverConfig => {
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
              plugins: armor.plugins as ApolloDriverConfig['plugins'],
              formatError,
              context: ({ req }: { req: RequestContext['req'] }): RequestContext => ({ req, loaders: new LoaderRegistry() }),
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
