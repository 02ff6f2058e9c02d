import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommentThread } from './comment-thread.entity';

@ObjectType({ description: 'A comment in a thread. A deleted one stays as a placeholder (body null), so the thread still reads in order.' })
@Entity('plan_comment')
@Index('plan_comment_thread_idx', ['threadId', 'seq'])
@Index('plan_comment_plan_idx', ['planId'])
@Check('plan_comment_body', `(deleted_at IS NULL AND char_length(btrim(body)) BETWEEN 1 AND 5000) OR (deleted_at IS NOT NULL AND body = '')`)
export class PlanComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plan_comment_pk' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @ManyToOne(() => CommentThread, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'plan_comment_thread_fk' })
  thread?: CommentThread;

  @Field(() => ID)
  @ForeignKey('Plan', { name: 'plan_comment_plan_fk', onDelete: 'CASCADE' })
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ForeignKey('Partnership', { name: 'plan_comment_partnership_fk', onDelete: 'CASCADE' })
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => ID, { nullable: true, description: 'The comment of the thread this one answers, if it answers one in particular.' })
  @ForeignKey('PlanComment', { name: 'plan_comment_reply_fk', onDelete: 'SET NULL' })
  @Column({ name: 'in_reply_to_id', type: 'uuid', nullable: true })
  inReplyToId: string | null;

  @ForeignKey('UserAccount', { name: 'plan_comment_author_fk', onDelete: 'SET NULL' })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  /** The gmina its author acted for when writing it (the consultation report counts by it). */
  @ForeignKey('Gmina', { name: 'plan_comment_gmina_fk' })
  @Column({ name: 'author_gmina_id', type: 'uuid', nullable: true })
  authorGminaId: string | null;

  /** Empty once deleted (the GraphQL field answers null then). */
  @Column({ type: 'text' })
  body: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When its text was last changed; earlier texts are under edits.' })
  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  /** The order it was written in (created_at ties within a transaction). */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Field(() => Int, { description: 'Send it back as expectedVersion to edit or delete; a stale one answers CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
