import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Project } from './project.entity';

export enum IndicatorKind {
  OUTPUT = 'OUTPUT',
  RESULT = 'RESULT',
}

registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  valuesMap: { OUTPUT: { description: 'Wskaźnik produktu' }, RESULT: { description: 'Wskaźnik rezultatu' } },
});

const QUANTITY = { type: 'numeric', precision: 16, scale: 3, nullable: true } as const;

@ObjectType({ description: 'An output or result indicator: what the project will deliver, measured.' })
@Entity('project_indicator')
@Check('project_indicator_name_length', 'char_length(btrim(name)) BETWEEN 1 AND 300')
export class ProjectIndicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'project_indicator_pk' })
  id: string;

  @Index('project_indicator_project_idx')
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_indicator_project_fk' })
  project?: Project;

  @Field(() => IndicatorKind)
  @Column({ type: 'enum', enum: IndicatorKind, enumName: 'indicator_kind' })
  kind: IndicatorKind;

  @Field({ description: 'e.g. "długość wybudowanych dróg rowerowych"' })
  @Column({ type: 'text' })
  name: string;

  @Field({ description: 'e.g. "km", "szt.", "os."' })
  @Column({ type: 'text' })
  unit: string;

  @Field(() => String, { nullable: true, description: 'Exact decimal as a string, e.g. "0" or "12.5".' })
  @Column({ ...QUANTITY })
  baseline: string | null;

  @Field(() => String, { nullable: true })
  @Column({ ...QUANTITY })
  target: string | null;
}
