import { type DocumentNode, type GraphQLError, type GraphQLSchema, parse, type ValidationRule, validate } from 'graphql';

/** Distinct subscription texts kept parsed and validated, the oldest dropped first. */
export const DOCUMENTS_KEPT = 200;

export interface CheckedDocument {
  readonly document: DocumentNode;
  readonly errors: readonly GraphQLError[];
}

/**
 * Subscription documents parsed and validated once per text: 10,000 tabs subscribe with the
 * same few, and each parsed copy is an AST every one of them would hold for as long as it
 * stays subscribed. Validation depends on the schema and the document only, so its answer
 * is kept too. A text that does not parse throws, every time.
 */
export function subscriptionDocuments(rules: readonly ValidationRule[], maxTokens: number): (schema: GraphQLSchema, query: string) => CheckedDocument {
  const bySchema = new WeakMap<GraphQLSchema, Map<string, CheckedDocument>>();
  return (schema, query) => {
    let documents = bySchema.get(schema);
    if (!documents) bySchema.set(schema, (documents = new Map()));
    let checked = documents.get(query);
    if (!checked) {
      const document = parse(query, { maxTokens });
      checked = { document, errors: validate(schema, document, rules) };
      documents.set(query, checked);
      if (documents.size > DOCUMENTS_KEPT) documents.delete(documents.keys().next().value as string);
    }
    return checked;
  };
}
