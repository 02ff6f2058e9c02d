import { type ASTNode, GraphQLError, Kind, parse, type Source } from 'graphql';

/**
 * Where in the input a value graphql-js refused sits, named as the input names it
 * (`members.1.gminaTerc`), the same way the validation pipe names fields. An argument named
 * `input` is the root; other arguments and variables start with their own name.
 */
export function inputPathOf(error: GraphQLError): string | undefined {
  return variablePath(error) ?? literalPath(error);
}

/**
 * `Variable "$input" got invalid value … at "input.members[1].gminaTerc"; <inner message>`.
 * Strings in the printed value have their quotes escaped, so the first ` at "…"; ` is the path.
 */
function variablePath(error: GraphQLError): string | undefined {
  const variable = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value /.exec(error.message);
  if (!variable) return undefined;
  const at = / at "([^"]+)"; /.exec(error.message);
  const below = at ? at[1].replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).slice(1) : [];
  // Where the operation passes the variable ($i → the argument `input`), named as the schema names it.
  const usage = usageOf(error, variable[1]) ?? [variable[1]];
  const segments = [...usage, ...below];
  return (segments.length > 1 && segments[0] === 'input' ? segments.slice(1) : segments).join('.');
}

function usageOf(error: GraphQLError, name: string): string[] | undefined {
  const source = error.source ?? error.nodes?.[0]?.loc?.source;
  return source ? namesDownTo(source, (node) => (node.kind === Kind.VARIABLE_DEFINITION ? 'skip' : node.kind === Kind.VARIABLE && node.name.value === name)) : undefined;
}

const VALUES = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.OBJECT, Kind.LIST, Kind.ENUM, Kind.BOOLEAN, Kind.NULL]);

/** A literal in the document: the path of argument and object field names down to its node. */
function literalPath(error: GraphQLError): string | undefined {
  const start = error.nodes?.[0]?.loc?.start;
  if (start === undefined || !error.source) return undefined;
  const segments = namesDownTo(error.source, (node) => {
    if (!node.loc || start < node.loc.start || start >= node.loc.end) return 'skip';
    return node.loc.start === start && VALUES.has(node.kind);
  });
  if (!segments) return undefined;
  return (segments.length > 1 && segments[0] === 'input' ? segments.slice(1) : segments).join('.');
}

/**
 * The argument names, object field names and list indexes from the document's root down to
 * the first node `found` accepts; `'skip'` leaves a node's subtree out of the search.
 */
function namesDownTo(source: Source, found: (node: ASTNode) => boolean | 'skip'): string[] | undefined {
  let document: ASTNode;
  try {
    document = parse(source);
  } catch {
    return undefined;
  }
  const search = (node: ASTNode, segments: string[]): string[] | undefined => {
    const verdict = found(node);
    if (verdict === 'skip') return undefined;
    const named = node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD ? [...segments, node.name.value] : segments;
    if (verdict) return named;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'loc') continue;
      for (const [index, child] of (Array.isArray(value) ? value : [value]).entries()) {
        if (!child || typeof child !== 'object' || typeof (child as ASTNode).kind !== 'string') continue;
        const path = search(child as ASTNode, node.kind === Kind.LIST ? [...named, String(index)] : named);
        if (path) return path;
      }
    }
    return undefined;
  };
  return search(document, []);
}
