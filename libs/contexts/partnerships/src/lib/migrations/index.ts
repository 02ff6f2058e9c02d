import { CreatePartnerships1795627054270 } from './1795627054270-CreatePartnerships';
import { LoadThematicAreaCatalogue1795627054271 } from './1795627054271-LoadThematicAreaCatalogue';

/** Needs the gminas context's migrations first (members reference gmina). */
export const partnershipsMigrations = [CreatePartnerships1795627054270, LoadThematicAreaCatalogue1795627054271];
