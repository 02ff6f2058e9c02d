import { registerEnumType } from '@nestjs/graphql';

export enum ActivityKind {
  CONSULTATION = 'CONSULTATION',
  EDUCATIONAL_MEETING = 'EDUCATIONAL_MEETING',
  TRAINING = 'TRAINING',
  WORKSHOP = 'WORKSHOP',
  SEMINAR = 'SEMINAR',
  CONFERENCE = 'CONFERENCE',
  STUDY_VISIT = 'STUDY_VISIT',
}

/** A draft is being written down; a recorded activity counts in reports. */
export enum ActivityStatus {
  DRAFT = 'DRAFT',
  RECORDED = 'RECORDED',
}

export enum ActivityFormat {
  ON_SITE = 'ON_SITE',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}

/** Kinds people can register for. */
export const REGISTRABLE_KINDS: readonly ActivityKind[] = [ActivityKind.SEMINAR, ActivityKind.CONFERENCE, ActivityKind.EDUCATIONAL_MEETING];

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  valuesMap: {
    CONSULTATION: { description: 'Konsultacja.' },
    EDUCATIONAL_MEETING: { description: 'Spotkanie edukacyjne.' },
    TRAINING: { description: 'Szkolenie.' },
    WORKSHOP: { description: 'Warsztat.' },
    SEMINAR: { description: 'Seminarium.' },
    CONFERENCE: { description: 'Konferencja.' },
    STUDY_VISIT: { description: 'Wizyta studyjna.' },
  },
});
registerEnumType(ActivityStatus, { name: 'ActivityStatus', valuesMap: { DRAFT: { description: 'Szkic: not in reports yet.' }, RECORDED: { description: 'Zapisane: counts in reports.' } } });
registerEnumType(ActivityFormat, {
  name: 'ActivityFormat',
  valuesMap: { ON_SITE: { description: 'Stacjonarnie (a place).' }, ONLINE: { description: 'Online (a link).' }, HYBRID: { description: 'Hybrydowo (a place and a link).' } },
});
