import { DomainError, errorMessage } from '@wspolnie/platform-errors';

/**
 * A download's query string, read the one way every download reads it: a parameter it does not
 * take is a mistake worth saying (the route guard checks the declared scope, whatever else the
 * query holds), one given twice is refused, and one left out is null (an empty one is "": what it means is the download's).
 */
export function downloadParameters<const N extends string>(query: Record<string, unknown>, names: readonly N[]): Record<N, string | null> {
  const unknown = Object.keys(query).find((name) => !(names as readonly string[]).includes(name));
  if (unknown !== undefined) throw DomainError.badInput(unknown, errorMessage('unknownParameter', { name: unknown.slice(0, 40), names: names.join(', ') }));
  const values = {} as Record<N, string | null>;
  for (const name of names) {
    const value = query[name];
    if (value !== undefined && typeof value !== 'string') throw DomainError.badInput(name, errorMessage('repeatedParameter', { name }));
    values[name] = value === undefined ? null : value;
  }
  return values;
}
