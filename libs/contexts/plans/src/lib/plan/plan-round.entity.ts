import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Plan } from './plan.entity';

@ObjectType({ description: 'A consultation round of a plan: comments are open to everyone with access from its opening to its closing date (Warsaw days, both included).' })
@Entity('plan_round')
@Check('plan_round_dates', 'closes_on >= opens_on')
export class PlanRound {
  @PrimaryColumn({ name: 'plan_id', type: 'uuid', primaryKeyConstraintName: 'plan_round_pk' })
  planId: string;

  @Field(() => Int)
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'plan_round_pk' })
  number: number;

  @Field(() => LocalDateScalar)
  @Column({ name: 'opens_on', type: 'date' })
  opensOn: string;

  @Field(() => LocalDateScalar)
  @Column({ name: 'closes_on', type: 'date' })
  closesOn: string;

  @ForeignKey('UserAccount', { name: 'plan_round_opened_by_fk', onDelete: 'SET NULL' })
  @Column({ name: 'opened_by', type: 'uuid', nullable: true })
  openedBy: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed (back to draft, or adopted); null while it runs.' })
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_round_plan_fk' })
  plan?: Plan;
}
