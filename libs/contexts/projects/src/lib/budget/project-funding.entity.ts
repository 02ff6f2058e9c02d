import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { Pln } from '@wspolnie/kernel';
import { PlnScalar } from '@wspolnie/platform-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AMOUNT, Project } from '../project/project.entity';

/** Programmes that fund partnerships' projects (domain notes §3.1). */
export enum FundingProgramme {
  FE_SL = 'FE_SL',
  FENIKS = 'FENIKS',
  FERS = 'FERS',
  KPO = 'KPO',
  RFRD = 'RFRD',
  SENIOR_PLUS = 'SENIOR_PLUS',
  AKTYWNY_MALUCH = 'AKTYWNY_MALUCH',
  EEA_NORWAY_GRANTS = 'EEA_NORWAY_GRANTS',
  OTHER = 'OTHER',
}

registerEnumType(FundingProgramme, {
  name: 'FundingProgramme',
  valuesMap: {
    FE_SL: { description: 'Fundusze Europejskie dla Śląskiego 2021–2027' },
    FENIKS: { description: 'Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko' },
    FERS: { description: 'Fundusze Europejskie dla Rozwoju Społecznego' },
    KPO: { description: 'Krajowy Plan Odbudowy' },
    RFRD: { description: 'Rządowy Fundusz Rozwoju Dróg' },
    SENIOR_PLUS: { description: 'Program wieloletni „Senior+”' },
    AKTYWNY_MALUCH: { description: 'Program „Aktywny Maluch”' },
    EEA_NORWAY_GRANTS: { description: 'Fundusze EOG i norweskie' },
    OTHER: { description: 'Inne (opisz w polu note)' },
  },
});

@ObjectType({ description: 'Outside money for a project; the rest is the gminas\' own contribution.' })
@Entity('project_funding')
@Check('project_funding_amount_non_negative', 'amount >= 0')
@Check('project_funding_rate_range', 'co_financing_rate IS NULL OR co_financing_rate BETWEEN 0 AND 100')
export class ProjectFunding {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'project_funding_pk' })
  id: string;

  @Index('project_funding_project_idx')
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_funding_project_fk' })
  project?: Project;

  @Field(() => FundingProgramme)
  @Column({ type: 'enum', enum: FundingProgramme, enumName: 'funding_programme' })
  programme: FundingProgramme;

  @Field(() => String, { nullable: true, description: 'Call, measure or instrument (e.g. ZIT), or what OTHER means.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => PlnScalar)
  @Column({ ...AMOUNT })
  amount: Pln;

  @Field(() => String, { nullable: true, description: 'Co-financing rate in percent, e.g. "85".' })
  @Column({ name: 'co_financing_rate', type: 'numeric', precision: 5, scale: 2, nullable: true })
  coFinancingRate: string | null;
}
