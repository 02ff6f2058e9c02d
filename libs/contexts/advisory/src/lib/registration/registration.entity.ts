import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum RegistrationStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  valuesMap: {
    PENDING: { description: 'Waiting for the e-mailed link to be opened.' },
    CONFIRMED: { description: 'Has a seat.' },
    WAITLISTED: { description: 'On the waiting list: gets a seat when one frees up.' },
    CANCELLED: { description: 'Withdrawn.' },
  },
});

@ObjectType('ActivityRegistration', { description: 'Someone registered for a seminar, conference or educational meeting on behalf of a gmina.' })
@Entity('activity_registration')
@Index('activity_registration_once', ['activityId', 'email'], { unique: true, where: `status <> 'CANCELLED'` })
@Index('activity_registration_token_idx', ['tokenHash'], { unique: true, where: 'token_hash IS NOT NULL' })
@Index('activity_registration_activity_idx', ['activityId', 'createdAt'])
@Check('activity_registration_name_length', 'char_length(btrim(name)) BETWEEN 1 AND 200')
@Check('activity_registration_email_lower', 'email = lower(email)')
@Check('activity_registration_token', `(status = 'PENDING') = (token_hash IS NOT NULL)`)
export class ActivityRegistration {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'activity_registration_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Activity', { name: 'activity_registration_activity_fk', onDelete: 'CASCADE' })
  @Column({ name: 'activity_id', type: 'uuid' })
  activityId: string;

  @ForeignKey('Gmina', { name: 'activity_registration_gmina_fk' })
  @Column({ name: 'gmina_id', type: 'uuid' })
  gminaId: string;

  @ForeignKey('UserAccount', { name: 'activity_registration_user_fk', onDelete: 'SET NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field()
  @Column({ type: 'text' })
  email: string;

  @Field(() => RegistrationStatus)
  @Column({ type: 'enum', enum: RegistrationStatus, enumName: 'registration_status' })
  status: RegistrationStatus;

  /** SHA-256 of the single-use confirmation link's token; the token itself goes only into the e-mail. */
  @Column({ name: 'token_hash', type: 'text', nullable: true })
  tokenHash: string | null;

  @Column({ name: 'token_expires_at', type: 'timestamptz', nullable: true })
  tokenExpiresAt: Date | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
