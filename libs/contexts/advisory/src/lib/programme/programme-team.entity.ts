import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';

@ObjectType({ description: "A programme's regional team (e.g. one per marshal office); consultants may be limited to one." })
@Entity('programme_team')
@Unique('programme_team_of_programme', ['programmeId', 'id'])
@Unique('programme_team_name_unique', ['programmeId', 'name'])
@Check('programme_team_name_length', 'char_length(btrim(name)) BETWEEN 1 AND 200')
export class ProgrammeTeam {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'programme_team_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Programme', { name: 'programme_team_programme_fk', onDelete: 'CASCADE' })
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, { nullable: true, description: 'TERC code of the voivodeship it serves ("32" zachodniopomorskie).' })
  @Column({ name: 'voivodeship_code', type: 'char', length: 2, nullable: true })
  voivodeshipCode: string | null;
}
