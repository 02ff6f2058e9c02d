import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Column, CreateDateColumn, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommentThread } from './comment-thread.entity';

export enum ThreadStepKind {
  RESOLVED = 'RESOLVED',
  REOPENED = 'REOPENED',
}

registerEnumType(ThreadStepKind, { name: 'CommentThreadStepKind' });

@ObjectType({ description: 'A step of a thread\'s decision trail: resolved (with the decision note) or reopened, by whom and when.' })
@Entity('plan_thread_resolution')
export class ThreadStep {
  @PrimaryColumn({ name: 'thread_id', type: 'uuid', primaryKeyConstraintName: 'plan_thread_resolution_pk' })
  threadId: string;

  @Field(() => Int)
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'plan_thread_resolution_pk' })
  number: number;

  @Field(() => ThreadStepKind)
  @Column({ type: 'enum', enum: ThreadStepKind, enumName: 'plan_thread_step' })
  step: ThreadStepKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @ForeignKey('UserAccount', { name: 'plan_thread_resolution_taken_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'taken_by', type: 'uuid', nullable: true })
  takenBy: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'taken_at', type: 'timestamptz' })
  takenAt: Date;

  @ManyToOne(() => CommentThread, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'plan_thread_resolution_thread_fk' })
  thread?: CommentThread;
}
