import { withMessage } from '@wspolnie/platform-graphql';
import type { ValidationOptions } from 'class-validator';
import { partnershipsMessage } from './partnerships-messages';

/** The version a change is based on (`expectedVersion`): a whole number, 1 or more. */
export const expectedVersionRule = (): ValidationOptions => withMessage(partnershipsMessage('input.expectedVersion', { field: 'expectedVersion' }));

/** At most `max` items in the list `field`. */
export const listRule = (field: string, max: number): ValidationOptions => withMessage(partnershipsMessage('input.listTooLong', { field, max }));

/** An e-mail address in `field`. */
export const emailRule = (field: string): ValidationOptions => withMessage(partnershipsMessage('input.email', { field }));
