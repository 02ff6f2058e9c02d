import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectStage } from '@wspolnie/projects';
import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { QuorumRule, VotingRule } from '../council-enums';

@ObjectType({ description: "How a partnership's council decides: its quorum, its voting rule, and the moves of the pipeline it keeps for itself." })
@Entity('council_settings')
export class CouncilSettings {
  /** The partnership's id: one row per partnership, written when a default is first changed. */
  @Field(() => ID, { name: 'partnershipId' })
  @ForeignKey('Partnership', { name: 'council_settings_partnership_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'council_settings_pk' })
  id: string;

  @Field(() => QuorumRule)
  @Column({ name: 'quorum_rule', type: 'enum', enum: QuorumRule, enumName: 'council_quorum_rule', default: QuorumRule.MORE_THAN_HALF })
  quorumRule: QuorumRule;

  @Field(() => VotingRule)
  @Column({ name: 'voting_rule', type: 'enum', enum: VotingRule, enumName: 'council_voting_rule', default: VotingRule.SIMPLE_MAJORITY })
  votingRule: VotingRule;

  @Field(() => [ProjectStage], { description: 'A project moves into these stages only by a council resolution (e.g. into preparation for the package, to the funding call).' })
  @Column({ name: 'stages_needing_resolution', type: 'text', array: true, default: () => "'{}'" })
  stagesNeedingResolution: ProjectStage[];

  @Field(() => Int, { description: 'Send it back as expectedVersion; 0 while the defaults were never changed.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
