import { CreateCouncil1795627054340 } from './1795627054340-CreateCouncil';

export const councilMigrations = [CreateCouncil1795627054340];
