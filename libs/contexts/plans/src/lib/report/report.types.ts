import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/**
 * Where a thread stands for the protocol. Each thread is in exactly one of these, so the three
 * add up to the threads counted: a resolved thread counts as resolved whatever became of its
 * section (it was decided), an open one whose section was removed as outdated (it still waits
 * for a decision, but no longer fits the text).
 */
export enum ConsultationThreadStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
  OUTDATED = 'OUTDATED',
}

registerEnumType(ConsultationThreadStatus, {
  name: 'ConsultationThreadStatus',
  valuesMap: {
    OPEN: { description: 'Open, on a section of the latest revision (its quote found there or not).' },
    RESOLVED: { description: 'Resolved, whatever became of its section.' },
    OUTDATED: { description: 'Open, but its section was removed from the text.' },
  },
});

@ObjectType({ description: 'Threads and comments counted; open + resolved + outdated = threads.' })
export class ConsultationCounts {
  @Field(() => Int)
  threads: number;

  @Field(() => Int, { description: 'Comments not deleted.' })
  comments: number;

  @Field(() => Int, { description: 'Open threads on a section of the latest revision.' })
  open: number;

  @Field(() => Int)
  resolved: number;

  @Field(() => Int, { description: 'Open threads whose section was removed.' })
  outdated: number;
}

@ObjectType({ description: 'A section\'s threads: every section of the latest revision (none commented too), then removed ones that have threads.' })
export class ConsultationSectionCounts extends ConsultationCounts {
  @Field()
  sectionKey: string;

  @Field({ description: 'As in the latest revision; for a removed section, as in the last revision its threads stand on.' })
  heading: string;

  @Field({ description: 'False for a section since removed.' })
  inLatestRevision: boolean;
}

@ObjectType({ description: 'Comments by the gmina their authors acted for; people acting for none (advisors, coordinators) are one entry without a gmina.' })
export class ConsultationGminaCounts {
  @Field(() => ID, { nullable: true })
  gminaId: string | null;

  @Field(() => String, { nullable: true })
  terc: string | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => Int, { description: 'Comments not deleted.' })
  comments: number;

  @Field(() => Int, { description: 'Threads whose first comment was written for this gmina.' })
  threadsStarted: number;
}

@ObjectType()
export class ConsultationStatusCounts {
  @Field(() => ConsultationThreadStatus)
  status: ConsultationThreadStatus;

  @Field(() => Int)
  threads: number;

  @Field(() => Int, { description: 'Comments not deleted, in those threads.' })
  comments: number;
}

@ObjectType({ description: 'A plan\'s consultation in numbers: by section, by gmina and by status; for one round or for all.' })
export class ConsultationReport {
  @Field(() => Int, { nullable: true, description: 'The round counted (0: comments made outside a round); null for every thread of the plan.' })
  round: number | null;

  @Field(() => ConsultationCounts)
  totals: ConsultationCounts;

  @Field(() => [ConsultationSectionCounts], { description: 'In the order of the latest revision; removed sections last.' })
  bySection: ConsultationSectionCounts[];

  @Field(() => [ConsultationGminaCounts], { description: 'By gmina name; people acting for no gmina last.' })
  byGmina: ConsultationGminaCounts[];

  @Field(() => [ConsultationStatusCounts], { description: 'OPEN, RESOLVED and OUTDATED, each always present.' })
  byStatus: ConsultationStatusCounts[];
}
