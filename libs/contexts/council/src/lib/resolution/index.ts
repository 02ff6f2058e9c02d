import { RegisterController } from './register.controller';
import { RegisterService } from './register.service';
import { Resolution } from './resolution.entity';
import { ResolutionResolver } from './resolution.resolver';
import { ResolutionsService } from './resolutions.service';

export const RESOLUTION_ENTITIES = [Resolution];
export const RESOLUTION_PROVIDERS = [ResolutionsService, RegisterService, ResolutionResolver];
export const RESOLUTION_CONTROLLERS = [RegisterController];
