import { Resolution } from './resolution.entity';

export const RESOLUTION_ENTITIES = [Resolution];
export const RESOLUTION_PROVIDERS = [];
export const RESOLUTION_CONTROLLERS = [];
