import { applyDecorators } from '@nestjs/common';
import { errorMessage } from '@wspolnie/platform-errors';
import { type Message, render } from '@wspolnie/platform-i18n';
import { ArrayMaxSize, IsEmail, IsString, Matches, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';

/**
 * Options for a class-validator decorator that says `message` when it fails: the catalogue
 * message travels in the constraint's context, so the caller reads it in their language.
 */
export function withMessage(message: Message, options: ValidationOptions = {}): ValidationOptions {
  return { ...options, message: render(message, 'en'), context: { message } };
}

/**
 * At most `max` characters as PostgreSQL counts them (`char_length`: code points).
 * class-validator's MaxLength skips variation selectors (U+FE0F), so a title it lets through
 * could still break the column's check.
 */
export function MaxCharacters(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'maxLength', constraints: [max], validator: { validate: (value) => typeof value === 'string' && [...value].length <= max } }, options);
}

/** Text a person must fill in: not blank, at most `max` characters; messages name the field. `{ each: true }` checks every item of a list. */
export function NonBlankText(field: string, max: number, options: Pick<ValidationOptions, 'each'> = {}): PropertyDecorator {
  return applyDecorators(
    IsString(withMessage(errorMessage('required', { field }), options)),
    Matches(/\S/, withMessage(errorMessage('required', { field }), options)),
    MaxCharacters(max, withMessage(errorMessage('tooLong', { field, max }), options)),
  );
}

/** Optional free text (descriptions, notes): at most `max` characters; messages name the field. */
export function Text(field: string, max: number): PropertyDecorator {
  return applyDecorators(IsString(withMessage(errorMessage('textType', { field }))), MaxCharacters(max, withMessage(errorMessage('tooLong', { field, max }))));
}

/** An e-mail address; the message names the field. */
export const EmailAddress = (field: string): PropertyDecorator => IsEmail({}, withMessage(errorMessage('email', { field })));

/** A list of at most `max` items; the message names the field. */
export const AtMostItems = (field: string, max: number): PropertyDecorator => ArrayMaxSize(max, withMessage(errorMessage('listTooLong', { field, max })));

/**
 * For update inputs: a field left out is skipped, but a field sent (even as null) is validated,
 * so `null` cannot clear something that must have a value.
 */
export const IfPresent = (): PropertyDecorator => ValidateIf((_: object, value: unknown) => value !== undefined);
