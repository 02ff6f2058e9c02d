import { CreateEventStreams1795627054250 } from './1795627054250-CreateEventStreams';

export const realtimeMigrations = [CreateEventStreams1795627054250];
