import { CreateProjects1795627054290 } from './1795627054290-CreateProjects';

/** After the partnerships and gminas migrations: projects reference both. */
export const projectsMigrations = [CreateProjects1795627054290];
