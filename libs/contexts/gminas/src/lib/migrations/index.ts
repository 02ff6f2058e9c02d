import { CreateGminaRegister1795627054260 } from './1795627054260-CreateGminaRegister';
import { LoadTercRegister1795627054261 } from './1795627054261-LoadTercRegister';

export const gminasMigrations = [CreateGminaRegister1795627054260, LoadTercRegister1795627054261];
