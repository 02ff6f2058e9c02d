import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ActivityFormat, ActivityKind, ActivityStatus } from './activity-enums';

@ObjectType({ description: 'Support given once: a consultation, an educational meeting, a seminar, a study visit…, with the gminas it served.' })
@Entity('activity')
@Index('activity_programme_idx', ['programmeId', 'heldOn', 'id'])
@ForeignKey('ProgrammeTeam', ['programmeId', 'teamId'], ['programmeId', 'id'], { name: 'activity_team_fk' })
@ForeignKey('Engagement', ['programmeId', 'engagementId'], ['programmeId', 'id'], { name: 'activity_engagement_fk' })
@ForeignKey('ProgrammeTopic', ['programmeId', 'topicId'], ['programmeId', 'id'], { name: 'activity_topic_fk' })
@Check('activity_title_length', 'char_length(btrim(title)) BETWEEN 1 AND 200')
@Check('activity_duration', 'duration_minutes BETWEEN 1 AND 1440')
@Check('activity_where', `(format = 'ONLINE' OR place IS NOT NULL) AND (format = 'ON_SITE' OR link IS NOT NULL)`)
@Check('activity_capacity', 'capacity IS NULL OR capacity BETWEEN 1 AND 100000')
@Check('activity_registration_kind', `NOT registration_open OR kind IN ('SEMINAR', 'CONFERENCE', 'EDUCATIONAL_MEETING')`)
export class Activity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'activity_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Programme', { name: 'activity_programme_fk', onDelete: 'CASCADE' })
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Field(() => ID, { nullable: true })
  @Index('activity_engagement_idx')
  @Column({ name: 'engagement_id', type: 'uuid', nullable: true })
  engagementId: string | null;

  @Field(() => ID, { nullable: true, description: 'The training module or additional topic it covered.' })
  @Column({ name: 'topic_id', type: 'uuid', nullable: true })
  topicId: string | null;

  @Field(() => ActivityKind)
  @Column({ type: 'enum', enum: ActivityKind, enumName: 'activity_kind' })
  kind: ActivityKind;

  @Field(() => ActivityStatus)
  @Column({ type: 'enum', enum: ActivityStatus, enumName: 'activity_status', default: ActivityStatus.DRAFT })
  status: ActivityStatus;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field(() => LocalDateScalar, { description: 'The day it took place (Warsaw).' })
  @Column({ name: 'held_on', type: 'date' })
  heldOn: string;

  @Field(() => String, { nullable: true, description: 'Start time in Warsaw, "HH:MM".' })
  @Column({ name: 'starts_at', type: 'time', nullable: true })
  startsAt: string | null;

  @Field(() => Int)
  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Field(() => ActivityFormat)
  @Column({ type: 'enum', enum: ActivityFormat, enumName: 'activity_format' })
  format: ActivityFormat;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Field({ description: 'Outcome notes (markdown-free plain text).' })
  @Column({ type: 'text', default: '' })
  outcome: string;

  @Field({ description: 'Open for registration (seminars, conferences, educational meetings).' })
  @Column({ name: 'registration_open', type: 'boolean', default: false })
  registrationOpen: boolean;

  @Field(() => Int, { nullable: true, description: 'Seats for confirmed registrations; none: no limit.' })
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Registration closes at this moment.' })
  @Column({ name: 'registration_closes_at', type: 'timestamptz', nullable: true })
  registrationClosesAt: Date | null;

  @Field({ description: 'Invented for the demo (illustrative), not a published record.' })
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @ForeignKey('UserAccount', { name: 'activity_recorded_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

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
