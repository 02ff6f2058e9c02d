import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DecisionKind } from '../council-enums';

/** What an adopted resolution did, as recorded when it did it. */
export interface AppliedDecision {
  projectId?: string;
  projectTitle?: string;
  planId?: string;
  planTitle?: string;
  fromStage?: string;
  toStage?: string;
  shares?: { gminaId: string; gminaName: string; costShare: string }[];
}

@ObjectType({ description: 'A resolution of the partnership council (uchwała), numbered N/YYYY per partnership and year with no gaps.' })
@Entity('council_resolution')
@Unique('council_resolution_number_unique', ['partnershipId', 'year', 'seq'])
@Unique('council_resolution_vote_unique', ['voteId'])
@Index('council_resolution_register_idx', ['partnershipId', 'year', 'seq'])
@Check('council_resolution_seq_positive', 'seq > 0')
@Check('council_resolution_number_is_seq_year', `number = seq::text || '/' || year::text`)
@ForeignKey('Meeting', ['partnershipId', 'meetingId'], ['partnershipId', 'id'], { name: 'council_resolution_meeting_fk', onDelete: 'RESTRICT' })
export class Resolution {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'council_resolution_pk' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  year: number;

  @Field(() => Int, { description: 'Its place in the year: 1 for the first resolution of the year.' })
  @Column({ type: 'integer' })
  seq: number;

  @Field({ description: '"3/2026".' })
  // Written with seq and year; the CHECK keeps the three in step.
  @Column({ type: 'text' })
  number: string;

  @Field(() => ID)
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Field(() => ID)
  @ForeignKey('AgendaItem', { name: 'council_resolution_item_fk', onDelete: 'RESTRICT' })
  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @Field(() => ID)
  @ForeignKey('Vote', { name: 'council_resolution_vote_fk', onDelete: 'RESTRICT' })
  @Column({ name: 'vote_id', type: 'uuid' })
  voteId: string;

  @Field({ description: "What it is about (w sprawie …): the agenda item's title." })
  @Column({ type: 'text' })
  title: string;

  @Field({ description: 'Its text, Markdown.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => LocalDateScalar)
  @Column({ name: 'adopted_on', type: 'date' })
  adoptedOn: string;

  @Field(() => DecisionKind)
  @Column({ name: 'decision_kind', type: 'enum', enum: DecisionKind, enumName: 'council_decision_kind' })
  decisionKind: DecisionKind;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  decision: AppliedDecision;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
