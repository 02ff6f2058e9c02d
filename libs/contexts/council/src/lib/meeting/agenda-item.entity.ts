import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProjectStage } from '@wspolnie/projects';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { DecisionKind } from '../council-enums';

/** A cost share as a motion names it: the gmina and the amount, in PLN as a decimal string. */
export interface MotionShare {
  gminaId: string;
  costShare: string;
}

@ObjectType({ description: "An item of a meeting's agenda (porządek obrad), optionally about a project or a plan, with the motion put to a vote." })
@Entity('council_agenda_item')
// Deferrable: a reorder moves every position in one statement and checks them at its end.
@Unique('council_agenda_item_position_unique', ['meetingId', 'position'], { deferrable: 'INITIALLY IMMEDIATE' })
@ForeignKey('Meeting', ['partnershipId', 'meetingId'], ['partnershipId', 'id'], { name: 'council_agenda_item_meeting_fk', onDelete: 'CASCADE' })
@Check('council_agenda_item_title_length', 'char_length(btrim(title)) BETWEEN 1 AND 300')
@Check(
  'council_agenda_item_decision_target',
  `decision_kind = 'NONE'
          OR (decision_kind = 'MOVE_PROJECT' AND project_id IS NOT NULL AND decision_stage IS NOT NULL)
          OR (decision_kind = 'ADOPT_PLAN' AND plan_id IS NOT NULL)
          OR (decision_kind = 'APPROVE_COST_SHARES' AND project_id IS NOT NULL AND decision_shares IS NOT NULL)`,
)
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'council_agenda_item_pk' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => Int, { description: 'Its place on the agenda, 1 for the first.' })
  @Column({ type: 'integer' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Markdown.' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ID, { nullable: true })
  // No action on delete: an item's decision needs its target (the CHECK), and the record keeps what was decided on.
  @ForeignKey('Project', { name: 'council_agenda_item_project_fk' })
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId: string | null;

  @Field(() => ID, { nullable: true })
  @ForeignKey('Plan', { name: 'council_agenda_item_plan_fk' })
  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId: string | null;

  @Field(() => String, { nullable: true, description: 'The text of the resolution put to a vote (projekt uchwały); null when the item is not voted on.' })
  @Column({ name: 'motion_text', type: 'text', nullable: true })
  motionText: string | null;

  @Field(() => DecisionKind)
  @Column({ name: 'decision_kind', type: 'enum', enum: DecisionKind, enumName: 'council_decision_kind', default: DecisionKind.NONE })
  decisionKind: DecisionKind;

  @Field(() => ProjectStage, { nullable: true, description: 'For MOVE_PROJECT: the stage the project moves to.' })
  @Column({ name: 'decision_stage', type: 'text', nullable: true })
  decisionStage: ProjectStage | null;

  /** For APPROVE_COST_SHARES: the shares as they were when the motion was written. */
  @Column({ name: 'decision_shares', type: 'jsonb', nullable: true })
  decisionShares: MotionShare[] | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
