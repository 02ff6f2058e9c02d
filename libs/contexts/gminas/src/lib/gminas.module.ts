import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Gmina } from './gmina/gmina.entity';
import { GminaLoader } from './gmina/gmina.loader';
import { GminaResolver } from './gmina/gmina.resolver';
import { GminasService } from './gmina/gminas.service';
import { Powiat } from './gmina/powiat.entity';
import { Voivodeship } from './gmina/voivodeship.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Gmina, Powiat, Voivodeship])],
  providers: [GminasService, GminaLoader, GminaResolver],
  exports: [GminasService, GminaLoader],
})
export class GminasModule {}
