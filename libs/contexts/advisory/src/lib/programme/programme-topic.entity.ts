import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { TopicKind } from './programme-enums';

@ObjectType({ description: "A programme's training module or additional topic; an activity names one of its own programme's." })
@Entity('programme_topic')
@Unique('programme_topic_of_programme', ['programmeId', 'id'])
@Unique('programme_topic_name_unique', ['programmeId', 'name'])
@Check('programme_topic_name_length', 'char_length(btrim(name)) BETWEEN 1 AND 300')
export class ProgrammeTopic {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'programme_topic_pk' })
  id: string;

  @Field(() => ID)
  @ForeignKey('Programme', { name: 'programme_topic_programme_fk', onDelete: 'CASCADE' })
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Field(() => TopicKind)
  @Column({ type: 'enum', enum: TopicKind, enumName: 'programme_topic_kind' })
  kind: TopicKind;

  @Field()
  @Column({ type: 'text' })
  name: string;

  @Field(() => Int, { description: 'Its place in the programme: modules are numbered in this order.' })
  @Column({ type: 'integer' })
  position: number;
}
