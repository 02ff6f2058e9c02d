import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar, PlnScalar } from '@wspolnie/platform-graphql';
import type { Pln } from '@wspolnie/kernel';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ProjectStage } from '../pipeline/project-stage';
import { ProjectReadiness } from './project-readiness';

/** numeric comes back from pg as a string, which is exactly what an amount should stay. */
export const AMOUNT = { type: 'numeric', precision: 14, scale: 2 } as const;

@ObjectType({ description: 'A joint project of a partnership (fiszka projektowa).' })
@Entity('project')
// What participants refer to: a participant's partnership is its project's.
@Unique('project_in_partnership_key', ['id', 'partnershipId'])
@Check('project_title_length', 'char_length(btrim(title)) BETWEEN 1 AND 200')
@Check('project_schedule_order', 'ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on')
@Check('project_total_cost_non_negative', 'total_cost >= 0')
@Check('project_cost_shares_approval', '(cost_shares_approved_by IS NULL) = (cost_shares_approved_on IS NULL)')
@Check('project_archived_by_when', 'archived_by IS NULL OR archived_at IS NOT NULL')
// The partnership search's GIN index over the folded title and summary (migration 298); TypeORM cannot declare it.
@Index('project_search_idx', { synchronize: false })
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'project_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Partnership', { name: 'project_partnership_fk', onDelete: 'CASCADE' })
  @Index('project_partnership_idx')
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  summary: string;

  @Field(() => ID, { nullable: true })
  @ForeignKey('ThematicArea', { name: 'project_thematic_area_fk' })
  @Column({ name: 'thematic_area_id', type: 'uuid', nullable: true })
  thematicAreaId: string | null;

  @Field(() => ProjectStage)
  @Column({ type: 'enum', enum: ProjectStage, enumName: 'project_stage', default: ProjectStage.IDEA })
  stage: ProjectStage;

  @Field(() => ProjectReadiness)
  @Column({ type: 'enum', enum: ProjectReadiness, enumName: 'project_readiness', default: ProjectReadiness.IDEA })
  readiness: ProjectReadiness;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => PlnScalar, { description: 'Estimated total cost.' })
  @Column({ name: 'total_cost', ...AMOUNT, default: 0 })
  totalCost: Pln;

  @Field(() => String, { nullable: true, description: "The council resolution that approved the participants' cost shares as they now are; cleared when the shares change." })
  @Column({ name: 'cost_shares_approved_by', type: 'text', nullable: true })
  costSharesApprovedBy: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'cost_shares_approved_on', type: 'date', nullable: true })
  costSharesApprovedOn: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was archived; archived ones leave boards and pipelines until restored.' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @ForeignKey('UserAccount', { name: 'project_archived_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'archived_by', type: 'uuid', nullable: true })
  archivedById: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
