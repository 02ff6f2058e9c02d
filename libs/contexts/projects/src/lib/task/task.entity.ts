import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Project } from '../project/project.entity';

export enum TaskStatus {
  TODO = 'TODO',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
}

export enum TaskPriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

registerEnumType(TaskStatus, { name: 'TaskStatus', description: 'The board column a task is in.' });
registerEnumType(TaskPriority, { name: 'TaskPriority' });

@ObjectType({ description: 'A task of a joint project, on the project board.' })
@Entity('task')
@Check('task_title_length', 'char_length(btrim(title)) BETWEEN 1 AND 200')
@Index('task_board_order_key', ['projectId', 'status', 'position'], { unique: true })
@Check('task_archived_by_when', 'archived_by IS NULL OR archived_at IS NOT NULL')
// My work (a person's live tasks by due date) and the due-date job (live tasks by due date).
@Index('task_my_work_idx', ['assigneeId', 'dueOn'], { where: `archived_at IS NULL AND status <> 'DONE'` })
@Index('task_due_idx', ['dueOn'], { where: `archived_at IS NULL AND status <> 'DONE'` })
// The partnership search's GIN index over the folded title and description (migration 298); TypeORM cannot declare it.
@Index('task_search_idx', { synchronize: false })
export class Task {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'task_pk' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'task_project_fk' })
  project?: Project;

  /** The project's partnership, kept here so access checks and streams need no join. */
  @ForeignKey('Partnership', { name: 'task_partnership_fk', onDelete: 'CASCADE' })
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => TaskStatus)
  @Column({ type: 'enum', enum: TaskStatus, enumName: 'task_status', default: TaskStatus.TODO })
  status: TaskStatus;

  @Field(() => TaskPriority)
  @Column({ type: 'enum', enum: TaskPriority, enumName: 'task_priority', default: TaskPriority.NORMAL })
  priority: TaskPriority;

  @Field(() => ID, { nullable: true, description: 'A person with a role in the partnership.' })
  @ForeignKey('UserAccount', { name: 'task_assignee_fk', onDelete: 'SET NULL' })
  @Index('task_assignee_idx')
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  /** Order within the column: a fractional key, so a move rewrites only the moved task. */
  @Field({ description: 'Sort key within the status column (compare as plain strings).' })
  @Column({ type: 'text', collation: 'C' })
  position: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was archived; archived ones leave boards and pipelines until restored.' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @ForeignKey('UserAccount', { name: 'task_archived_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'archived_by', type: 'uuid', nullable: true })
  archivedById: string | null;

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
