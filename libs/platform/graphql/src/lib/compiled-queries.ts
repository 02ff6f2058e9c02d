import { type ApolloServerPlugin, type GraphQLRequestContext, HeaderMap } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { OperationTypeNode } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { formatError } from './format-error';

type Compiled = CompiledQuery;

/** Compiled operations of one schema, by document (Apollo keeps one object per validated query text) and operation name. */
class CompiledOperations {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Compiled | null>>>();

  get(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled | null {
    let byDocument = this.bySchema.get(schema);
    if (!byDocument) this.bySchema.set(schema, (byDocument = new WeakMap()));
    let byName = byDocument.get(document);
    if (!byName) byDocument.set(document, (byName = new Map()));
    const name = operationName ?? '';
    if (!byName.has(name)) byName.set(name, compileOperation(schema, document, operationName));
    return byName.get(name) ?? null;
  }
}

/**
 * One operation compiled by graphql-jit, for queries here and for subscription events
 * (shared-subscription.ts); null when it cannot be compiled, and the caller executes it with
 * graphql-js, as every document was before.
 */
export function compileOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Compiled | null {
  try {
    const query = compileQuery(schema, document, operationName, { customJSONSerializer: false });
    return isCompiledQuery(query) ? query : null;
  } catch {
    return null;
  }
}

/**
 * Queries executed by graphql-jit (issue #21): each validated document compiled once into plain
 * JavaScript, which runs a board's ten thousand fields without graphql-js's bookkeeping per field
 * (arguments read again for every field, a prototype-less object per result, slower for
 * JSON.stringify too): the board and plan reads took about a sixth less CPU. Parsing,
 * validation (the query limits included), the access checks (on the fields' resolvers) and the
 * request's plugins are Apollo's, as before. Errors raised while executing are formatted by the same formatError;
 * an answer refused before anything ran (variables that do not fit) is left to graphql-js,
 * which words it as clients know it. Mutations keep graphql-js (their CONFLICT answers
 * re-execute the selection there), and subscriptions never come this way.
 */
export function compiledQueries<T extends object>(): ApolloServerPlugin<T> {
  const operations = new CompiledOperations();
  return {
    async requestDidStart() {
      return {
        async responseForOperation(requestContext: GraphQLRequestContext<T>) {
          const { operation, document, schema, request, contextValue } = requestContext;
          if (operation?.operation !== OperationTypeNode.QUERY || !document) return null;
          const query = operations.get(schema, document, request.operationName ?? undefined);
          if (!query) return null;
          const result = await query.query(undefined, contextValue, request.variables ?? {});
          if (result.data === undefined) return null;
          const errors = result.errors?.length ? result.errors.map((error) => formatError(error.toJSON(), error)) : undefined;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single' as const, singleResult: { data: result.data as Record<string, unknown> | null, ...(errors ? { errors } : {}) } },
          };
        },
      };
    },
  };
}
