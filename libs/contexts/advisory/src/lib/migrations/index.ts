import { CreateProgrammes1795627054320 } from './1795627054320-CreateProgrammes';
import { CreateRegistrations1795627054322 } from './1795627054322-CreateRegistrations';
import { CreateSupport1795627054321 } from './1795627054321-CreateSupport';

/** After projects, partnerships and identity: support names gminas, partnerships, people and tasks. */
export const advisoryMigrations = [CreateProgrammes1795627054320, CreateSupport1795627054321, CreateRegistrations1795627054322];
