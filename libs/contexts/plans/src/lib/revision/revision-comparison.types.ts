import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanSection } from './plan-section.entity';

export enum WordChangeKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}

registerEnumType(WordChangeKind, { name: 'WordChangeKind' });

@ObjectType({ description: 'A run of text in a word-level diff: the same in both, added, or removed. SAME and REMOVED spell the old text, SAME and ADDED the new one.' })
export class WordChange {
  @Field(() => WordChangeKind)
  kind: WordChangeKind;

  @Field()
  text: string;
}

@ObjectType({ description: 'One section in a comparison of two revisions, matched by key.' })
export class SectionComparison {
  @Field()
  key: string;

  @Field(() => PlanSection, { nullable: true, description: 'As it was in the older revision; null when added.' })
  before: PlanSection | null;

  @Field(() => PlanSection, { nullable: true, description: 'As it is in the newer revision; null when removed.' })
  after: PlanSection | null;

  @Field()
  added: boolean;

  @Field()
  removed: boolean;

  @Field({ description: 'Its place among the sections both revisions have changed (the fewest such sections are marked).' })
  moved: boolean;

  @Field({ description: 'Its heading, level or text changed.' })
  changed: boolean;

  @Field(() => [WordChange])
  headingDiff: WordChange[];

  @Field(() => [WordChange])
  bodyDiff: WordChange[];
}
