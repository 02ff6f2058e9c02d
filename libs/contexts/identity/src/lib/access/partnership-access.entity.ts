import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserAccount } from '../account/user-account.entity';
import { PartnershipRole } from './partnership-role';

/** A person's role in one partnership. The partnership itself is the partnerships context's. */
@ObjectType('PartnershipAccess', { description: 'A role someone holds in a partnership.' })
@Entity('partnership_access')
export class PartnershipAccess {
  @Field(() => ID)
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'partnership_access_pk' })
  userId: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'partnership_access_user_fk' })
  user?: UserAccount;

  // Named by entity, not imported: identity keeps partnership ids as plain values.
  @Field(() => ID)
  @ForeignKey('Partnership', { name: 'partnership_access_partnership_fk', onDelete: 'CASCADE' })
  @Index('partnership_access_partnership_idx')
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: 'partnership_access_pk' })
  partnershipId: string;

  @Field(() => PartnershipRole)
  @Column({ type: 'enum', enum: PartnershipRole, enumName: 'partnership_role' })
  role: PartnershipRole;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
