import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateTimeScalar, SameForEverySubscriber } from '@wspolnie/platform-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One change, in order, in one stream (a partnership's activity). `seq` counts 1, 2, 3, … per
 * stream with no gaps, in commit order: a client that saw seq n has seen everything up to n.
 */
@ObjectType('ActivityEvent', { description: 'A change, as recorded in the activity log.' })
// Every field is read from the event itself, so subscribers can share one execution.
@SameForEverySubscriber()
@Entity('stream_event')
@Index('stream_event_scope_idx', ['streamId', 'scopeId', 'seq'])
export class StreamEvent {
  @Field(() => String, { description: 'The stream (partnership) the event belongs to.' })
  @PrimaryColumn({ name: 'stream_id', type: 'uuid', primaryKeyConstraintName: 'stream_event_pk' })
  streamId: string;

  @Field(() => Int, { description: 'Position in the stream: consecutive, starting at 1. Pass the last one you saw to resume.' })
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'stream_event_pk', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  seq: number;

  @Field({ description: 'What kind of thing changed, e.g. "partnership", "task".' })
  @Column({ type: 'text' })
  topic: string;

  @Field({ description: 'Id of the thing that changed.' })
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** A narrower scope inside the stream (e.g. a project), for subscriptions that want only it. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'scope_id', type: 'uuid', nullable: true })
  scopeId: string | null;

  @Field({ description: 'What happened, e.g. "updated", "member.added".' })
  @Column({ type: 'text' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Who did it (a user id).' })
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Field(() => GraphQLJSON, { description: 'The changed fields: { field: { before, after } }.' })
  @Column({ type: 'jsonb' })
  changes: Record<string, { before?: unknown; after?: unknown }>;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
