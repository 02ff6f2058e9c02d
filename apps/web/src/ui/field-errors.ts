import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Translate } from '../i18n/I18n';
import type { MessageId } from '../i18n/messages';

/** The input id for an API field path; a form prefix keeps two forms on one page apart. */
export function fieldId(path: string, form?: string): string {
  return `${form ? `${form}-` : ''}field-${path.replace(/[^\w-]/g, '-')}`;
}

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** What the API said was wrong: per field where it named one, and the rest in one sentence. */
export interface ApiProblem {
  readonly code: string;
  readonly message: string;
  readonly fields: readonly FieldError[];
  readonly extensions: Record<string, unknown>;
}

interface ErrorExtensions {
  code?: string;
  field?: string;
  fields?: { field: string; message: string }[];
}

/**
 * The API's error as the reader should see it. Its message is already in the reader's language
 * (the request carries Accept-Language); answers without one fall back to a sentence per code.
 */
export function apiProblem(error: unknown, t: Translate): ApiProblem {
  if (CombinedGraphQLErrors.is(error) && error.errors.length) {
    const first = error.errors[0];
    const extensions = (first.extensions ?? {}) as ErrorExtensions & Record<string, unknown>;
    const code = extensions.code ?? 'UNKNOWN';
    const fields = extensions.fields?.length ? extensions.fields : extensions.field ? [{ field: extensions.field, message: first.message }] : [];
    return { code, message: first.message || codeMessage(code, t), fields, extensions };
  }
  const offline = error instanceof TypeError || (error as { name?: string } | null)?.name === 'ServerError';
  const code = offline ? 'NETWORK' : 'UNKNOWN';
  return { code, message: codeMessage(code, t), fields: [], extensions: {} };
}

export function codeMessage(code: string, t: Translate): string {
  const id = `error.${code}` as MessageId;
  const known = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT', 'SERVICE_UNAVAILABLE', 'TOO_MANY_REQUESTS', 'NETWORK'];
  return t(known.includes(code) ? id : 'error.UNKNOWN');
}

/** The message for one field, if the API named it. */
export function errorFor(problem: ApiProblem | null | undefined, field: string): string | undefined {
  return problem?.fields.find((error) => error.field === field)?.message;
}
