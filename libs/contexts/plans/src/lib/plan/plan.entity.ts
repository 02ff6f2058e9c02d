import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PlanKind, PlanStatus } from './plan-status';

@ObjectType({ description: 'A shared plan of a partnership (a strategy, a revitalisation programme, a project sheet), with its revisions and comments.' })
@Entity('plan')
@Index('plan_partnership_idx', ['partnershipId', 'createdAt', 'id'])
@Check('plan_title_length', 'char_length(btrim(title)) BETWEEN 1 AND 200')
@Check('plan_adoption_recorded', `(status IN ('ADOPTED', 'ARCHIVED')) OR (resolution_number IS NULL AND adopted_on IS NULL)`)
export class Plan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plan_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Partnership', { name: 'plan_partnership_fk', onDelete: 'CASCADE' })
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => PlanKind)
  @Column({ type: 'enum', enum: PlanKind, enumName: 'plan_kind' })
  kind: PlanKind;

  @Field(() => PlanStatus)
  @Column({ type: 'enum', enum: PlanStatus, enumName: 'plan_status', default: PlanStatus.DRAFT })
  status: PlanStatus;

  @Field(() => Int, { description: 'The number of the latest consultation round; 0 before the first.' })
  @Column({ name: 'round_number', type: 'integer', default: 0 })
  roundNumber: number;

  @Field(() => Int, { description: 'How many revisions have been published; the latest has this number.' })
  @Column({ name: 'revision_count', type: 'integer', default: 0 })
  revisionCount: number;

  /** The number the next new section's key takes ("s12"); keys are never reused within a plan. */
  @Column({ name: 'next_section_number', type: 'integer', default: 1 })
  nextSectionNumber: number;

  @Field(() => String, { nullable: true, description: 'The number of the council resolution that adopted it (uchwała nr …).' })
  @Column({ name: 'resolution_number', type: 'text', nullable: true })
  resolutionNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'adopted_on', type: 'date', nullable: true })
  adoptedOn: string | null;

  @ForeignKey('UserAccount', { name: 'plan_created_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion; a stale one answers CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
