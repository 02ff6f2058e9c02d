import { type Message, render } from '@wspolnie/platform-i18n';
import { ErrorCode } from './error-code';
import { errorMessage } from './error-messages';

export interface FieldProblem {
  /** Path of the offending input field as the input names it, e.g. `name` or `members.0.gminaTerc`. */
  readonly field: string;
  readonly message: Message;
}

/**
 * The only error services throw on purpose. Its message is a catalogue message, shown to
 * people in their language; `details` travel in `extensions` (messages in them are rendered
 * too). `message` is the English text, for logs and tests.
 */
export class DomainError extends Error {
  /**
   * For CONFLICT: the thing as it now is. It is not sent as it is: the API answers it in
   * `extensions.current` as the type the operation returns, with the operation's own selection.
   */
  currentState?: object;

  constructor(
    readonly code: ErrorCode,
    readonly text: Message,
    readonly details: Record<string, unknown> = {},
  ) {
    super(render(text, 'en'));
    this.name = 'DomainError';
  }

  static badInput(field: string, message: Message): DomainError {
    return DomainError.invalidFields([{ field, message }]);
  }

  /** One message per problem; several are listed in one sentence, pointing at the first field. */
  static invalidFields(problems: readonly FieldProblem[]): DomainError {
    const text =
      problems.length === 1
        ? problems[0].message
        : errorMessage('fieldsInvalid', { count: problems.length, list: problems.map((p) => p.message) });
    return new DomainError(ErrorCode.BadUserInput, text, { field: problems[0]?.field, fields: problems });
  }

  static notFound(what: Message, key: string): DomainError {
    return new DomainError(ErrorCode.NotFound, errorMessage('notFound', { what, key }));
  }

  static conflict(message: Message, details: Record<string, unknown> = {}, currentState?: object): DomainError {
    const error = new DomainError(ErrorCode.Conflict, message, details);
    error.currentState = currentState;
    return error;
  }
}
