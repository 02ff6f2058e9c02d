import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { PlanRevision } from './plan-revision.entity';

@ObjectType({ description: 'A section of a revision: a heading and the text under it, up to the next heading.' })
@Entity('plan_section')
@Unique('plan_section_position_key', ['revisionId', 'position'])
@Check('plan_section_level', 'level BETWEEN 0 AND 6')
export class PlanSection {
  @Field(() => ID)
  @PrimaryColumn({ name: 'revision_id', type: 'uuid', primaryKeyConstraintName: 'plan_section_pk' })
  revisionId: string;

  @Field({ description: 'Stable across revisions ("s3"): the same section keeps its key when its text or the headings above it change.' })
  @PrimaryColumn({ type: 'text', collation: 'C', primaryKeyConstraintName: 'plan_section_pk' })
  key: string;

  @Field(() => Int, { description: 'Its place in the revision, from 0.' })
  @Column({ type: 'integer' })
  position: number;

  @Field(() => Int, { description: 'Heading level 1–6; 0 for text before the first heading.' })
  @Column({ type: 'smallint' })
  level: number;

  @Field()
  @Column({ type: 'text' })
  heading: string;

  @Field({ description: 'The Markdown under the heading.' })
  @Column({ type: 'text' })
  body: string;

  @ManyToOne(() => PlanRevision, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'revision_id', foreignKeyConstraintName: 'plan_section_revision_fk' })
  revision?: PlanRevision;
}
