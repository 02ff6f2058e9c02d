import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Pln } from '@wspolnie/kernel';
import { DateTimeScalar, LocalDateScalar, PlnScalar } from '@wspolnie/platform-graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OperatorKind } from './programme-enums';

const AMOUNT = { type: 'numeric', precision: 14, scale: 2, nullable: true } as const;

@ObjectType({ description: 'An advisory programme (Pilotaż CWD, Regiony Rewitalizacji, Forum Rozwoju Lokalnego, …): who runs it, when, with what budget.' })
@Entity('programme')
@Check('programme_name_length', 'char_length(btrim(name)) BETWEEN 1 AND 200')
@Check('programme_period', 'ends_on IS NULL OR ends_on >= starts_on')
@Check(
  'programme_money',
  '(total_value IS NULL OR total_value >= 0) AND (eu_contribution IS NULL OR (eu_contribution >= 0 AND (total_value IS NULL OR eu_contribution <= total_value)))',
)
export class Programme {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'programme_pk' })
  id: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => OperatorKind)
  @Column({ name: 'operator_kind', type: 'enum', enum: OperatorKind, enumName: 'programme_operator_kind' })
  operatorKind: OperatorKind;

  @Field({ description: 'The operator by name: „Ministerstwo Funduszy i Polityki Regionalnej”, „Związek Miast Polskich”.' })
  @Column({ name: 'operator_name', type: 'text' })
  operatorName: string;

  @Field(() => LocalDateScalar)
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => PlnScalar, { nullable: true, description: 'Total value, exact PLN.' })
  @Column({ name: 'total_value', ...AMOUNT })
  totalValue: Pln | null;

  @Field(() => PlnScalar, { nullable: true, description: 'Of which from European Funds, exact PLN.' })
  @Column({ name: 'eu_contribution', ...AMOUNT })
  euContribution: Pln | null;

  @Field({ description: 'Invented for the demo (illustrative), not a published record.' })
  @Column({ type: 'boolean', default: false })
  illustrative: boolean;

  @Field(() => Int, { description: 'Send it back as expectedVersion; a stale one answers CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
