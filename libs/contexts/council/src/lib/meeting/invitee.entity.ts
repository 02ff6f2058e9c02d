import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { InviteeRole } from '../council-enums';

@ObjectType({ description: "Someone invited to a meeting: a member gmina's representative (who casts its vote) or a guest, and whether they are present." })
@Entity('council_invitee')
@ForeignKey('Meeting', ['partnershipId', 'meetingId'], ['partnershipId', 'id'], { name: 'council_invitee_meeting_fk', onDelete: 'CASCADE' })
@Index('council_invitee_one_representative', ['meetingId', 'gminaId'], { unique: true, where: `role = 'REPRESENTATIVE'` })
@Check('council_invitee_represents', `(role = 'REPRESENTATIVE') = (gmina_id IS NOT NULL)`)
export class Invitee {
  @Field(() => ID)
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'council_invitee_pk' })
  meetingId: string;

  @Field(() => ID)
  @ForeignKey('UserAccount', { name: 'council_invitee_user_fk', onDelete: 'CASCADE' })
  @Index('council_invitee_user_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'council_invitee_pk' })
  userId: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => InviteeRole)
  @Column({ type: 'enum', enum: InviteeRole, enumName: 'council_invitee_role' })
  role: InviteeRole;

  /** The member gmina a representative acts for. */
  @ForeignKey('Gmina', { name: 'council_invitee_gmina_fk' })
  @Column({ name: 'gmina_id', type: 'uuid', nullable: true })
  gminaId: string | null;

  @Field({ description: "Present now (recorded by the meeting's chair or a coordinator)." })
  @Column({ type: 'boolean', default: false })
  present: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When they last arrived.' })
  @Column({ name: 'arrived_at', type: 'timestamptz', nullable: true })
  arrivedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When they last left, if they did.' })
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  @Field(() => DateTimeScalar)
  @Column({ name: 'invited_at', type: 'timestamptz', default: () => 'now()' })
  invitedAt: Date;
}
