import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GminaType } from '@wspolnie/kernel';
import { LocalDateScalar } from '@wspolnie/platform-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Powiat } from './powiat.entity';
import { Voivodeship } from './voivodeship.entity';

registerEnumType(GminaType, {
  name: 'GminaType',
  description: 'Type of gmina from the last TERC digit.',
  valuesMap: {
    URBAN: { description: 'gmina miejska (1)' },
    RURAL: { description: 'gmina wiejska (2)' },
    URBAN_RURAL: { description: 'gmina miejsko-wiejska (3)' },
  },
});

@ObjectType({ description: 'A gmina (municipality) from the TERC register.' })
@Entity('gmina')
@Check('gmina_population_dated', '(population IS NULL) = (population_as_of IS NULL)')
@Check('gmina_population_non_negative', 'population >= 0')
export class Gmina {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'gmina_pk' })
  id: string;

  @Field({ description: 'Seven-digit TERC code, e.g. "2417112" (Rajcza).' })
  @Index('gmina_terc_key', { unique: true })
  @Column({ type: 'char', length: 7 })
  terc: string;

  @Field({ description: 'Official name with its diacritics, e.g. "Węgierska Górka".' })
  @Column({ type: 'text' })
  name: string;

  /** Lower case, without diacritics: what name searches compare against. */
  @Index('gmina_search_name_idx')
  @Column({ name: 'search_name', type: 'text' })
  searchName: string;

  @Field(() => GminaType)
  @Column({ type: 'enum', enum: GminaType, enumName: 'gmina_type' })
  type: GminaType;

  @Index('gmina_powiat_code_idx')
  @Column({ name: 'powiat_code', type: 'char', length: 4 })
  powiatCode: string;

  @Field(() => Powiat)
  @ManyToOne(() => Powiat, { nullable: false })
  @JoinColumn({ name: 'powiat_code', foreignKeyConstraintName: 'gmina_powiat_fk' })
  powiat: Powiat;

  @Column({ name: 'voivodeship_code', type: 'char', length: 2 })
  voivodeshipCode: string;

  @Field(() => Voivodeship)
  @ManyToOne(() => Voivodeship, { nullable: false })
  @JoinColumn({ name: 'voivodeship_code', foreignKeyConstraintName: 'gmina_voivodeship_fk' })
  voivodeship: Voivodeship;

  @Field(() => Int, { nullable: true, description: 'Residents, where known; see populationAsOf.' })
  @Column({ type: 'integer', nullable: true })
  population: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date the population figure refers to.' })
  @Column({ name: 'population_as_of', type: 'date', nullable: true })
  populationAsOf: string | null;

  @Field(() => String, { nullable: true, description: 'Where the population figure comes from.' })
  @Column({ name: 'population_source', type: 'text', nullable: true })
  populationSource: string | null;

  @Field(() => LocalDateScalar, { description: 'State of the TERC register this entry comes from.' })
  @Column({ name: 'register_date', type: 'date' })
  registerDate: string;
}
