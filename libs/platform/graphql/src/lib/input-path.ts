import { type ASTNode, GraphQLError, Kind, parse } from 'graphql';

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
  if (!source) return undefined;
  try {
    return usagePath(parse(source), name);
  } catch {
    return undefined;
  }
}

/** The argument and object field names down to the first place the variable is passed. */
function usagePath(node: ASTNode, name: string, segments: string[] = []): string[] | undefined {
  if (node.kind === Kind.VARIABLE_DEFINITION) return undefined;
  if (node.kind === Kind.VARIABLE && node.name.value === name) return segments;
  const named = node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD ? [...segments, node.name.value] : segments;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    const children = Array.isArray(value) ? value : [value];
    for (const [index, child] of children.entries()) {
      if (!child || typeof child !== 'object' || typeof (child as ASTNode).kind !== 'string') continue;
      const found = usagePath(child as ASTNode, name, node.kind === Kind.LIST ? [...named, String(index)] : named);
      if (found) return found;
    }
  }
  return undefined;
}

/** A literal in the document: the path of argument and object field names down to its node. */
function literalPath(error: GraphQLError): string | undefined {
  const start = error.nodes?.[0]?.loc?.start;
  if (start === undefined || !error.source) return undefined;
  let document: ASTNode;
  try {
    document = parse(error.source);
  } catch {
    return undefined;
  }
  const segments = pathTo(document, start);
  if (!segments) return undefined;
  return (segments.length > 1 && segments[0] === 'input' ? segments.slice(1) : segments).join('.');
}

function pathTo(node: ASTNode, start: number, segments: string[] = []): string[] | undefined {
  if (!node.loc || start < node.loc.start || start >= node.loc.end) return undefined;
  const named = node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD ? [...segments, node.name.value] : segments;
  if (node.loc.start === start && (node.kind === Kind.STRING || node.kind === Kind.INT || node.kind === Kind.FLOAT || node.kind === Kind.OBJECT || node.kind === Kind.LIST || node.kind === Kind.ENUM || node.kind === Kind.BOOLEAN || node.kind === Kind.NULL)) {
    return named;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    const children = Array.isArray(value) ? value : [value];
    for (const [index, child] of children.entries()) {
      if (!child || typeof child !== 'object' || typeof (child as ASTNode).kind !== 'string') continue;
      const inList = node.kind === Kind.LIST ? [...named, String(index)] : named;
      const found = pathTo(child as ASTNode, start, inList);
      if (found) return found;
    }
  }
  return undefined;
}
