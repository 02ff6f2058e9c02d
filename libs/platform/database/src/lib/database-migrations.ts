import { CreateNumberSeries1795627054240 } from './number-series';
import { EnableTextSearch1795627054241 } from './text-search';

/** The platform's own tables and functions; they come before every context's. */
export const databaseMigrations = [CreateNumberSeries1795627054240, EnableTextSearch1795627054241];
