import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Pln } from '@wspolnie/kernel';
import { PlnScalar } from '@wspolnie/platform-graphql';
import { Check, Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AMOUNT, Project } from '../project/project.entity';

export enum ParticipantRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
}

registerEnumType(ParticipantRole, { name: 'ProjectParticipantRole', description: 'LEAD: the gmina leading the project; PARTNER: a partner gmina.' });

@ObjectType({ description: 'A gmina taking part in a project, with its share of the cost.' })
@Entity('project_participant')
@Index('project_participant_one_lead', { synchronize: false })
@Index('project_participant_member_idx', ['partnershipId', 'gminaId'])
// A participant is a member of the project's partnership; the membership cannot go while it takes part.
@ForeignKey('PartnershipMember', ['partnershipId', 'gminaId'], ['partnershipId', 'gminaId'], { name: 'project_participant_member_fk' })
@ForeignKey(() => Project, ['projectId', 'partnershipId'], ['id', 'partnershipId'], { name: 'project_participant_in_partnership_fk', onDelete: 'CASCADE' })
@Check('project_participant_share_non_negative', 'cost_share >= 0')
export class ProjectParticipant {
  @PrimaryColumn({ name: 'project_id', type: 'uuid', primaryKeyConstraintName: 'project_participant_pk' })
  projectId: string;

  @ForeignKey('Gmina', { name: 'project_participant_gmina_fk' })
  @PrimaryColumn({ name: 'gmina_id', type: 'uuid', primaryKeyConstraintName: 'project_participant_pk' })
  gminaId: string;

  /** The project's partnership, kept here so the membership can be referred to. */
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_participant_project_fk' })
  project?: Project;

  @Field(() => ParticipantRole)
  @Column({ type: 'enum', enum: ParticipantRole, enumName: 'project_participant_role' })
  role: ParticipantRole;

  @Field(() => PlnScalar)
  @Column({ name: 'cost_share', ...AMOUNT })
  costShare: Pln;
}
