import { PublicRegistrationService } from './public-registration.service';
import { ActivityRegistration } from './registration.entity';
import { ActivityRegistrationFieldsResolver, ActivityRegistrationResolver, RegistrationResolver } from './registration.resolver';
import { RegistrationSeats } from './registration-seats';
import { RegistrationsService } from './registrations.service';

/** The registration folder's part of the module. */
export const REGISTRATION_ENTITIES = [ActivityRegistration];
export const REGISTRATION_PROVIDERS = [RegistrationSeats, RegistrationsService, PublicRegistrationService, RegistrationResolver, ActivityRegistrationFieldsResolver, ActivityRegistrationResolver];
