import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GminaType } from '@wspolnie/kernel';
import { LocalDateScalar, UuidScalar } from '@wspolnie/platform-graphql';
import { Allow } from 'class-validator';
import { ActivityKind } from '../activity/activity-enums';
import { ProgrammeTopic } from '../programme/programme-topic.entity';
import { Programme } from '../programme/programme.entity';

/** How ProgrammeReport.groups splits the activities counted. */
export enum ReportGrouping {
  VOIVODESHIP = 'VOIVODESHIP',
  QUARTER = 'QUARTER',
  CONSULTANT = 'CONSULTANT',
  KIND = 'KIND',
  TOPIC = 'TOPIC',
}

registerEnumType(ReportGrouping, {
  name: 'ReportGrouping',
  valuesMap: {
    VOIVODESHIP: { description: "By the served gmina's voivodeship: an activity serving gminas of two voivodeships counts in both." },
    QUARTER: { description: 'By the quarter it was held in, "2020-Q1".' },
    CONSULTANT: { description: 'By the consultant who recorded it.' },
    KIND: { description: 'By kind of activity.' },
    TOPIC: { description: 'By training module or additional topic.' },
  },
});

@InputType({ description: 'The activities a report counts: RECORDED ones of the programme (or of one of its teams) held from `from` to `to`, both included.' })
export class ProgrammeReportInput {
  @Field(() => UuidScalar)
  @Allow() // checked by the scalar
  programmeId: string;

  @Field(() => UuidScalar, { nullable: true, description: "One of the programme's regional teams: only its activities count. A consultant limited to a team reports on it." })
  @Allow()
  teamId?: string | null;

  @Field(() => LocalDateScalar, { description: 'The first day counted.' })
  @Allow()
  from: string;

  @Field(() => LocalDateScalar, { description: 'The last day counted; at most ten years after from.' })
  @Allow()
  to: string;

  @Field(() => ReportGrouping, { nullable: true, description: 'How `groups` splits the activities; without it `groups` is empty.' })
  @Allow() // checked by the enum
  groupBy?: ReportGrouping | null;

  @Field(() => String, { nullable: true, description: 'TERC code of a voivodeship ("24") or powiat ("2417"): `notReached` lists its gminas no activity counted served.' })
  @Allow() // checked by the service, which the CSV download shares
  areaCode?: string | null;
}

@ObjectType()
export class ReportPeriod {
  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar)
  to: string;
}

/**
 * Figures every part of the report shares. `participants` adds up the people each served gmina
 * sent (activity_gmina.participants); `hours` is `minutes` / 60, exactly, to two decimals.
 */
@ObjectType({ isAbstract: true })
export abstract class ReportFigures {
  @Field(() => Int)
  activities: number;

  @Field(() => Int, { description: 'Gminas served at least once, each counted once.' })
  distinctGminas: number;

  @Field(() => Int, { description: 'People who took part, as counted per gmina.' })
  participants: number;

  @Field(() => Int, { description: 'Minutes of support, the activities\u2019 durations added up.' })
  minutes: number;

  @Field({ description: 'minutes / 60 as a decimal with two digits, e.g. "12.50" (rounded half up, computed on integers).' })
  hours: string;
}

@ObjectType({ description: 'Everything the report counts.' })
export class ReportTotals extends ReportFigures {
  @Field(() => Int, {
    description: "Partnerships reached: those an activity's engagement supported, and those a served gmina is (today) a member of, each counted once.",
  })
  distinctPartnerships: number;
}

@ObjectType({ description: 'The activities of one kind; every kind is listed, 0 included.' })
export class ReportKindFigures extends ReportFigures {
  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field({ description: 'The kind in your language (Accept-Language).' })
  label: string;

  @Field(() => Int, { description: 'Of them, on a training module (MODULE).' })
  onModules: number;

  @Field(() => Int, { description: 'Of them, on an additional topic (ADDITIONAL_TOPIC).' })
  onAdditionalTopics: number;
}

@ObjectType({ description: "The activities on one of the programme's modules or topics; every one is listed, 0 included, modules first, each in order." })
export class ReportTopicFigures extends ReportFigures {
  @Field(() => ProgrammeTopic)
  topic: ProgrammeTopic;
}

@ObjectType({ description: 'One group of ProgrammeReport.groups; groups without activities are left out.' })
export class ReportGroup extends ReportFigures {
  @Field(() => String, {
    nullable: true,
    description:
      'The voivodeship\'s TERC code, "2020-Q1", the consultant\'s account id, the kind, or the topic id; null for the activities without one (no gmina recorded, account removed, no topic).',
  })
  key: string | null;

  @Field({ description: 'The voivodeship by name, the quarter, the consultant by name, the kind or the topic, in your language.' })
  label: string;
}

@ObjectType({ description: 'A gmina of the register.' })
export class ReportGmina {
  @Field(() => ID)
  id: string;

  @Field()
  terc: string;

  @Field()
  name: string;

  @Field(() => GminaType)
  type: GminaType;
}

@ObjectType({ description: "A programme's support in figures, for its reports to the operator and the public." })
export class ProgrammeReport {
  @Field(() => Programme, { description: 'Its value and EU contribution are exact PLN (totalValue, euContribution).' })
  programme: Programme;

  @Field(() => ID, { nullable: true, description: 'The regional team reported on, if one.' })
  teamId: string | null;

  @Field(() => ReportPeriod)
  period: ReportPeriod;

  @Field(() => ReportTotals)
  totals: ReportTotals;

  @Field(() => [ReportKindFigures])
  byKind: ReportKindFigures[];

  @Field(() => [ReportTopicFigures])
  byTopic: ReportTopicFigures[];

  @Field(() => ReportGrouping, { nullable: true })
  groupBy: ReportGrouping | null;

  @Field(() => [ReportGroup], { description: 'By groupBy; empty without it.' })
  groups: ReportGroup[];

  @Field(() => [ReportGmina], { description: "The area's gminas no counted activity served, by name; empty without areaCode." })
  notReached: ReportGmina[];
}
