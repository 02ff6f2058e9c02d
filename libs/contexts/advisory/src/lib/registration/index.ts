import { ActivityRegistration } from './registration.entity';

/** The registration folder's part of the module. */
export const REGISTRATION_ENTITIES = [ActivityRegistration];
export const REGISTRATION_PROVIDERS = [];
export const REGISTRATION_CONTROLLERS = [];
