import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserAccount } from '../account/user-account.entity';
import { PartnershipRole } from './partnership-role';

/**
 * A person's role in one partnership, and the member gmina they act for in it. The
 * partnership and its members are the partnerships context's; the database keeps the
 * references honest (a gmina must be a member to be acted for, and cannot stop being one
 * while someone acts for it).
 */
@ObjectType('PartnershipAccess', { description: 'A role someone holds in a partnership.' })
@Entity('partnership_access')
@Index('partnership_access_member_idx', ['partnershipId', 'gminaId'])
@ForeignKey('PartnershipMember', ['partnershipId', 'gminaId'], ['partnershipId', 'gminaId'], { name: 'partnership_access_member_fk' })
@Check('partnership_access_official_names_gmina', `role <> 'GMINA_OFFICIAL' OR gmina_id IS NOT NULL`)
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

  /** The member gmina the person acts for here: required of gmina officials. */
  @Column({ name: 'gmina_id', type: 'uuid', nullable: true })
  gminaId: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
