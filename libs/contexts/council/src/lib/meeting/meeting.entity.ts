import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { MeetingStatus } from '../council-enums';

@ObjectType('Meeting', { description: 'A meeting of the partnership council (posiedzenie Rady Partnerstwa).' })
@Entity('council_meeting')
@Unique('council_meeting_number_unique', ['partnershipId', 'number'])
// For the composite references of its agenda, invitees, votes and resolutions: each is of the meeting's partnership.
@Unique('council_meeting_scoped', ['partnershipId', 'id'])
@Index('council_meeting_partnership_idx', ['partnershipId', 'startsAt', 'id'])
@Check('council_meeting_title_length', 'char_length(btrim(title)) BETWEEN 1 AND 200')
@Check('council_meeting_ends_after_start', 'ends_at > starts_at')
@Check('council_meeting_cancellation', `(status = 'CANCELLED') = (cancellation_reason IS NOT NULL)`)
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'council_meeting_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Partnership', { name: 'council_meeting_partnership_fk', onDelete: 'CASCADE' })
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => Int, { description: "The meeting's number in the partnership, 1 for the first, with no gaps." })
  @Column({ type: 'integer' })
  number: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => DateTimeScalar)
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => DateTimeScalar)
  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where it is held (a room, an address).' })
  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'The link to join online.' })
  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Field(() => MeetingStatus)
  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'council_meeting_status', default: MeetingStatus.PLANNED })
  status: MeetingStatus;

  @Field(() => ID, { nullable: true, description: 'Who chairs it (przewodniczący): opens and closes its votes with the coordinators.' })
  @ForeignKey('UserAccount', { name: 'council_meeting_chair_fk', onDelete: 'SET NULL' })
  @Column({ name: 'chair_id', type: 'uuid', nullable: true })
  chairId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The iCalendar SEQUENCE: bumped by every change a calendar must show (time, place, title, cancellation). */
  @Column({ name: 'calendar_sequence', type: 'integer', default: 0 })
  calendarSequence: number;

  @ForeignKey('UserAccount', { name: 'council_meeting_created_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

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
