import { Field, ObjectType } from '@nestjs/graphql';
import { Gmina } from '@wspolnie/gminas';
import { LocalDateScalar } from '@wspolnie/platform-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Partnership } from '../partnership/partnership.entity';
import { MemberRole } from './member-role';

@ObjectType({ description: 'A gmina taking part in a partnership.' })
@Entity('partnership_member')
// At most one leader per partnership, enforced by the database (see the migration).
@Index('partnership_member_one_leader', { synchronize: false })
export class PartnershipMember {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: 'partnership_member_pk' })
  partnershipId: string;

  @Index('partnership_member_gmina_idx')
  @PrimaryColumn({ name: 'gmina_id', type: 'uuid', primaryKeyConstraintName: 'partnership_member_pk' })
  gminaId: string;

  @ManyToOne(() => Partnership, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'partnership_member_partnership_fk' })
  partnership?: Partnership;

  @ManyToOne(() => Gmina, { nullable: false })
  @JoinColumn({ name: 'gmina_id', foreignKeyConstraintName: 'partnership_member_gmina_fk' })
  gmina?: Gmina;

  @Field(() => MemberRole)
  @Column({ type: 'enum', enum: MemberRole, enumName: 'partnership_member_role', default: MemberRole.MEMBER })
  role: MemberRole;

  @Field(() => LocalDateScalar, { description: 'The day the gmina joined.' })
  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
