import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Plan } from '../plan/plan.entity';

@ObjectType({ description: 'A published version of a plan\'s text. Never changed or deleted (the database refuses it).' })
@Entity('plan_revision')
@Unique('plan_revision_number_key', ['planId', 'number'])
@Check('plan_revision_summary_length', 'char_length(btrim(summary)) BETWEEN 1 AND 500')
export class PlanRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plan_revision_pk' })
  id: string;

  @Field(() => ID)
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'plan_revision_plan_fk' })
  plan?: Plan;

  @Field(() => Int, { description: '1 for the first; gapless.' })
  @Column({ type: 'integer' })
  number: number;

  @Field({ description: 'The whole text as Markdown; each heading ends with its section key, {#s3}: send them back when you edit, so comments stay with their sections.' })
  @Column({ type: 'text' })
  markdown: string;

  @Field({ description: 'What changed, in the author\'s words.' })
  @Column({ type: 'text' })
  summary: string;

  @ForeignKey('UserAccount', { name: 'plan_revision_author_fk', onDelete: 'SET NULL' })
  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
