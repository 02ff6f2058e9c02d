import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PartnershipRole } from '../access/partnership-role';
import { UserAccount } from '../account/user-account.entity';

/** A single-use, expiring invitation to take a role in a partnership; only the token's hash is kept. */
@ObjectType({ description: 'An invitation to take a role in a partnership.' })
@Entity('invitation')
@Check('invitation_email_lower', 'email = lower(email)')
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

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
