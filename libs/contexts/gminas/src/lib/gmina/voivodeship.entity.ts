import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'A voivodeship (województwo).' })
@Entity('voivodeship')
export class Voivodeship {
  @Field({ description: 'Two-digit TERC code, e.g. "24".' })
  @PrimaryColumn({ type: 'char', length: 2, primaryKeyConstraintName: 'voivodeship_pk' })
  code: string;

  @Field({ description: 'Official name, e.g. "śląskie".' })
  @Column({ type: 'text' })
  name: string;
}
