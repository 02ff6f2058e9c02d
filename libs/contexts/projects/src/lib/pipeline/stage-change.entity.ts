import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from '../project/project.entity';
import { ProjectStage } from './project-stage';

@ObjectType({ description: 'A move of a project through the pipeline: who, when and why.' })
@Entity('project_stage_change')
// A project's history, in the order it was made: read by project, ordered by seq.
@Index('project_stage_change_history_idx', ['projectId', 'seq'])
export class StageChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'project_stage_change_pk' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_stage_change_project_fk' })
  project?: Project;

  @Field(() => ProjectStage, { nullable: true, description: 'Null for the stage the project was created in.' })
  @Column({ name: 'from_stage', type: 'enum', enum: ProjectStage, enumName: 'project_stage', nullable: true })
  fromStage: ProjectStage | null;

  @Field(() => ProjectStage)
  @Column({ name: 'to_stage', type: 'enum', enum: ProjectStage, enumName: 'project_stage' })
  toStage: ProjectStage;

  @Field()
  @Column({ type: 'text', default: '' })
  reason: string;

  @Field(() => String, { nullable: true, description: 'The council resolution that decided the move (uchwała nr 3/2026), when one did.' })
  @Column({ name: 'resolution_number', type: 'text', nullable: true })
  resolutionNumber: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /**
   * The order the changes were made in, given by the database as each is written. Moves made in
   * one transaction share changed_at (now() is the transaction's start), so time cannot order them.
   */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' })
  changedAt: Date;
}
