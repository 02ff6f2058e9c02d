import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnershipRole } from '../access/partnership-role';
import { UserAccount } from '../account/user-account.entity';

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  CANCELLED = 'CANCELLED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  valuesMap: {
    PENDING: { description: 'Sent, waiting for the invitee.' },
    ACCEPTED: { description: 'The invitee took the role.' },
    CANCELLED: { description: 'Withdrawn by a coordinator; the link no longer works.' },
    EXPIRED: { description: 'Not accepted in time; send it again for a new link.' },
  },
});

/**
 * A single-use, expiring invitation to take a role in a partnership. Its token reaches only
 * the invitee, by e-mail: only a hash is kept, and no answer of the API carries it.
 */
@ObjectType({ description: 'An invitation to take a role in a partnership.' })
@Entity('invitation')
@Check('invitation_email_lower', 'email = lower(email)')
@Check('invitation_official_names_gmina', `role <> 'GMINA_OFFICIAL' OR gmina_id IS NOT NULL`)
export class Invitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'invitation_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Partnership', { name: 'invitation_partnership_fk', onDelete: 'CASCADE' })
  @Index('invitation_partnership_idx')
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field()
  @Column({ type: 'text' })
  email: string;

  @Field(() => PartnershipRole)
  @Column({ type: 'enum', enum: PartnershipRole, enumName: 'partnership_role' })
  role: PartnershipRole;

  /** The member gmina the invitee will act for (gmina officials). */
  @ForeignKey('Gmina', { name: 'invitation_gmina_fk' })
  @Column({ name: 'gmina_id', type: 'uuid', nullable: true })
  gminaId: string | null;

  @Index('invitation_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'invited_by', foreignKeyConstraintName: 'invitation_invited_by_fk' })
  inviter?: UserAccount;

  @Field(() => DateTimeScalar)
  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the e-mail was last sent (resending makes a new link).' })
  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => InvitationStatus)
  get status(): InvitationStatus {
    if (this.acceptedAt) return InvitationStatus.ACCEPTED;
    if (this.cancelledAt) return InvitationStatus.CANCELLED;
    return this.expiresAt <= new Date() ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
  }
}
