import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { ProgrammeRole } from './programme-enums';

/**
 * A person's role in one programme, optionally limited to one of its regional teams. It is a
 * grant source of the one policy table (ProgrammeGrants), as partnership roles are.
 */
@ObjectType('ProgrammeAccess', { description: 'A role someone holds in an advisory programme.' })
@Entity('programme_access')
@Index('programme_access_programme_idx', ['programmeId'])
@ForeignKey('ProgrammeTeam', ['programmeId', 'teamId'], ['programmeId', 'id'], { name: 'programme_access_team_fk' })
@Check('programme_access_manager_whole', `role <> 'PROGRAMME_MANAGER' OR team_id IS NULL`)
export class ProgrammeAccess {
  @Field(() => ID)
  @ForeignKey('UserAccount', { name: 'programme_access_user_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'programme_access_pk' })
  userId: string;

  @Field(() => ID)
  @ForeignKey('Programme', { name: 'programme_access_programme_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'programme_id', type: 'uuid', primaryKeyConstraintName: 'programme_access_pk' })
  programmeId: string;

  @Field(() => ProgrammeRole)
  @Column({ type: 'enum', enum: ProgrammeRole, enumName: 'programme_role' })
  role: ProgrammeRole;

  @Field(() => ID, { nullable: true, description: 'The regional team a consultant is limited to; none: the whole programme.' })
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
