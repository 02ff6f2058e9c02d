import { DomainError, errorMessage, type FieldProblem } from '@wspolnie/platform-errors';

// A NUL byte cannot be stored in PostgreSQL text; a lone surrogate is not Unicode and would
// be stored as U+FFFD by the driver, silently changing what the person wrote.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * No text Wspólnie keeps is longer (descriptions stop at 10,000 characters); arguments that
 * are not validated one by one (tokens, e-mails passed as such) are bounded by this.
 */
export const LONGEST_TEXT = 20_000;

/**
 * A document's whole text, sent as Markdown in a field named `markdown` (a plan's revision): a
 * strategy runs to a hundred pages. Its own limit is checked where it is taken.
 */
export const LONGEST_DOCUMENT = 300_000;

function collect(value: unknown, path: string, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) problems.push({ field: path, message: errorMessage('textNul', { field: path }) });
    else if (LONE_SURROGATE.test(value)) problems.push({ field: path, message: errorMessage('textSurrogate', { field: path }) });
    else if (value.length > limitOf(path)) problems.push({ field: path, message: errorMessage('tooLong', { field: path, max: limitOf(path) }) });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, `${path}.${index}`, problems));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [name, item] of Object.entries(value)) collect(item, path ? `${path}.${name}` : name, problems);
  }
}

function limitOf(path: string): number {
  return path === 'markdown' || path.endsWith('.markdown') ? LONGEST_DOCUMENT : LONGEST_TEXT;
}

/**
 * Refuses text that cannot be kept as sent, in every argument of every operation, with the
 * field's path as the validation pipe names it (the `input` argument is the root).
 */
export function assertCleanText(args: Record<string, unknown>): void {
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(args)) collect(value, name === 'input' ? '' : name, problems);
  if (problems.length) throw DomainError.invalidFields(problems);
}
