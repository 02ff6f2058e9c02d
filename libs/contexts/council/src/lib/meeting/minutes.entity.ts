import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A meeting's minutes (protokół), versioned apart from the meeting so attendance never makes an editor's version stale. */
@ObjectType({ description: "A meeting's minutes (protokół) as Markdown." })
@Entity('council_minutes')
export class Minutes {
  /** The meeting's id. */
  @Field(() => ID, { name: 'meetingId' })
  @ForeignKey('Meeting', { name: 'council_minutes_meeting_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'council_minutes_pk' })
  id: string;

  @Field()
  @Column({ type: 'text', default: '' })
  markdown: string;

  @Field(() => ID, { nullable: true })
  @ForeignKey('UserAccount', { name: 'council_minutes_updated_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Field(() => Int, { description: 'Send it back as expectedVersion; a stale one answers CONFLICT. 0 before anything was written.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'A correction of the minutes of a closed meeting: what they said, what they say now, who and why.' })
@Entity('council_minutes_correction')
@Index('council_minutes_correction_meeting_idx', ['meetingId', 'correctedAt'])
export class MinutesCorrection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'council_minutes_correction_pk' })
  id: string;

  @ForeignKey('Meeting', { name: 'council_minutes_correction_meeting_fk', onDelete: 'CASCADE' })
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Field()
  @Column({ name: 'markdown_before', type: 'text' })
  markdownBefore: string;

  @Field()
  @Column({ name: 'markdown_after', type: 'text' })
  markdownAfter: string;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  @Field(() => ID, { nullable: true })
  @ForeignKey('UserAccount', { name: 'council_minutes_correction_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'corrected_by', type: 'uuid', nullable: true })
  correctedBy: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'corrected_at', type: 'timestamptz' })
  correctedAt: Date;
}
