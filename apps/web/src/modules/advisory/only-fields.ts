import { useMemo } from 'react';
import type { ApiProblem } from '../../ui/field-errors';

/**
 * The problem with only the fields the form shows; a refusal naming none of them (a full
 * seminar: `activityId`) is said as a sentence instead of a link to nowhere.
 */
export function onlyFields(problem: ApiProblem | null, shown: (field: string) => boolean): ApiProblem | null {
  if (!problem) return null;
  const fields = problem.fields.filter((error) => shown(error.field));
  return fields.length === problem.fields.length ? problem : { ...problem, fields };
}

/** The same, kept as one object per problem: the error summary takes focus when its problem changes. */
export function useOnlyFields(problem: ApiProblem | null, shown: (field: string) => boolean): ApiProblem | null {
  return useMemo(() => onlyFields(problem, shown), [problem, shown]);
}
