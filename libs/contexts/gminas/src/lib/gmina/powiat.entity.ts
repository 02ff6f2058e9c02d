import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Voivodeship } from './voivodeship.entity';

@ObjectType({ description: 'A powiat: a county, or a city with county rights (miasto na prawach powiatu).' })
@Entity('powiat')
export class Powiat {
  @Field({ description: 'Four-digit TERC code, e.g. "2417".' })
  @PrimaryColumn({ type: 'char', length: 4, primaryKeyConstraintName: 'powiat_pk' })
  code: string;

  @Field({ description: 'Official name, e.g. "żywiecki" or "Bielsko-Biała".' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'True for a city with county rights.' })
  @Column({ name: 'is_city', type: 'boolean' })
  isCity: boolean;

  @Column({ name: 'voivodeship_code', type: 'char', length: 2 })
  voivodeshipCode: string;

  @Field(() => Voivodeship)
  @ManyToOne(() => Voivodeship, { nullable: false })
  @JoinColumn({ name: 'voivodeship_code', foreignKeyConstraintName: 'powiat_voivodeship_fk' })
  voivodeship: Voivodeship;
}
