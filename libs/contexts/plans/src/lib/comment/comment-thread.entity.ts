import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ThreadStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

/** Where an open thread stands after new revisions. */
export enum AnchorState {
  /** On its section in the revision it names, its quote (if any) found there. */
  CURRENT = 'CURRENT',
  /** Its section is still there, but the quoted passage no longer is. */
  QUOTE_NOT_FOUND = 'QUOTE_NOT_FOUND',
  /** Its section is gone: it stays where it was (revision and section it names). */
  OUTDATED = 'OUTDATED',
}

registerEnumType(ThreadStatus, { name: 'CommentThreadStatus' });
registerEnumType(AnchorState, {
  name: 'CommentAnchorState',
  valuesMap: {
    CURRENT: { description: 'On its section in the latest revision (its quote found there).' },
    QUOTE_NOT_FOUND: { description: 'Its section is in the latest revision, the quoted passage no longer is.' },
    OUTDATED: { description: 'Its section was removed: revision and sectionKey say where it was.' },
  },
});

@ObjectType({ description: 'A thread of comments on a section of a plan (optionally on a quoted passage), resolvable with a decision note.' })
@Entity('plan_thread')
@Index('plan_thread_plan_idx', ['planId', 'seq'])
@Index('plan_thread_revision_idx', ['revisionId', 'sectionKey'])
@ForeignKey('PlanSection', ['originRevisionId', 'sectionKey'], ['revisionId', 'key'], { name: 'plan_thread_origin_fk', onDelete: 'CASCADE' })
@Check('plan_thread_quote', '(quote IS NULL) = (quote_start IS NULL) AND (quote_start IS NULL) = (quote_end IS NULL) AND (quote_start IS NULL OR quote_start < quote_end)')
@Check('plan_thread_resolution', `(status = 'RESOLVED') = (resolved_at IS NOT NULL)`)
export class CommentThread {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plan_thread_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Plan', { name: 'plan_thread_plan_fk', onDelete: 'CASCADE' })
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ForeignKey('Partnership', { name: 'plan_thread_partnership_fk', onDelete: 'CASCADE' })
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => Int, { description: 'The consultation round it was started in; 0 before the first round.' })
  @Column({ name: 'round_number', type: 'integer' })
  roundNumber: number;

  /** The revision it was written on (with sectionKey, it names the section as it was then). */
  @Column({ name: 'origin_revision_id', type: 'uuid' })
  originRevisionId: string;

  /** The revision it stands on now: the latest while it is carried along, the last one it was on when outdated or resolved. */
  @ForeignKey('PlanRevision', { name: 'plan_thread_revision_fk', onDelete: 'CASCADE' })
  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

  @Field()
  @Column({ name: 'section_key', type: 'text', collation: 'C' })
  sectionKey: string;

  @Column({ type: 'text', nullable: true })
  quote: string | null;

  @Column({ name: 'quote_start', type: 'integer', nullable: true })
  quoteStart: number | null;

  @Column({ name: 'quote_end', type: 'integer', nullable: true })
  quoteEnd: number | null;

  @Field(() => AnchorState)
  @Column({ type: 'enum', enum: AnchorState, enumName: 'plan_anchor_state', default: AnchorState.CURRENT })
  anchor: AnchorState;

  @Field(() => ThreadStatus)
  @Column({ type: 'enum', enum: ThreadStatus, enumName: 'plan_thread_status', default: ThreadStatus.OPEN })
  status: ThreadStatus;

  @ForeignKey('UserAccount', { name: 'plan_thread_resolved_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was resolved: "przyjęto", "odrzucono, ponieważ…", "zmieniono w wersji 4".' })
  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @ForeignKey('UserAccount', { name: 'plan_thread_started_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy: string | null;

  /** The order it was written in (created_at ties within a transaction). */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Field(() => Int, { description: 'Send it back as expectedVersion to resolve or reopen; a stale one answers CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
