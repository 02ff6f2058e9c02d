import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { NotificationKind } from './notification-kind';

const BIGINT_AS_NUMBER = { to: (value: number) => value, from: (value: string) => Number(value) };

@ObjectType({ description: 'Something that happened that concerns you, in your inbox.' })
@Entity('notification')
// The inbox, newest first, is read by recipient and seq; the unread ones by a partial index.
@Index('notification_inbox_key', ['recipientId', 'seq'], { unique: true })
@Index('notification_unread_idx', { synchronize: false })
// A reminder a job sends reaches each person once per key, however often and wherever the job runs.
@Index('notification_once_key', ['recipientId', 'onceKey'], { unique: true, where: 'once_key IS NOT NULL' })
export class Notification {
  /** Given by the inbox before it is written, so the event announcing it can name it. */
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'notification_pk' })
  id: string;

  @ForeignKey('UserAccount', { name: 'notification_recipient_fk', onDelete: 'CASCADE' })
  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @Field(() => Int, { description: 'Its place in your stream of notifications: pass the last one you saw as afterSeq to resume.' })
  @Column({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  seq: number;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field(() => ID, { description: 'The partnership it happened in; you see it while you hold a role there.' })
  @ForeignKey('Partnership', { name: 'notification_partnership_fk', onDelete: 'CASCADE' })
  @Index('notification_partnership_idx')
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  /** Who caused it; null when nobody did, or their account is gone. */
  @ForeignKey('UserAccount', { name: 'notification_actor_fk', onDelete: 'SET NULL' })
  @Index('notification_actor_idx')
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'The title of the plan, task, project or meeting, as it was when this happened.' })
  @Column({ name: 'subject_title', type: 'text' })
  subjectTitle: string;

  @Field(() => String, { nullable: true, description: 'The beginning of the comment, or what changed, as it was then.' })
  @Column({ type: 'text', nullable: true })
  excerpt: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'thread_id', type: 'uuid', nullable: true })
  threadId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'comment_id', type: 'uuid', nullable: true })
  commentId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @Field(() => ID, { nullable: true, description: 'The council meeting it is about.' })
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  /** Set by senders that must notify once ("task-due:<task>:<day>"); never shown. */
  @Column({ name: 'once_key', type: 'text', nullable: true })
  onceKey: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When you marked it read; null while it is unread.' })
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
