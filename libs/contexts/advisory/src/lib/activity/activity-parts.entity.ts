import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A gmina an activity served, and how many of its people took part. */
@ObjectType({ description: 'A gmina an activity served, with how many of its people took part.' })
@Entity('activity_gmina')
@Index('activity_gmina_gmina_idx', ['gminaId'])
@Check('activity_gmina_participants', 'participants BETWEEN 0 AND 10000')
export class ActivityGmina {
  @ForeignKey('Activity', { name: 'activity_gmina_activity_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'activity_id', type: 'uuid', primaryKeyConstraintName: 'activity_gmina_pk' })
  activityId: string;

  @ForeignKey('Gmina', { name: 'activity_gmina_gmina_fk' })
  @PrimaryColumn({ name: 'gmina_id', type: 'uuid', primaryKeyConstraintName: 'activity_gmina_pk' })
  gminaId: string;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  participants: number;
}

@Entity('activity_thematic_area')
export class ActivityThematicArea {
  @ForeignKey('Activity', { name: 'activity_thematic_area_activity_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'activity_id', type: 'uuid', primaryKeyConstraintName: 'activity_thematic_area_pk' })
  activityId: string;

  @ForeignKey('ThematicArea', { name: 'activity_thematic_area_area_fk' })
  @PrimaryColumn({ name: 'thematic_area_id', type: 'uuid', primaryKeyConstraintName: 'activity_thematic_area_pk' })
  thematicAreaId: string;
}

@ObjectType({ description: 'A person who took part, by name (optional: counts per gmina are what reports need).' })
@Entity('activity_participant')
@Index('activity_participant_activity_idx', ['activityId'])
@ForeignKey('ActivityGmina', ['activityId', 'gminaId'], ['activityId', 'gminaId'], { name: 'activity_participant_gmina_fk', onDelete: 'CASCADE' })
@Unique('activity_participant_registration_unique', ['registrationId'])
@Check('activity_participant_name_length', 'char_length(btrim(name)) BETWEEN 1 AND 200')
export class ActivityParticipant {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'activity_participant_pk' })
  id: string;

  @ForeignKey('Activity', { name: 'activity_participant_activity_fk', onDelete: 'CASCADE' })
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Column({ name: 'gmina_id', type: 'uuid', nullable: true })
  gminaId: string | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  /** The registration it came from, if it did: cancelling the registration removes it. */
  @ForeignKey('ActivityRegistration', { name: 'activity_participant_registration_fk', onDelete: 'CASCADE' })
  @Column({ name: 'registration_id', type: 'uuid', nullable: true })
  registrationId: string | null;
}

@ObjectType({ description: 'Work an activity left to do; it can become a task in a joint project of the supported partnership.' })
@Entity('activity_follow_up')
@Index('activity_follow_up_activity_idx', ['activityId'])
@Unique('activity_follow_up_task_unique', ['taskId'])
@Check('activity_follow_up_length', 'char_length(btrim(description)) BETWEEN 1 AND 2000')
export class ActivityFollowUp {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'activity_follow_up_pk' })
  id: string;

  @ForeignKey('Activity', { name: 'activity_follow_up_activity_fk', onDelete: 'CASCADE' })
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @Field()
  @Column({ type: 'text' })
  description: string;

  @Field(() => ID, { nullable: true, description: 'The task it became, if it did.' })
  @ForeignKey('Task', { name: 'activity_follow_up_task_fk', onDelete: 'SET NULL' })
  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @ForeignKey('UserAccount', { name: 'activity_follow_up_created_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
