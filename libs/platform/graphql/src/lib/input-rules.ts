import { applyDecorators } from '@nestjs/common';
import { IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/** Text a person must fill in: not blank, at most `max` characters; messages name the field. */
export function NonBlankText(field: string, max: number): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `${field} must not be empty` }),
    Matches(/\S/, { message: `${field} must not be empty` }),
    MaxLength(max, { message: `${field} must be at most ${max} characters long` }),
  );
}

/** Optional free text (descriptions, notes): at most `max` characters; messages name the field. */
export function Text(field: string, max: number): PropertyDecorator {
  return applyDecorators(
    IsString({ message: `${field} must be text ("" when there is none)` }),
    MaxLength(max, { message: `${field} must be at most ${max} characters long` }),
  );
}

/**
 * For update inputs: a field left out is skipped, but a field sent (even as null) is validated,
 * so `null` cannot clear something that must have a value.
 */
export const IfPresent = (): PropertyDecorator => ValidateIf((_: object, value: unknown) => value !== undefined);
