import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Choice, VoteResult, VoteStatus, VotingRule } from '../council-enums';

@ObjectType({ description: "A vote on an agenda item's motion: one ballot per member gmina, cast by its representative present at the meeting." })
@Entity('council_vote')
@ForeignKey('Meeting', ['partnershipId', 'meetingId'], ['partnershipId', 'id'], { name: 'council_vote_meeting_fk', onDelete: 'CASCADE' })
@Index('council_vote_meeting_idx', ['meetingId', 'openedAt'])
// At most one open vote per item, and one that adopted it: the database keeps both, whatever races.
@Index('council_vote_one_open_per_item', ['agendaItemId'], { unique: true, where: `status = 'OPEN'` })
@Index('council_vote_one_adopted_per_item', ['agendaItemId'], { unique: true, where: `result = 'ADOPTED'` })
@Check('council_vote_result_when_closed', `(status = 'CLOSED') = (result IS NOT NULL)`)
@Check('council_vote_members', 'member_count > 0')
export class Vote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'council_vote_pk' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Field(() => ID)
  @ForeignKey('AgendaItem', { name: 'council_vote_item_fk', onDelete: 'RESTRICT' })
  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @Field(() => VoteStatus)
  @Column({ type: 'enum', enum: VoteStatus, enumName: 'council_vote_status', default: VoteStatus.OPEN })
  status: VoteStatus;

  @Field(() => VotingRule, { description: "The partnership's rule when the vote opened; it decides this vote." })
  @Column({ name: 'voting_rule', type: 'enum', enum: VotingRule, enumName: 'council_voting_rule' })
  votingRule: VotingRule;

  @Field(() => Int, { description: 'Member gminas of the partnership when the vote opened.' })
  @Column({ name: 'member_count', type: 'integer' })
  memberCount: number;

  @Field(() => VoteResult, { nullable: true })
  @Column({ type: 'enum', enum: VoteResult, enumName: 'council_vote_result', nullable: true })
  result: VoteResult | null;

  @Column({ name: 'votes_for', type: 'integer', nullable: true })
  votesFor: number | null;

  @Column({ name: 'votes_against', type: 'integer', nullable: true })
  votesAgainst: number | null;

  @Column({ name: 'votes_abstain', type: 'integer', nullable: true })
  votesAbstain: number | null;

  @ForeignKey('UserAccount', { name: 'council_vote_opened_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'opened_by', type: 'uuid', nullable: true })
  openedBy: string | null;

  @Field(() => DateTimeScalar)
  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;

  @ForeignKey('UserAccount', { name: 'council_vote_closed_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'closed_by', type: 'uuid', nullable: true })
  closedBy: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: "A member gmina's vote." })
@Entity('council_ballot')
export class Ballot {
  @Field(() => ID)
  @ForeignKey('Vote', { name: 'council_ballot_vote_fk', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'vote_id', type: 'uuid', primaryKeyConstraintName: 'council_ballot_pk' })
  voteId: string;

  @ForeignKey('Gmina', { name: 'council_ballot_gmina_fk' })
  @PrimaryColumn({ name: 'gmina_id', type: 'uuid', primaryKeyConstraintName: 'council_ballot_pk' })
  gminaId: string;

  @Field(() => Choice)
  @Column({ type: 'enum', enum: Choice, enumName: 'council_choice' })
  choice: Choice;

  /** The representative who cast it (the castBy field answers them as a person). */
  @ForeignKey('UserAccount', { name: 'council_ballot_cast_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'cast_by', type: 'uuid', nullable: true })
  castBy: string | null;

  @Field(() => DateTimeScalar)
  @Column({ name: 'cast_at', type: 'timestamptz', default: () => 'now()' })
  castAt: Date;
}
