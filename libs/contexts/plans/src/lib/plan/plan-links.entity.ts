import { Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Plan } from './plan.entity';

/** Someone who writes the plan with its coordinator: they edit it and answer its threads. */
@Entity('plan_author')
export class PlanAuthor {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid', primaryKeyConstraintName: 'plan_author_pk' })
  planId: string;

  @ForeignKey('UserAccount', { name: 'plan_author_user_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'plan_author_pk' })
  userId: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_author_plan_fk' })
  plan?: Plan;
}

/** A joint project the plan is about (a project sheet's project, the strategy's flagship projects). */
@Entity('plan_project')
export class PlanProject {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid', primaryKeyConstraintName: 'plan_project_pk' })
  planId: string;

  @ForeignKey('Project', { name: 'plan_project_project_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'project_id', type: 'uuid', primaryKeyConstraintName: 'plan_project_pk' })
  projectId: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_project_plan_fk' })
  plan?: Plan;
}
