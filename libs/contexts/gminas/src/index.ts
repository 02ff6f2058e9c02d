export { GminasModule } from './lib/gminas.module';
export { Gmina } from './lib/gmina/gmina.entity';
export { Powiat } from './lib/gmina/powiat.entity';
export { Voivodeship } from './lib/gmina/voivodeship.entity';
export { GminasService, type PopulationFigure } from './lib/gmina/gminas.service';
export { GminaLoader } from './lib/gmina/gmina.loader';
export { gminasMigrations } from './lib/migrations';
export { readTercRegister } from './lib/register/terc-register';
export { tercCodeProblem } from './lib/gminas-messages';
