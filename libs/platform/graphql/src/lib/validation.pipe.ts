import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, errorMessage, type FieldProblem } from '@wspolnie/platform-errors';
import { isMessage, type Message } from '@wspolnie/platform-i18n';

/** The catalogue message of one failed constraint (see withMessage), or a generic one naming the field. */
function messageOf(error: ValidationError, constraint: string, field: string): Message {
  const own = error.contexts?.[constraint]?.['message'];
  if (isMessage(own)) return own;
  return errorMessage(constraint === 'whitelistValidation' ? 'unknownField' : 'invalidValue', { field });
}

function problemsOf(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    // One message per field: a blank title fails "is text" and "not blank" alike.
    const first = Object.keys(error.constraints ?? {})[0];
    const own = first ? [{ field, message: messageOf(error, first, field) }] : [];
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/**
 * Validates every GraphQL input with class-validator and reports each failure with the path
 * of its field, as BAD_USER_INPUT. Unknown properties are refused, not silently dropped.
 */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainError.invalidFields(problemsOf(errors)),
  });
}
