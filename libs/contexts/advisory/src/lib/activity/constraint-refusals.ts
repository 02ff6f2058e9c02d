import { DomainError, type FieldProblem, postgresErrorOf } from '@wspolnie/platform-errors';

/**
 * Runs a write and answers a violated constraint as the input field it is about: the services
 * check first, so this is for the writes that raced them or slipped past (a raw database error
 * never reaches a client).
 */
export async function refusingConstraints<T>(write: () => Promise<T>, refusals: Readonly<Record<string, FieldProblem>>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const constraint = postgresErrorOf(error)?.constraint;
    const problem = constraint ? refusals[constraint] : undefined;
    if (problem) throw DomainError.invalidFields([problem]);
    throw error;
  }
}
