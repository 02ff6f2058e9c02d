import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { CommentSubjectKind } from './comment-subject-kind';

/**
 * A comment on a plan's thread, a task or a project: one table for all of them. Its subject
 * belongs to another context and is kept as a plain id (a table cannot reference three): that
 * context checks it when the comment is written, and nothing is deleted through the API.
 */
@ObjectType({ description: 'A comment on a plan (in a thread), a task or a project. A deleted one stays as a placeholder (body null), so the discussion still reads in order.' })
@Entity('comment')
@Index('comment_subject_idx', ['subjectKind', 'subjectId', 'seq'])
@Index('comment_scope_idx', ['scopeId'])
@Check('comment_body', `(deleted_at IS NULL AND char_length(btrim(body)) BETWEEN 1 AND 5000) OR (deleted_at IS NOT NULL AND body = '')`)
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'comment_pk' })
  id: string;

  @Field(() => CommentSubjectKind)
  @Column({ name: 'subject_kind', type: 'enum', enum: CommentSubjectKind, enumName: 'comment_subject_kind' })
  subjectKind: CommentSubjectKind;

  @Field(() => ID, { description: 'The thread, task or project it is on.' })
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** What access and live streams group it by: the plan of a thread, the project of a task or project. */
  @Column({ name: 'scope_id', type: 'uuid' })
  scopeId: string;

  @ForeignKey('Partnership', { name: 'comment_partnership_fk', onDelete: 'CASCADE' })
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => ID, { nullable: true, description: 'The comment on the same subject this one answers, if it answers one in particular.' })
  @ForeignKey('Comment', { name: 'comment_reply_fk', onDelete: 'SET NULL' })
  @Column({ name: 'in_reply_to_id', type: 'uuid', nullable: true })
  inReplyToId: string | null;

  @ForeignKey('UserAccount', { name: 'comment_author_fk', onDelete: 'SET NULL' })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  /** The gmina its author acted for when writing it (a plan's consultation report counts by it). */
  @ForeignKey('Gmina', { name: 'comment_gmina_fk' })
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

  // Plain getters, read as values: a plan's page lists thousands of comments.
  @Field(() => ID, { nullable: true, description: 'The plan thread it is in (a comment on a plan).' })
  get threadId(): string | null {
    return this.subjectKind === CommentSubjectKind.PLAN_THREAD ? this.subjectId : null;
  }

  @Field(() => ID, { nullable: true, description: 'The plan whose thread it is in (a comment on a plan).' })
  get planId(): string | null {
    return this.subjectKind === CommentSubjectKind.PLAN_THREAD ? this.scopeId : null;
  }

  @Field(() => ID, { nullable: true, description: 'The task it is on (a comment on a task).' })
  get taskId(): string | null {
    return this.subjectKind === CommentSubjectKind.TASK ? this.subjectId : null;
  }

  @Field(() => ID, { nullable: true, description: 'The project it is on, or whose task it is on.' })
  get projectId(): string | null {
    return this.subjectKind === CommentSubjectKind.PLAN_THREAD ? null : this.scopeId;
  }
}
