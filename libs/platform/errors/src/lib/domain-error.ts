import { ErrorCode } from './error-code';

export interface FieldProblem {
  /** Path of the offending input field, e.g. `name` or `members.0.gminaTerc`. */
  readonly field: string;
  readonly message: string;
}

/**
 * The only error services throw on purpose. Its message is shown to people as is, so it says
 * what was wrong in words an official understands; `details` travel in `extensions`.
 */
export class DomainError extends Error {
  /**
   * For CONFLICT: the thing as it now is. It is not sent as it is: the API answers it in
   * `extensions.current` as the type the operation returns, with the operation's own selection.
   */
  currentState?: object;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string): DomainError {
    return DomainError.invalidFields([{ field, message }]);
  }

  static invalidFields(problems: readonly FieldProblem[]): DomainError {
    const message =
      problems.length === 1
        ? problems[0].message
        : `${problems.length} fields are invalid: ${problems.map((p) => p.message).join('; ')}`;
    return new DomainError(ErrorCode.BadUserInput, message, {
      field: problems[0]?.field,
      fields: problems,
    });
  }

  static notFound(what: string, key: string): DomainError {
    return new DomainError(ErrorCode.NotFound, `${what} ${key} does not exist.`);
  }

  static conflict(message: string, details: Record<string, unknown> = {}, currentState?: object): DomainError {
    const error = new DomainError(ErrorCode.Conflict, message, details);
    error.currentState = currentState;
    return error;
  }
}
