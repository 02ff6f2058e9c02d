import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PartnershipStage } from './partnership-stage';

@ObjectType({ description: 'A partnership of gminas (partnerstwo JST) working on joint projects.' })
@Entity('partnership')
@Check('partnership_slug_format', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(slug) BETWEEN 2 AND 60`)
@Check('partnership_name_length', `char_length(btrim(name)) BETWEEN 1 AND 200`)
export class Partnership {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'partnership_pk' })
  id: string;

  @Field({ description: 'Short, URL-safe name, e.g. "beskidy-6".' })
  @Index('partnership_slug_key', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true, description: 'The organisation that hosts it, e.g. Stowarzyszenie Aglomeracja Beskidzka.' })
  @Column({ name: 'host_organisation', type: 'text', nullable: true })
  hostOrganisation: string | null;

  @Field(() => String, { nullable: true, description: 'The programme it was formed under, e.g. Pilotaż CWD.' })
  @Column({ type: 'text', nullable: true })
  programme: string | null;

  @Field(() => PartnershipStage)
  @Column({ type: 'enum', enum: PartnershipStage, enumName: 'partnership_stage', default: PartnershipStage.FORMATION })
  stage: PartnershipStage;

  @Field(() => Int, { description: 'Increases with every change; send it back as expectedVersion when you change the partnership.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
